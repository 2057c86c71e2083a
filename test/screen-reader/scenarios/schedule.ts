// <loa-schedule> with Orca, on the demo calendar at a fixed moment: 9:00 on
// the Tuesday before the pack's cancelled event (a Friday; 4 December 2026 as
// written, moved by whole weeks when the build moves the pack's dates).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DIST} from '../../../scripts/serve.mjs';
import {heard, literal, notHeard, shown, type Scenario} from '../scenario.js';

/** The built calendar's cancelled event: its title and its day (y, m, d in Vietnam). */
function cancelledEvent(): {title: string; day: Date} {
  const ics = readFileSync(join(DIST, 'demo/content/events.ics'), 'utf8').replace(/\r?\n[ \t]/g, '');
  const event = ics.split('BEGIN:VEVENT').find((e) => /^STATUS:CANCELLED/m.test(e));
  const start = event && /^DTSTART[^:]*:(\d{4})(\d{2})(\d{2})/m.exec(event);
  const title = event && /^SUMMARY:(.*)$/m.exec(event);
  if (!start || !title) throw new Error('the demo calendar has no cancelled event with a start and a title');
  return {title: title[1].replace(/\\([,;\\])/g, '$1').trim(), day: new Date(Date.UTC(Number(start[1]), Number(start[2]) - 1, Number(start[3])))};
}

/** "4 tháng 12, 2026" for a day `offset` days after `day` (as Chromium writes a Vietnamese long date). */
function vi(day: Date, offset = 0): string {
  const d = new Date(day.getTime() + offset * 86_400_000);
  return `${d.getUTCDate()} tháng ${d.getUTCMonth() + 1}, ${d.getUTCFullYear()}`;
}
const key = (day: Date, offset = 0) => new Date(day.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** The label of a day cell of the month grid, as the page has it (for comparing with what Orca said). */
async function dayLabel(page: import('playwright-core').Page, key: string): Promise<string> {
  return page.evaluate((key) => {
    const cell = document.querySelector('loa-schedule')!.shadowRoot!.querySelector(`[data-day="${key}"] .visually-hidden`);
    return (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, key);
}

export const scheduleScenarios: Scenario[] = [
  {
    name: 'loa-schedule: the next event is heard with its date, time and place; a cancelled event is heard as cancelled; the month grid moves by arrow keys, each day heard with its name and event count',
    async run({sr, page, url, known}) {
      const cancelled = cancelledEvent();
      const tuesday = new Date(cancelled.day.getTime() - 3 * 86_400_000);
      const now = `${key(tuesday)}T09:00:00+07:00`;
      const from = sr.cursor();
      await sr.open(url(`/sr/schedule.html?now=${encodeURIComponent(now)}`));
      await shown(page, 'Sự kiện tiếp theo');
      await sr.settle(800, 5000);
      const onLoad = sr.heardSince(from);
      await known('on load Orca stays in browse mode: the place filter (a <select>) is not announced and does not switch Orca to focus mode (intermittent: a focus event on the select\'s option as the schedule renders)', () => {
        notHeard(onLoad, /^Focus mode$|Tất cả địa điểm/, 'loading the schedule');
      });
      await sr.top();

      // The next event: title, then when ("Hôm nay lúc 18:30") and the date, time and place.
      await sr.pressUntil('h', /^Sự kiện tiếp theo heading level \d/, 4);
      const next = await sr.pressUntil('Down', literal(vi(tuesday)), 4);
      heard(next, /^Tổ công nghệ số cộng đồng thôn Đông – hỗ trợ tối thứ Ba/, 'the next event\'s title');
      heard(next, /Hôm nay lúc 18:30/, 'when the next event starts');
      heard(next, new RegExp(`Thứ Ba, ${vi(tuesday)}, từ 18:30 đến 20:30 · Nhà văn hóa thôn Đông, xã Hòa Loa`), 'the next event\'s date, time and place');

      // A cancelled event says so, on its own button too.
      await sr.pressUntil('h', new RegExp(`^Thứ Sáu, ${vi(cancelled.day)}`), 8);
      const cancelledHeard = await sr.pressUntil('Down', /push button/, 4);
      heard(cancelledHeard, /^Đã hủy\.?$/, 'the "Đã hủy" mark beside the time');
      heard(cancelledHeard, new RegExp(`^${literal(cancelled.title).source} ?, Đã hủy (collapsed )?push button`), 'the cancelled event\'s button');

      // The month grid: Tab reaches today's cell; arrows move a day and a week.
      await sr.press('ctrl+Home');
      await sr.pressUntil('Tab', /^Lịch tháng toggle button/, 4);
      await sr.press('Return', {until: /pressed/});
      await shown(page, 'Tháng sau');
      await sr.press('t', {until: /table/});
      const today = await sr.pressUntil('Tab', /\(hôm nay\)/, 3);
      heard(today, literal(await dayLabel(page, key(tuesday))), 'today\'s cell, by Tab');
      const right = await sr.press('Right', {until: literal(vi(tuesday, 1))});
      heard(right, new RegExp(`Thứ Tư, ${vi(tuesday, 1)}, (không có sự kiện|\\d+ sự kiện)`), 'Right: Wednesday, with its event count');
      heard(right, literal(await dayLabel(page, key(tuesday, 1))), 'Right: the next day, as the grid labels it');
      const third = await sr.press('Right', {until: literal(vi(tuesday, 2))});
      heard(third, new RegExp(`Thứ Năm, ${vi(tuesday, 2)}, 1 sự kiện`), 'Right again: Thursday, one event (the weekly session)');
      const week = await sr.press('Down', {until: literal(vi(tuesday, 9))});
      heard(week, new RegExp(`Thứ Năm, ${vi(tuesday, 9)}, (không có sự kiện|\\d+ sự kiện)`), 'Down: a week later, with its event count');
      heard(week, literal(await dayLabel(page, key(tuesday, 9))), 'Down: a week later, as the grid labels it');
      const chosen = await sr.press('Return', {until: new RegExp(`${vi(tuesday, 9)}: \\d+ sự kiện`)});
      heard(chosen, new RegExp(`Thứ Năm, ${vi(tuesday, 9)}: \\d+ sự kiện\\.`), 'Return: the day chosen, with its count');
    },
  },
];
