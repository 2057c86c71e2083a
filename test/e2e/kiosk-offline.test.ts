// The kiosk's service worker: after one good load it works with no network,
// and a new version waits for the attract screen before it takes over.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, appendFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import {openKiosk, gotoKiosk, begin, until, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

/** A private copy of the built kiosk, so the update test can change sw.js. */
const root = mkdtempSync(join(tmpdir(), 'loa-kiosk-'));
let site: KioskSite;
before(async () => {
  cpSync(join(DIST, 'kiosk'), join(root, 'kiosk'), {recursive: true});
  site = await openKiosk(root + '/');
});
after(async () => {
  await site?.close();
  rmSync(root, {recursive: true, force: true});
});

async function waitForControl(page: Page): Promise<void> {
  // Installing precaches the app, its fonts and every guide's pictures: slow on a loaded machine.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {timeout: 45_000});
}

/** Number of entries in the runtime content cache (feeds and guides the kiosk warmed). */
async function cachedContent(page: Page): Promise<number> {
  return page.evaluate(async () => (await (await caches.open('loa-content')).keys()).length);
}

describe('kiosk offline', () => {
  test('after one good load, a reload with no network starts with content and says it is offline', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, reducedMotion: 'reduce', bypassCSP: true});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await waitForControl(page);
    // Every feed, guide and FAQ in both languages is warmed into the cache: 2 news + 2 calendars + 2 FAQs + the guides + qr.
    const config = JSON.parse(readFileSync(join(root, 'kiosk/kiosk.config.json'), 'utf8'));
    const expected = 6 + config.sources.guides.length * 2 + 1;
    await until(page, async (n) => (await (await caches.open('loa-content')).keys()).length >= n, expected);
    assert.ok((await cachedContent(page)) >= expected);
    assert.equal(await page.locator('.offline-note').count(), 0, 'online: no offline note');

    await context.setOffline(true);
    await page.reload();
    await page.locator('.attract').waitFor();
    const note = page.locator('.offline-note');
    await note.waitFor({timeout: 10_000});
    // At first it only says the network is down; the cached feeds then tell when they were fetched.
    await page.waitForFunction("document.querySelector('.offline-note')?.textContent.includes('lúc')", undefined, {timeout: 10_000});
    assert.match(await note.innerText(), /^Đang ngoại tuyến — cập nhật lần cuối lúc \d{2}:\d{2} ngày \d{1,2}\/\d{1,2}$/);
    assert.ok(await page.locator('.highlight').isVisible(), 'highlights');
    await page.waitForFunction("document.querySelectorAll('.highlight__card').length === 3");

    // News from the cache, inside the element.
    const news = JSON.parse(readFileSync(join(root, 'kiosk/content/news.json'), 'utf8'));
    const newest = [...news.items].sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published))[0];
    await begin(page);
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    await page.locator('loa-news').getByText(newest.title).first().waitFor({timeout: 10_000});
    // A guide that was never opened while online, with its precached images.
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    const last = config.sources.guides.at(-1);
    await page.getByRole('button', {name: last.title.vi}).click();
    const guide = JSON.parse(readFileSync(join(root, `kiosk/content/guides/${last.slug}.json`), 'utf8'));
    await page.locator('loa-howto').getByText(guide.step[0].name ?? guide.step[0].text).first().waitFor({timeout: 10_000});
    const images = await page.evaluate(async () => {
      const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/guides/img/'));
      const results = await Promise.all(urls.map((u) => fetch(u).then((r) => r.status)));
      return results;
    });
    assert.ok(images.every((status) => status === 200), `guide images offline: ${images}`);
    // Search, offline: every source (the FAQ among them) from the cache.
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Tìm kiếm', exact: true}).click();
    for (const key of 'vneid') await page.getByRole('group', {name: 'Bàn phím'}).getByRole('button', {name: key, exact: true}).click();
    await page.locator('loa-search section[aria-labelledby="group-faq"] [part~="result"]').first().waitFor({timeout: 15_000});
    assert.equal(await page.locator('loa-search [part~="note"]').count(), 0, 'every source read from the cache');
    // The self-hosted Vietnamese font came from the cache too.
    assert.ok(await page.evaluate(() => document.fonts.check('20px "Be Vietnam Pro"', 'Tiếng Việt')));
    assert.equal(await page.locator('loa-news [role="alert"], loa-howto [role="alert"]').count(), 0);
    await context.close();
  });

  test('is installable: manifest with icons, fullscreen, lang vi and the /kiosk/ scope', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'kiosk/manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.display, 'fullscreen');
    assert.equal(manifest.lang, 'vi');
    assert.equal(manifest.start_url, '/kiosk/');
    assert.equal(manifest.scope, '/kiosk/');
    assert.ok(manifest.icons.some((i: {sizes: string}) => i.sizes === '192x192'));
    assert.ok(manifest.icons.some((i: {sizes: string}) => i.sizes === '512x512'));
    assert.ok(manifest.icons.some((i: {purpose: string}) => i.purpose === 'maskable'));
    const context = await site.browser.newContext({bypassCSP: true});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    const cdp = await context.newCDPSession(page);
    await waitForControl(page);
    const {errors} = (await cdp.send('Page.getAppManifest')) as {errors: Array<{message: string}>};
    assert.deepEqual(errors, []);
    const {installabilityErrors} = (await cdp.send('Page.getInstallabilityErrors')) as {installabilityErrors: Array<{errorId: string}>};
    // Playwright's contexts are incognito profiles, where nothing is installable; every other check must pass.
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    await context.close();
  });
});

describe('kiosk updates', () => {
  test('a new version waits while someone uses the kiosk and activates only on the attract screen', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, reducedMotion: 'reduce', bypassCSP: true});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=6&countdown=1');
    await waitForControl(page);
    await begin(page);
    await page.evaluate(() => ((window as unknown as {marker: string}).marker = 'first load'));

    // Deploy a new version: any byte change to sw.js makes a new service worker.
    appendFileSync(join(root, 'kiosk/sw.js'), `\n// new version ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await until(page, async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

    // A resident keeps using the kiosk for a while: no reload, the new worker keeps waiting.
    for (const tile of ['Tin tức', 'Lịch sự kiện', 'Trợ giúp', 'Mã QR']) {
      await page.getByRole('button', {name: tile, exact: true}).click();
      await page.waitForTimeout(700);
      await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
      await page.waitForTimeout(700);
    }
    assert.equal(await page.evaluate(() => (window as unknown as {marker?: string}).marker), 'first load');
    assert.ok(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)));
    assert.equal(await page.locator('[data-screen="attract"]').count(), 0);

    // They walk away: warning, countdown, attract screen, then the update takes over and reloads.
    const reloaded = page.waitForEvent('load', {timeout: 20_000});
    await reloaded;
    await page.locator('.attract').waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as {marker?: string}).marker), undefined);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {waiting: Boolean(registration?.waiting), active: registration?.active?.state, controlled: Boolean(navigator.serviceWorker.controller)};
    });
    assert.deepEqual(state, {waiting: false, active: 'activated', controlled: true});
    await context.close();
  });
});
