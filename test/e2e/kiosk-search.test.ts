// The kiosk's "Tìm kiếm" screen (issue 19): a tile on Home inside the reach
// band, <loa-search> over the FAQ, the guides, the news and the events,
// typed on the kiosk's own keyboard, which never covers the field or the
// first results and folds away after "Tìm"; a result opens in place, never as
// an outbound link; and the idle reset wipes the query.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Locator, Page} from 'playwright-core';
import {axeViolations, begin, gotoKiosk, newKioskPage, openKiosk, smallTargets, spoken, useFakeSpeech, LANDSCAPE, PORTRAIT, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

const newPage = (viewport = PORTRAIT, query = '') => newKioskPage(site, viewport, query);

/** Types `text` on the on-screen keyboard, key by key, as a resident taps it. */
async function type(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', {name: 'Bàn phím'});
  for (const char of text) {
    await keyboard.getByRole('button', {name: char === ' ' ? 'Dấu cách' : char, exact: true}).click();
  }
}

async function openSearch(page: Page): Promise<Locator> {
  await begin(page);
  await page.locator('[data-go="search"]').click();
  await page.locator('[data-screen="search"] h1').waitFor();
  const search = page.locator('loa-search');
  // Ready once every source is read and indexed.
  await page.waitForFunction(() => (document.querySelector('loa-search') as unknown as {ready?: boolean})?.ready === true, undefined, {timeout: 20_000});
  return search;
}

/** One kind's group of results: 'faq', 'guide', 'news' or 'event'. */
const group = (search: Locator, kind: string) => search.locator(`section[aria-labelledby="group-${kind}"]`);
const box = async (locator: Locator) => (await locator.boundingBox())!;
type Box = {x: number; y: number; width: number; height: number};
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('kiosk "Tìm kiếm"', () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
    test(`${name}: the tile is in the reach band; "ngay hoi" typed on the keyboard finds "Ngày hội"; nothing covered; axe`, async () => {
      const page = await newPage(viewport);
      await begin(page);
      const tile = await box(page.locator('[data-go="search"]'));
      if (name === 'portrait') {
        // The reach band of the default 43" portrait panel is the lower two-thirds (docs/kiosk.md).
        assert.ok(tile.y >= viewport.height / 3 - 1, `the tile starts at y=${tile.y}, above the reach band`);
      }
      await page.locator('[data-go="search"]').click();
      await page.locator('[data-screen="search"] h1').waitFor();
      assert.equal(await page.locator('h1').first().innerText(), 'Tìm kiếm');
      await page.waitForFunction(() => (document.querySelector('loa-search') as unknown as {ready?: boolean})?.ready === true, undefined, {timeout: 20_000});
      assert.deepEqual(await axeViolations(page), [], 'axe, empty search');

      await type(page, 'ngay hoi');
      const search = page.locator('loa-search');
      assert.equal(await search.getAttribute('query'), 'ngay hoi');
      assert.equal(await search.getByRole('searchbox', {name: 'Tìm kiếm'}).inputValue(), 'ngay hoi');
      const first = search.locator('[part~="result"]').first();
      await first.waitFor();
      // Found without a diacritic typed: the commune's "Ngày hội" event.
      await group(search, 'event').locator('[part~="result"]', {hasText: 'Ngày hội'}).first().waitFor();

      // The keyboard covers neither the field nor the first result.
      const keyboard = await box(page.getByRole('group', {name: 'Bàn phím'}));
      assert.ok(!overlaps(keyboard, await box(search.getByRole('searchbox'))), 'the keyboard covers the field');
      assert.ok(!overlaps(keyboard, await box(first)), 'the keyboard covers the first result');
      const dock = await box(page.locator('.dock'));
      assert.ok(keyboard.y + keyboard.height <= dock.y + 1, 'the keyboard is above the dock');
      assert.deepEqual(await smallTargets(page), [], 'every target at least 48 px');
      assert.deepEqual(await axeViolations(page), [], 'axe, with results');
      await page.context().close();
    });
  }

  test('"Tìm" announces the count and folds the keys away; Telex types diacritics; "Xóa" and "Xóa hết" edit the query', async () => {
    const page = await newPage();
    const search = await openSearch(page);
    await type(page, 'vneid');
    // Each key says what the field now holds, for a screen reader (a key keeps focus and says nothing itself).
    await page.waitForFunction(() => document.querySelector('#loa-announcer')?.textContent === 'vneid', undefined, {timeout: 5000});
    await page.getByRole('group', {name: 'Bàn phím'}).getByRole('button', {name: 'Tìm', exact: true}).click();
    await page.waitForFunction(() => /Tìm thấy \d+ kết quả/.test(document.querySelector('#loa-announcer, [data-loa-announcer]')?.textContent ?? ''), undefined, {timeout: 5000});
    // The keys fold away so the results have the screen; focus is on the toggle that brings them back.
    const toggle = page.locator('.keyboard').getByRole('button', {name: 'Bàn phím'});
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('group', {name: 'Bàn phím'}).count(), 0);
    await page.waitForFunction(() => document.activeElement?.classList.contains('key--toggle'));
    assert.ok((await box(toggle)).y + (await box(toggle)).height <= (await box(page.locator('.dock'))).y + 1, 'the toggle is above the dock');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.getByRole('button', {name: 'Xóa hết', exact: true}).click();
    assert.equal(await search.getAttribute('query'), '');
    await page.getByRole('button', {name: 'Gõ dấu (Telex)'}).click();
    assert.equal(await page.getByRole('button', {name: 'Gõ dấu (Telex)'}).getAttribute('aria-pressed'), 'true');
    await type(page, 'ngayf');
    assert.equal(await search.getAttribute('query'), 'ngày');
    await page.getByRole('button', {name: 'Xóa', exact: true}).click();
    assert.equal(await search.getAttribute('query'), 'ngay');
    await page.context().close();
  });

  test('in speech mode, each key is read aloud as it is tapped', async () => {
    const context = await site.browser.newContext({viewport: PORTRAIT, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    await useFakeSpeech(context);
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('[data-go="search"]').click();
    await page.locator('[data-screen="search"] h1').waitFor();
    await type(page, 'v ');
    const said = (await spoken(page)).map((s) => s.text);
    assert.ok(said.includes('v'), JSON.stringify(said));
    assert.ok(said.includes('Dấu cách'), JSON.stringify(said));
    await context.close();
  });

  test('"cai vneid cho me" shows the answer on the screen', async () => {
    const page = await newPage();
    const search = await openSearch(page);
    await type(page, 'cai vneid cho me');
    const answer = search.locator('details[part~="answer"][open]').first();
    await answer.waitFor();
    assert.match(await answer.innerText(), /VNeID/);
    await page.context().close();
  });

  test('a result opens in place: the event in the schedule, the article, the guide at its step', async () => {
    const page = await newPage();
    const url = page.url();
    let search = await openSearch(page);
    await type(page, 'ngay hoi');
    const event = group(search, 'event').locator('[part~="link"]', {hasText: 'Ngày hội'}).first();
    await event.waitFor();
    const eventTitle = ((await event.textContent()) ?? '').trim();
    assert.match(eventTitle, /Ngày hội/);
    await event.click();
    await page.locator('[data-screen="events"]').waitFor();
    const open = page.locator('loa-schedule').locator('.schedule__toggle[aria-expanded="true"]');
    await open.waitFor({timeout: 15_000});
    assert.equal((await open.innerText()).trim(), eventTitle);
    assert.equal(await page.locator('dialog[open]').count(), 0, 'no outbound-link card');
    assert.equal(page.url(), url, 'no navigation');

    // An article.
    await page.locator('.dock').getByRole('button', {name: 'Trang chủ'}).click();
    await page.locator('[data-go="search"]').click();
    await page.waitForFunction(() => (document.querySelector('loa-search') as unknown as {ready?: boolean})?.ready === true, undefined, {timeout: 20_000});
    await type(page, 'man hinh tu tra cuu');
    const article = group(page.locator('loa-search'), 'news').locator('[part~="link"]').first();
    await article.waitFor();
    const articleTitle = ((await article.textContent()) ?? '').trim();
    await article.click();
    await page.locator('[data-screen="news"]').waitFor();
    const opened = page.locator('loa-news .article__title');
    await opened.waitFor({timeout: 15_000});
    assert.equal((await opened.innerText()).trim(), articleTitle);
    assert.equal(await page.locator('dialog[open]').count(), 0, 'no outbound-link card');

    // A guide step.
    await page.locator('.dock').getByRole('button', {name: 'Trang chủ'}).click();
    await page.locator('[data-go="search"]').click();
    search = page.locator('loa-search');
    await page.waitForFunction(() => (document.querySelector('loa-search') as unknown as {ready?: boolean})?.ready === true, undefined, {timeout: 20_000});
    await type(page, 'ma otp');
    const guide = group(search, 'guide').locator('[part~="result"]').first();
    await guide.waitFor();
    const step = Number(/Bước (\d+)/.exec(await guide.innerText())?.[1] ?? '1');
    await guide.locator('[part~="link"]').click();
    await page.locator('[data-screen="guide"] loa-howto').waitFor();
    await page.waitForFunction(() => !!document.querySelector('loa-howto')?.shadowRoot?.querySelector('[part~="card"] .progress__text'), undefined, {timeout: 15_000});
    assert.match(await page.locator('loa-howto').locator('[part~="card"] .progress__text').innerText(), new RegExp(`Bước ${step} `));
    assert.equal(page.url(), url, 'no navigation');
    await page.context().close();
  });

  test('the idle reset wipes the query', async () => {
    const page = await newPage(PORTRAIT, '?idle=4&countdown=2');
    const search = await openSearch(page);
    await type(page, 'vneid');
    assert.equal(await search.getAttribute('query'), 'vneid');
    await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
    await page.locator('.attract').waitFor({timeout: 6000});
    await begin(page);
    await page.locator('[data-go="search"]').click();
    await page.locator('[data-screen="search"] h1').waitFor();
    assert.equal(await page.locator('loa-search').getAttribute('query'), '');
    assert.equal(await page.locator('loa-search').getByRole('searchbox').inputValue(), '');
    await page.context().close();
  });
});
