// Content residents can trust, on the kiosk (issue 16): a guide ends with its
// sources and the month it was last checked, a source opens as the kiosk's QR
// card; the staff view names the guides last checked more than a year before
// the kiosk's clock, and blocks nothing; the help screen and the commune's
// name are the content pack's (demo/content/commune.json), not a second copy.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import {openKiosk, gotoKiosk, begin, axeViolations, LANDSCAPE, PORTRAIT, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

const commune = JSON.parse(readFileSync(join(DIST, 'kiosk/content/commune.json'), 'utf8'));
const config = JSON.parse(readFileSync(join(DIST, 'kiosk/kiosk.config.json'), 'utf8'));

async function newPage(viewport = LANDSCAPE, query = ''): Promise<Page> {
  const context = await site.browser.newContext({viewport, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
  await context.addInitScript({content: 'window.__name = window.__name || ((f) => f)'});
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await gotoKiosk(page, site.origin, query);
  return page;
}

describe('kiosk: sources and review dates', () => {
  test('a guide ends with "Nguồn: … · Kiểm tra lần cuối: 11/2026" under the done card; a source opens as a QR card', async () => {
    const page = await newPage(PORTRAIT);
    await begin(page);
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.getByRole('button', {name: config.sources.guides[0].title.vi}).click();
    const howto = page.locator('loa-howto');
    await howto.locator('[part~="card"]').waitFor();
    assert.equal(await howto.locator('[part~="sources"]').count(), 0, 'not beside a step');
    for (let i = 0; i < 20 && !(await howto.locator('[part~="finished"]').count()); i++) {
      await page.getByRole('button', {name: /Bước tiếp|Xong/}).first().click();
    }
    const sources = howto.locator('[part~="sources"]');
    await sources.waitFor();
    const guide = JSON.parse(readFileSync(join(DIST, `kiosk/content/guides/${config.sources.guides[0].slug}.json`), 'utf8'));
    const [year, month] = guide.dateModified.split('-');
    const text = (await sources.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /^Nguồn: /);
    assert.ok(text.endsWith(`Kiểm tra lần cuối: ${Number(month)}/${year}`), text);
    const names = await sources.locator('a').allInnerTexts();
    assert.deepEqual(names, guide.citation.map((c: {name: string}) => c.name));
    assert.deepEqual(await axeViolations(page), []);

    await sources.locator('a').first().click();
    const card = page.locator('#link-card[open]');
    await card.waitFor();
    assert.equal(await card.locator('loa-qr').getAttribute('href'), guide.citation[0].url);
    assert.match(await card.innerText(), new RegExp(guide.citation[0].name.slice(0, 20)));
    assert.equal(new URL(page.url()).pathname, '/kiosk/', 'the kiosk did not navigate');
    await page.context().close();
  });

  test('the staff view lists the guides last checked more than 12 months before the clock, and the guides still open', async () => {
    const page = await newPage(LANDSCAPE, '?now=2028-03-02T09:00:00%2B07:00');
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    const row = page.locator('.facts > div').filter({has: page.locator('dt', {hasText: 'Ngày kiểm tra hướng dẫn'})});
    await row.filter({hasNotText: 'đang kiểm tra'}).waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const total = config.sources.guides.length;
    assert.match(text, new RegExp(`${total} hướng dẫn đã hơn 12 tháng chưa được kiểm tra lại`), text);
    for (const g of config.sources.guides) assert.ok(text.includes(g.title.vi), `${g.title.vi} in ${text}`);
    assert.match(text, /kiểm tra lần cuối 30\/11\/2026/);
    assert.match(text, /ki-ốt vẫn hiển thị các hướng dẫn này/);
    assert.equal(await row.getAttribute('class'), 'facts__warning');
    assert.deepEqual(await axeViolations(page), []);

    // A warning only: every guide still opens.
    await page.getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.getByRole('button', {name: config.sources.guides[0].title.vi}).click();
    await page.locator('loa-howto [part~="card"]').waitFor();
    await page.context().close();
  });

  test('with guides checked within the year, the staff view says so, without a warning', async () => {
    const page = await newPage(LANDSCAPE, '?now=2027-06-01T09:00:00%2B07:00');
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    const row = page.locator('.facts > div').filter({has: page.locator('dt', {hasText: 'Ngày kiểm tra hướng dẫn'})});
    await row.filter({hasNotText: 'đang kiểm tra'}).waitFor();
    assert.equal((await row.locator('dd').innerText()).trim(), `Cả ${config.sources.guides.length} hướng dẫn đều được kiểm tra trong 12 tháng qua.`);
    assert.notEqual(await row.getAttribute('class'), 'facts__warning');
    await page.context().close();
  });
});

describe('kiosk: one source of truth for the commune', () => {
  test('the help screen and the name are commune.json’s, in both languages', async () => {
    const office = commune.one_stop_shop;
    const page = await newPage(LANDSCAPE);
    await begin(page);
    await page.getByRole('button', {name: 'Trợ giúp', exact: true}).click();
    await page.locator('[data-screen="help"]').waitFor();
    const vi = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of [office.counter, office.name, office.hours, office.phone]) assert.ok(vi.includes(fact), `${fact} in ${vi}`);

    await page.locator('.dock').getByRole('button', {name: 'English'}).click();
    await page.getByRole('heading', {level: 1, name: 'Help'}).waitFor();
    const en = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of [office.counter_en, office.name_en, office.hours_en, `${office.phone} (fictional number)`]) assert.ok(en.includes(fact), `${fact} in ${en}`);
    assert.match(await page.locator('header').first().innerText(), new RegExp(commune.name_en));
    await page.context().close();
  });
});
