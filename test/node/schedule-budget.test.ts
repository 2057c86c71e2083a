import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {MAX_OCCURRENCES, OccurrenceBudget} from '../../src/schedule/occurrence-budget.js';
import {firstPage, type DayGroup} from '../../src/schedule/schedule-view.js';
import type {ScheduleEvent} from '../../src/schedule/event-model.js';

/*
 * Calendars that repeat too often: a global budget of occurrences, kept
 * nearest the reader's now, a flag the element puts into words, and no
 * stack overflow however many occurrences a file asks for.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/schedule/${name}`, import.meta.url), 'utf8');
const now = new Date('2025-10-05T02:00:00Z');
// The element's window: a year back, two years ahead, kept from now.
const window = {start: new Date(now.getTime() - 366 * 86_400_000), end: new Date(now.getTime() + 2 * 366 * 86_400_000), focus: now};

function event(start: string, minutes = 60, title = 'x'): ScheduleEvent {
  const begin = new Date(start);
  return {key: `${title}@${start}`, uid: title, title, description: '', location: '', categories: [], status: 'confirmed', start: begin, end: new Date(begin.getTime() + minutes * 60_000), allDay: false, recurring: true};
}

test('8 events repeating every minute, without end: the budget nearest now, flagged, in seconds', async () => {
  const started = performance.now();
  const schedule = await parseCalendar(fixture('minutely.ics'), window);
  const took = performance.now() - started;
  assert.equal(schedule.events.length, MAX_OCCURRENCES);
  assert.equal(schedule.truncated, true);
  assert.equal(schedule.skipped, 0);
  // Kept from now on: no past occurrence takes the room of one to come.
  assert.equal(schedule.events[0].start.toISOString(), '2025-10-05T02:00:00.000Z');
  // Five series run by then (1–5 Oct), the sixth from 6 Oct 00:00Z: 10,000 minutes' worth ends on 6 Oct.
  assert.ok(schedule.events.at(-1)!.start.toISOString().startsWith('2025-10-06'), schedule.events.at(-1)!.start.toISOString());
  const starts = schedule.events.map((e) => e.start.getTime());
  assert.ok(starts.every((t, i) => i === 0 || starts[i - 1] <= t), 'sorted by start');
  assert.equal(new Set(schedule.events.map((e) => e.key)).size, schedule.events.length, 'no occurrence twice');
  assert.ok(took < 10_000, `took ${took.toFixed(0)} ms`);
});

test('without a focus the budget keeps the earliest occurrences of the window', async () => {
  const {events, truncated} = await parseCalendar(fixture('minutely.ics'), {start: window.start, end: window.end});
  assert.equal(truncated, true);
  assert.equal(events.length, MAX_OCCURRENCES);
  assert.equal(events[0].start.toISOString(), '2025-10-01T00:00:00.000Z');
});

test('a rule still going when its step cap runs out is flagged, not silently cut', async () => {
  // Every minute since 2020: 20,000 steps end long before the window does.
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:old', 'DTSTAMP:20200101T000000Z', 'DTSTART:20200101T000000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Cũ', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:ok', 'DTSTART:20251010T010000Z', 'SUMMARY:Họp', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const schedule = await parseCalendar(ics, window);
  assert.equal(schedule.truncated, true);
  assert.deepEqual(schedule.events.map((e) => e.uid), ['ok']);
});

test('an ordinary calendar is not flagged', async () => {
  const schedule = await parseCalendar(fixture('commune.ics'), window);
  assert.ok(schedule.events.length > 10);
  assert.equal(schedule.truncated, false);
});

test('schema.org JSON with more events than the budget keeps those from now', async () => {
  const items = Array.from({length: MAX_OCCURRENCES + 500}, (_, i) => ({
    '@type': 'Event',
    name: `Sự kiện ${i}`,
    startDate: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000).toISOString(),
  }));
  const schedule = await parseCalendar(JSON.stringify(items), window);
  assert.equal(schedule.events.length, MAX_OCCURRENCES);
  assert.equal(schedule.truncated, true);
  assert.ok(schedule.events.some((e) => e.start >= now), 'what is to come is kept');
  assert.equal(schedule.events.at(-1)!.title, `Sự kiện ${MAX_OCCURRENCES + 499}`);
});

test('OccurrenceBudget: the earliest ahead of `from`, then the latest before it, in any order of arrival', () => {
  const budget = new OccurrenceBudget(Date.parse('2025-10-05T00:00:00Z'), 3);
  const added = ['2025-10-09', '2025-10-01', '2025-10-07', '2025-10-05', '2025-10-08', '2025-10-06', '2025-10-02', '2025-10-03'].map((d) => budget.add(event(`${d}T01:00:00Z`)));
  assert.ok(added.every(Boolean), 'nothing is past a horizon until the budget is full twice over');
  assert.deepEqual(budget.events().map((e) => e.start.toISOString().slice(0, 10)), ['2025-10-05', '2025-10-06', '2025-10-07']);
  assert.equal(budget.truncated, true);

  const roomy = new OccurrenceBudget(Date.parse('2025-10-05T00:00:00Z'), 4);
  for (const d of ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06']) roomy.add(event(`${d}T01:00:00Z`));
  assert.deepEqual(roomy.events().map((e) => e.start.toISOString().slice(0, 10)), ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06']);
  assert.equal(roomy.truncated, false);

  const tight = new OccurrenceBudget(Date.parse('2025-10-05T00:00:00Z'), 2);
  for (const d of ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06']) tight.add(event(`${d}T01:00:00Z`));
  assert.deepEqual(tight.events().map((e) => e.start.toISOString().slice(0, 10)), ['2025-10-03', '2025-10-06'], 'the latest past one fills the room left');
});

test('OccurrenceBudget: once full, a horizon turns away what cannot be kept', () => {
  const budget = new OccurrenceBudget(0, 2);
  for (const d of ['2025-10-04', '2025-10-03', '2025-10-02', '2025-10-01']) budget.add(event(`${d}T01:00:00Z`));
  assert.equal(budget.horizon, Date.parse('2025-10-02T01:00:00Z'));
  assert.equal(budget.add(event('2025-10-05T01:00:00Z')), false);
  assert.equal(budget.add(event('2025-09-30T01:00:00Z')), true);
  assert.deepEqual(budget.events().map((e) => e.start.toISOString().slice(0, 10)), ['2025-09-30', '2025-10-01']);
});

test('firstPage: days, and no more events than the page holds', () => {
  const day = (key: string, n: number): DayGroup => ({key, events: Array.from({length: n}, (_, i) => event(`${key}T01:${String(i % 60).padStart(2, '0')}:00Z`, 1, `e${i}`))});
  const groups = [day('2025-10-05', 3), day('2025-10-06', 5000), day('2025-10-07', 2)];
  const quiet = firstPage(groups, 10, 10_000);
  assert.equal(quiet.more, false);
  assert.equal(quiet.groups.length, 3);
  const dense = firstPage(groups, 10, 200);
  assert.deepEqual(dense.groups.map((g) => g.events.length), [3, 197]);
  assert.equal(dense.more, true);
  const twoDays = firstPage(groups.slice(0, 1).concat(groups.slice(2)), 1);
  assert.deepEqual(twoDays.groups.map((g) => g.key), ['2025-10-05']);
  assert.equal(twoDays.more, true);
  assert.deepEqual(firstPage([], 10), {groups: [], more: false});
});

test('no argument spread into push() in the widgets, core and kiosk code', () => {
  // push(...list) passes every item as an argument: a large list overflows the stack.
  const roots = ['src/schedule', 'src/howto', 'src/core', 'src/news', 'kiosk/src'].map((dir) => new URL(`../../${dir}`, import.meta.url).pathname);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const offenders = roots
    .flatMap(walk)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => [`${file}:${i + 1}`, line] as const))
    .filter(([, line]) => /\.push\(\.\.\./.test(line) && !/^\s*(\*|\/\/)/.test(line));
  assert.deepEqual(offenders.map(([where]) => where), []);
});
