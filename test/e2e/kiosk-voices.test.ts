// The staff view lists the speech voices the browser reports (name, language,
// on the machine or over the network) and says plainly when none reads
// Vietnamese (issue 15, "Speech that works on real kiosks"). The voices are
// faked before any script runs, whatever this machine has installed.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {openKiosk, gotoKiosk, axeViolations, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
}

/** The kiosk's staff view, on a machine whose browser reports `voices`. */
async function staffView(voices: FakeVoice[]): Promise<{page: Page; text: string}> {
  const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
  // tsx wraps named inner functions in __name(); functions sent to the page need it there.
  await context.addInitScript({content: 'window.__name = window.__name || ((f) => f)'});
  await context.addInitScript((list: FakeVoice[]) => {
    const reported = list.map((v) => ({...v, default: false, voiceURI: v.name}));
    Object.defineProperty(window.speechSynthesis, 'getVoices', {value: () => reported, configurable: true});
  }, voices);
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await gotoKiosk(page, site.origin);
  await page.keyboard.press('Control+Alt+KeyS');
  const facts = page.locator('.facts');
  await facts.filter({hasNotText: 'đang kiểm tra'}).waitFor();
  const row = facts.locator('div').filter({has: page.locator('dt', {hasText: 'Giọng đọc'})});
  return {page, text: (await row.innerText()).replace(/\s+/g, ' ')};
}

describe('kiosk staff view: speech voices', () => {
  test('with no Vietnamese voice, it says so plainly, with how to get one, and lists the voices there are', async () => {
    const {page, text} = await staffView([
      {name: 'English (Great Britain)', lang: 'en-GB', localService: true},
      {name: 'Google español', lang: 'es-ES', localService: false},
    ]);
    assert.match(text, /Tiếng Việt: không có; tiếng Anh: English \(Great Britain\)/);
    assert.match(text, /Máy này không có giọng đọc tiếng Việt: chế độ đọc to không đọc được tiếng Việt\./);
    assert.match(text, /Microsoft An/);
    assert.match(text, /speech-dispatcher với espeak-ng/);
    assert.match(text, /Trình duyệt báo 2 giọng đọc:/);
    assert.match(text, /English \(Great Britain\) \(en-GB, cài trên máy\)/);
    assert.match(text, /Google español \(es-ES, qua mạng, cần Internet\)/);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  test('with a Vietnamese voice, it names the voice in use and gives no warning', async () => {
    const {page, text} = await staffView([
      {name: 'Microsoft An - Vietnamese (Vietnam)', lang: 'vi-VN', localService: true},
      {name: 'Microsoft Zira - English (United States)', lang: 'en-US', localService: true},
    ]);
    assert.match(text, /Tiếng Việt: Microsoft An - Vietnamese \(Vietnam\); tiếng Anh: Microsoft Zira/);
    assert.doesNotMatch(text, /không có giọng đọc tiếng Việt/);
    assert.match(text, /Microsoft An - Vietnamese \(Vietnam\) \(vi-VN, cài trên máy\)/);
    await page.context().close();
  });

  test('with no voice at all, it says that nothing can be read, and how to get a Vietnamese voice', async () => {
    const {page, text} = await staffView([]);
    assert.match(text, /Không có giọng đọc nào được cài: chế độ đọc to sẽ không nói được\./);
    assert.match(text, /Máy này không có giọng đọc tiếng Việt/);
    assert.doesNotMatch(text, /Trình duyệt báo/);
    await page.context().close();
  });
});
