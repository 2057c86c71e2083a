// The kiosk's "Tìm kiếm" screen with Orca, keyboard only, as a blind resident
// with a keyboard plugged in: Home's tile, "vneid" typed into the field with
// real keys, the on-screen keyboard's "Tìm" key, then the first question of
// the results reached by heading and Tab.
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {attract, begin} from './kiosk.js';
import {heard, heardTimes, literal, notHeard, noPercentage, until, type Scenario} from '../scenario.js';

/** The count sentence <loa-search> shows, and its first question with its state: what Orca should say. */
async function results(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('loa-search')?.shadowRoot;
    const details = root?.querySelector<HTMLDetailsElement>('section[aria-labelledby="group-faq"] details');
    return {
      count: root?.querySelector('.count')?.textContent?.trim() ?? '',
      question: details?.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      open: details?.open ?? false,
    };
  });
}

export const kioskSearchScenarios: Scenario[] = [
  {
    name: 'kiosk search: keyboard only, Home\'s "Tìm kiếm" tile, "vneid" typed into the field, the "Tìm" key says "Tìm thấy N kết quả" once and "Bàn phím collapsed", the first question reached by h and Tab; nothing "clickable", no percentage',
    async run({sr, page, url, log}) {
      await attract(sr, page, url('/kiosk/'));
      const start = sr.cursor();
      await begin(sr);

      // Home → "Tìm kiếm": the tile is a button; the screen says its title as it opens.
      const tile = await sr.pressUntil('Tab', /^Tìm kiếm push button/, 10);
      heard(tile, /^Tìm kiếm push button/, 'Home\'s "Tìm kiếm" tile');
      const opened = await sr.press('Return', {until: /^Tìm kiếm/, quiet: 800});
      heard(opened, /^Tìm kiếm( heading level 1)?\.?$/, 'the search screen, announced');
      await until(page, () => (document.querySelector('loa-search') as unknown as {ready?: boolean} | null)?.ready === true, undefined, 'the search index', 20_000);

      // The field, in its search landmark, with its hint; typing real keys into it searches as the keys come.
      const field = await sr.pressUntil('Tab', /Tìm kiếm entry/, 3);
      heard(field, /^search Tìm kiếm/, 'the search landmark, entered');
      heard(field, /^Gõ không dấu cũng được/, 'the field\'s hint');
      const typedFrom = sr.cursor();
      await sr.press('v n e i d', {until: /Tìm thấy \d+ kết quả/, timeout: 6000});
      await until(page, () => document.querySelector('loa-search')?.shadowRoot?.querySelector('input')?.value === 'vneid', undefined, '"vneid" in the field');
      // The search runs 250 ms after the last key: let its count be said before the next key.
      await sr.settle(600, 4000);
      log(`typing "vneid": ${sr.heardSince(typedFrom).lines.join(' | ')}`);

      // Back (shift+Tab wraps past the dock) to the on-screen keyboard's last key, "Tìm", in its group.
      const key = await sr.pressUntil('shift+Tab', /^Tìm push button/, 8);
      heard(key, /^Bàn phím panel/, 'the keys\' group "Bàn phím", entered');
      const {count, question, open} = await results(page);
      assert.match(count, /^Tìm thấy \d+ kết quả$/, 'the results\' count on the page');
      const foundFrom = sr.cursor();
      await sr.press('Return', {until: /Tìm thấy \d+ kết quả/});
      // The keys fold away and focus goes to their toggle: both are said, in either order.
      await sr.waitFor(/^Bàn phím collapsed push button/, {from: foundFrom, timeout: 4000});
      await sr.settle(700, 3000);
      const found = sr.heardSince(foundFrom);
      heardTimes(found, /Tìm thấy \d+ kết quả/, 1, '"Tìm": the count, said once');
      heard(found, new RegExp(`^${literal(count).source}$`), '"Tìm": the count the page shows');
      heard(found, /^Bàn phím collapsed push button/, '"Tìm": focus on the folded keyboard\'s toggle');
      // Return on the toggle brings the keys back and keeps focus on it (it used to lose focus, unsaid).
      const unfolded = await sr.press('Return', {until: /Bàn phím expanded push button/, timeout: 4000});
      heard(unfolded, /^Bàn phím expanded push button/, 'the toggle, the keys back');

      // The first question of the results: the "Hỏi đáp" group's heading by h, then Tab.
      // Orca went to focus mode on the toggle: back to browse mode for h.
      const modes = [...found.lines, ...unfolded.lines].filter((line) => /^(Browse|Focus) mode$/.test(line));
      if (modes.pop() === 'Focus mode') await sr.browseMode();
      await sr.top();
      const group = await sr.pressUntil('h', /^Hỏi đáp \(\d+\) heading level 2/, 4);
      heard(group, /^Hỏi đáp \(\d+\) heading level 2/, 'the questions\' group heading');
      const first = await sr.press('Tab', {until: /toggle button/});
      heard(first, new RegExp(`^${literal(question).source} toggle button ${open ? 'expanded' : 'collapsed'}`), 'the first question, with its text and state');

      const all = sr.heardSince(start);
      notHeard(all, /clickable/, 'the search screen: nothing is a control it is not');
      // Not over `all`: a result's own title may hold a percentage ("Năm 2025: 81% người …").
      for (const h of [tile, opened, field, key, found, unfolded, group, first]) noPercentage(h, 'the search screen');
    },
  },
];

