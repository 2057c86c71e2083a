// Retry without storms (issue 13): `online` events that arrive while the
// kiosk's feed sync is still running join it, so the server gets one request,
// not one per event. The sync is RefreshSchedule's (kiosk/src/refresh-schedule.ts,
// unit-tested in test/node/kiosk-refresh.test.ts); this checks the kiosk's own
// `online` listener (kiosk-app.ts onNetwork → refresh()) on the built kiosk.
//
// The sync's request for the QR list (content/qr.json) is what is counted:
// nothing else asks for it (cache warming, the idle prefetch and the elements
// fetch the feeds and guides, not the QR list), so each request is one sync.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Request, Route} from 'playwright-core';
import {openKiosk, gotoKiosk, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

/** Rejects after `ms`, saying what did not happen. */
const timeout = (ms: number, what: string) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} (${ms} ms)`)), ms).unref());

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

test('several online events during a running sync make one request, not one each', async () => {
  const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', reducedMotion: 'reduce'});
  const page = await context.newPage();
  const QR = `${site.origin}/kiosk/content/qr.json`;
  const syncs: Request[] = [];
  page.on('request', (request) => {
    if (request.url() === QR) syncs.push(request);
  });
  // The syncs at start answer at once; once `holding` is set, the next is held until the test lets it go.
  let holding = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let onHold!: () => void;
  const held = new Promise<void>((resolve) => (onHold = resolve));
  await page.route(QR, async (route: Route) => {
    if (!holding) return route.continue();
    onHold();
    await released;
    await route.continue();
  });

  // A sync ends with cache warming (content-sync.ts warmCache), which asks for the feeds in every
  // language: on this Vietnamese kiosk only warming asks for the English news (the idle prefetch
  // reads the guides and feeds in the kiosk's language), so that request says the sync ended.
  const WARM = `${site.origin}/kiosk/content/news.en.json`;
  const startDone = page.waitForRequest(WARM, {timeout: 20_000});
  await gotoKiosk(page, site.origin);
  await startDone;
  const atStart = syncs.length;
  assert.ok(atStart >= 1, 'the kiosk synced at start');

  // The network comes back, and the browser says so several times (as flaky links do).
  holding = true;
  await page.evaluate("for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('online'))");
  await Promise.race([held, timeout(15_000, 'no sync started after the online events')]);
  // Every refresh() call was made by now (each starts its fetches at once): the others joined the running sync.
  assert.equal(syncs.length - atStart, 1, 'requests while the sync runs');

  // Once it ends, nothing was queued behind it: it is followed by cache warming, not another sync.
  const warmed = page.waitForRequest(WARM, {timeout: 20_000});
  release();
  await page.waitForResponse(QR);
  await warmed;
  assert.equal(syncs.length - atStart, 1, 'requests after the sync ended');
  await context.close();
});
