// The kiosk with Orca, keyboard only: from the attract screen to a guide's
// step 2, the idle warning, and the accessibility panel.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../../scripts/serve.mjs';
import {demoGuide, focusedText, heard, heardInOrder, heardTimes, literal, noPercentage, notHeard, shown, until, type Scenario} from '../scenario.js';
import type {ScreenReader} from '../orca.js';

interface KioskConfig {
  commune: {name: {vi: string}};
  sources: {guides: Array<{slug: string; title: {vi: string}}>};
}
const config = (): KioskConfig => JSON.parse(readFileSync(join(DIST, 'kiosk/kiosk.config.json'), 'utf8'));

/** Opens the kiosk on its attract screen. */
export async function attract(sr: ScreenReader, page: Page, address: string): Promise<void> {
  await sr.open(address);
  await until(page, () => document.querySelector('.attract') !== null, undefined, 'the attract screen');
  await shown(page, 'Chạm vào màn hình để bắt đầu');
}

/** Tab to "Chạm vào màn hình để bắt đầu" and press it: Home. */
export async function begin(sr: ScreenReader) {
  const start = await sr.pressUntil('Tab', /^Chạm vào màn hình để bắt đầu push button/, 5);
  heard(start, /^Chạm vào màn hình để bắt đầu push button/, 'the start button, by Tab');
  return sr.press('Return', {until: literal(config().commune.name.vi), quiet: 800});
}

export const kioskScenarios: Scenario[] = [
  {
    name: 'kiosk: keyboard only from the attract screen to a guide\'s step 2, every screen change announced, no heading announced as "clickable", no percentage',
    async run({sr, page, url}) {
      const {commune, sources} = config();
      const name = commune.name.vi;
      const guide = sources.guides[0];
      const steps = demoGuide(`${guide.slug}.json`).steps;
      await attract(sr, page, url('/kiosk/'));
      await sr.top();

      const title = await sr.pressUntil('h', /heading level 1/, 3);
      heard(title, new RegExp(`^${literal(name).source} heading level 1`), 'the attract screen\'s heading');

      // Attract → Home: the commune's name, Home's heading, takes focus and is announced.
      const home = await begin(sr);
      heard(home, literal(name), 'Home, announced');

      // Home → the guide list → the first guide.
      const tile = await sr.pressUntil('Tab', /^Hướng dẫn push button/, 8);
      heard(tile, /^Hướng dẫn push button/, 'Home\'s "Hướng dẫn" tile');
      const list = await sr.press('Return', {until: /^Hướng dẫn/, quiet: 800});
      heard(list, /^Hướng dẫn( heading level 1)?/, 'the guide list, announced');
      const choice = await sr.pressUntil('Tab', new RegExp(`^${literal(guide.title.vi).source} push button`), 3);
      heard(choice, new RegExp(`^${literal(guide.title.vi).source} push button`), 'the first guide in the list');
      const opened = await sr.press('Return', {until: literal(guide.title.vi), quiet: 800});
      heard(opened, literal(guide.title.vi), 'the guide, announced');
      await shown(page, steps[0].name);

      // Step 1 → step 2 with "Bước tiếp": the step heading, then where we are.
      await sr.pressUntil('Tab', /^Bước tiếp push button/, 5);
      const step2 = await sr.press('Return', {until: new RegExp(`Bước 2 trên ${steps.length}`), quiet: 800});
      const heading = new RegExp(`^${literal(steps[1].name).source} heading level \\d`);
      heardInOrder(step2, heading, new RegExp(`Bước 2 trên ${steps.length}`), 'step 2: its heading, then "Bước 2 trên N"');
      notHeard(step2, /clickable/, 'step 2\'s heading (focusable, inside <loa-howto>, whose host listens for click)');

      // Issue 17 (checked last, so the journey is tested meanwhile): the attract h1 was announced "clickable".
      notHeard(title, /clickable/, 'the attract screen\'s heading (issue 17: it was "clickable")');
      noPercentage(step2, 'step 2 of the kiosk\'s guide');

      // No screen's heading is "clickable" either (a click listener on document did that to every focusable heading).
      notHeard(home, /clickable/, 'Home\'s heading');
      notHeard(list, /clickable/, 'the guide list\'s heading');
    },
  },
  {
    name: 'kiosk idle warning: heard once, with its countdown and its two buttons',
    async run({sr, page, url, log}) {
      // 3 s without input before the warning; its countdown at the config's 20 s floor.
      await attract(sr, page, url('/kiosk/?idle=3&countdown=20'));
      await begin(sr);
      const from = sr.cursor();
      // No key from now on: the warning comes.
      await until(page, () => document.querySelector<HTMLDialogElement>('#idle-warning')?.open === true, undefined, 'the idle warning', 15_000);
      await sr.waitFor(/Bạn còn ở đây không/, {from, timeout: 10_000});
      // Everything Orca says in the warning's first 6 seconds (the countdown ticks meanwhile).
      await new Promise((resolve) => setTimeout(resolve, 6000));
      const warning = sr.heardSince(from);
      log(`the warning: ${warning.lines.join(' | ')}`);
      heard(warning, /Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm/, 'what happens without an answer');
      heard(warning, /Còn \d+ giây/, 'the countdown');
      // Both buttons, as the warning is read on opening.
      heard(warning, /^Tôi cần thêm thời gian push button/, 'the "more time" button');
      heard(warning, /^Tôi đã xong, xóa ngay push button/, 'the "done, clear now" button');
      // Focus on "Tôi cần thêm thời gian" (where the warning put it, or by keyboard).
      const focused = await focusedText(page);
      if (focused === 'Tôi đã xong, xóa ngay') await sr.press('shift+Tab', {until: /^Tôi cần thêm thời gian push button/});
      else if (focused !== 'Tôi cần thêm thời gian') await sr.pressUntil('Tab', /^Tôi cần thêm thời gian push button/, 3);
      // "Tôi cần thêm thời gian" closes it (with idle=3 it comes back 3 s later: watch for the close itself).
      await page.evaluate(() => {
        const w = window as unknown as {warningClosed: boolean};
        w.warningClosed = false;
        document.querySelector('#idle-warning')!.addEventListener('close', () => (w.warningClosed = true), {once: true});
      });
      await sr.press('Return', {timeout: 2000});
      await until(page, () => (window as unknown as {warningClosed: boolean}).warningClosed, undefined, 'the warning to close', 5000);

      // Issue 17 (checked last, so the rest is tested meanwhile): the warning was heard up to four times.
      heardTimes(warning, /Bạn còn ở đây không\?/, 1, 'the warning\'s question (issue 17: it was heard up to four times)');
      heardTimes(warning, /Còn \d+ giây/, 1, 'the countdown, said once, not every second');
      notHeard(warning, /clickable/, 'the warning: nothing in it is announced as a control it is not');
    },
  },
  {
    name: 'kiosk accessibility panel: opening it says "Trợ năng"; its groups (Cỡ chữ, Màu sắc, Tầm với thấp, Đọc to, Ngôn ngữ) and each option\'s pressed state are heard; with "Đọc to" on, no heading is "clickable"',
    async run({sr, page, url}) {
      await attract(sr, page, url('/kiosk/'));
      await begin(sr);
      const button = await sr.pressUntil('Tab', /^Trợ năng push button/, 10);
      heard(button, /^Trợ năng push button/, 'the dock\'s "Trợ năng" button');
      const opened = await sr.press('Return', {until: /Trợ năng/, timeout: 4000});
      await until(page, () => document.querySelector<HTMLDialogElement>('#a11y-panel')?.open === true, undefined, 'the accessibility panel');
      // It was silent: the button that had focus left the accessibility tree as the modal dialog opened. The dialog now takes focus.
      heard(opened, /^Trợ năng/, 'opening the panel: its name');

      // Tab through every group: each is announced as it is entered, each option with its state.
      const colours = await sr.pressUntil('Tab', /Bình thường toggle button/, 8);
      heard(colours, /^125% toggle button not pressed/, 'a text size, not pressed');
      heard(colours, /^Màu sắc panel/, 'the "Màu sắc" group');
      heard(colours, /Bình thường toggle button pressed/, 'normal colours, pressed');
      // The first Tab from the dialog enters the first group: back into it, its name is heard.
      const size = await sr.press('shift+Tab', {until: /Cỡ chữ/});
      heard(size, /^Cỡ chữ panel/, 'the "Cỡ chữ" group');
      await sr.pressUntil('Tab', /^Tương phản cao toggle button/, 3);
      // Pressing an option says its new state.
      const pressed = await sr.press('Return', {until: /pressed/});
      heard(pressed, /^pressed$|Tương phản cao toggle button pressed/, 'high contrast, once pressed');
      const rest = await sr.pressUntil('Tab', /^English toggle button/, 10);
      for (const group of ['Tầm với thấp', 'Đọc to', 'Ngôn ngữ']) heard(rest, new RegExp(`^${group} panel`), `the "${group}" group`);
      heard(rest, /Tắt toggle button pressed/, '"Tắt" (off), pressed');
      heard(rest, /Tiếng Việt toggle button pressed/, 'Vietnamese, pressed');
      heard(rest, /^English toggle button not pressed/, 'English, not pressed');
      // "Đọc to" on (back over "Tiếng Việt": the first "Bật" is speech's), for the check below.
      await sr.pressUntil('shift+Tab', /^Bật toggle button not pressed/, 3);
      heard(await sr.press('Return', {until: /pressed/}), /pressed/, 'speech mode, once pressed');
      await until(page, () => document.documentElement.dataset.speech === 'on', undefined, 'speech mode on');
      // Escape closes the panel: focus back on "Trợ năng".
      const closed = await sr.press('Escape', {until: /Trợ năng/});
      heard(closed, /^Trợ năng push button/, 'back on "Trợ năng" once the panel closes');

      // With speech mode on, Home's h1 (tabindex="-1") is still no control: speech mode listened for
      // click on the document, and Orca said "Xã Hòa Loa (xã mẫu) heading level 1 clickable".
      await sr.top();
      const home = await sr.pressUntil('h', /heading level 1/, 3);
      heard(home, new RegExp(`^${literal(config().commune.name.vi).source}.* heading level 1`), 'Home\'s heading, speech mode on');
      notHeard(home, /clickable/, 'Home\'s heading with speech mode on');
    },
  },
];
