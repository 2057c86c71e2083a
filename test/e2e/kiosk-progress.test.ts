// The kiosk's "Chỉ tiêu" tile (issue 18): the commune's progress, sentence
// first, large bars, the tables behind a tap, no print or export (the kiosk's
// lockdown forbids both), in portrait and landscape, axe-clean; and offline
// once the service worker has cached the spreadsheet like the other content.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import {axeViolations, begin, gotoKiosk, horizontalOverflow, openKiosk, smallTargets, until, LANDSCAPE, PORTRAIT, type KioskSite} from './kiosk-helpers.js';

/** A private copy of the built kiosk: the offline test installs its service worker. */
const root = mkdtempSync(join(tmpdir(), 'loa-kiosk-progress-'));
let site: KioskSite;
before(async () => {
  cpSync(join(DIST, 'kiosk'), join(root, 'kiosk'), {recursive: true});
  site = await openKiosk(root + '/');
});
after(async () => {
  await site?.close();
  rmSync(root, {recursive: true, force: true});
});

async function openProgress(page: Page): Promise<void> {
  await begin(page);
  await page.locator('[data-go="progress"]').click();
  await page.locator('loa-progress .sentence').first().waitFor({timeout: 15_000});
}

describe('kiosk "Chỉ tiêu"', () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
    test(`${name}: the tile opens the progress, sentence first, tables one tap away, no print or export, axe`, async () => {
      const context = await site.browser.newContext({viewport, reducedMotion: 'reduce', bypassCSP: true, serviceWorkers: 'block'});
      const page = await context.newPage();
      await gotoKiosk(page, site.origin);
      await openProgress(page);
      assert.equal(await page.locator('h1').first().innerText(), 'Chỉ tiêu');
      const progress = page.locator('loa-progress');
      assert.equal(await progress.getAttribute('kiosk'), '');
      const first = await progress.locator('.sentence').first().innerText();
      assert.match(first, /^Toàn xã: [\d,]+\s%\s\([\d.]+\/3\.800 người\), mục tiêu 80\s% — chưa đạt, còn thiếu [\d.]+ người\. Số liệu ngày 20\/10\/2026\./);
      // The deadline, counted on the kiosk's clock (a build after 2026 finds it passed).
      assert.match(first, /(Hạn|quá hạn) 31\/12\/2026/);
      assert.equal(await progress.getByRole('button', {name: 'In báo cáo'}).count(), 0, 'no print');
      assert.equal(await progress.getByRole('button', {name: 'Tải bảng số liệu (CSV)'}).count(), 0, 'no export');
      // Bars: one image with a summarising name.
      assert.match((await progress.locator('svg.bars').first().getAttribute('aria-label')) ?? '', /thấp nhất: Thôn Gò Mít/);
      // The tables are behind a tap.
      const toggle = progress.getByRole('button', {name: 'Xem bảng số liệu'}).first();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await progress.locator('.indicator').first().locator('table').first().isVisible(), false);
      assert.deepEqual(await axeViolations(page), [], 'axe, tables closed');
      await toggle.click();
      assert.equal(await progress.getByRole('button', {name: 'Ẩn bảng số liệu'}).first().getAttribute('aria-expanded'), 'true');
      assert.ok(await progress.locator('.indicator').first().locator('table').first().isVisible(), 'the table shows');
      assert.deepEqual(await axeViolations(page), [], 'axe, tables open');
      assert.deepEqual(await smallTargets(page), [], 'every target at least 48 px');
      assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');
      await context.close();
    });
  }

  test('offline: once the service worker has cached it, the progress shows with no network', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, reducedMotion: 'reduce', bypassCSP: true});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    // Installing precaches the app and every guide's pictures: slow on a loaded machine.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {timeout: 45_000});
    await until(page, async () => (await (await caches.open('loa-content')).keys()).some((request) => request.url.endsWith('/progress.csv')));
    await context.setOffline(true);
    await page.reload();
    await page.locator('.attract').waitFor();
    await openProgress(page);
    assert.match(await page.locator('loa-progress .sentence').first().innerText(), /^Toàn xã: /);
    assert.equal(await page.locator('loa-progress').locator('[role="alert"]').count(), 0, 'no error box');
    await context.close();
  });
});
