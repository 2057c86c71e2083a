import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {countdown, countsByDay, DayGrouping, matchesFilters, monthWeeks, moveDay, nextEvent, pastByDay, upcomingByDay} from '../../src/schedule/schedule-view.js';

const window = {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z')};
const load = async () => (await parseCalendar(readFileSync(new URL('../fixtures/schedule/commune.ics', import.meta.url), 'utf8'), window)).events;
const now = new Date('2025-10-05T09:00:00+07:00');

test('filters: category, place and diacritic-free search', async () => {
  const events = await load();
  const titles = (f: Parameters<typeof matchesFilters>[1]) => [...new Set(events.filter((e) => matchesFilters(e, f)).map((e) => e.title))];
  assert.deepEqual(titles({categories: ['nguoi cao tuoi'], place: '', query: ''}), ['Lớp dùng điện thoại cho người cao tuổi']);
  assert.deepEqual(titles({categories: [], place: 'TRẠM Y TẾ XÃ', query: ''}), ['Lớp kỹ năng số cho người khuyết tật']);
  assert.deepEqual(titles({categories: [], place: '', query: 'huong dan vneid cho'}), ['Hướng dẫn cài VNeID mức 2 tại chợ']);
  assert.deepEqual(titles({categories: ['Người cao tuổi', 'Người khuyết tật'], place: '', query: ''}).sort(), ['Lớp dùng điện thoại cho người cao tuổi', 'Lớp kỹ năng số cho người khuyết tật']);
});

test('agenda grouping: ongoing under today, past most recent first', async () => {
  const events = await load();
  const upcoming = upcomingByDay(events, now);
  assert.equal(upcoming[0].key, '2025-10-05');
  assert.ok(upcoming[0].events.some((e) => e.uid === 'campaign@hoaloa.example'));
  const past = pastByDay(events, now);
  assert.deepEqual(past.map((g) => g.key), ['2025-10-04', '2025-09-30']);
});

test('DayGrouping: the same days as the functions, grouped once per list and minute, the past only when asked', async () => {
  const events = await load();
  const days = new DayGrouping();
  const first = days.of(events, now);
  assert.deepEqual(first.upcoming, upcomingByDay(events, now));
  assert.equal(first.hasPast, true);
  assert.deepEqual(first.past(), pastByDay(events, now));
  // Same list, same minute: the very same groups. Another minute or another list: grouped again.
  assert.equal(days.of(events, new Date(now.getTime() + 30_000)).upcoming, first.upcoming);
  assert.notEqual(days.of(events, new Date(now.getTime() + 60_000)).upcoming, first.upcoming);
  const later = new Date('2027-06-01T00:00:00+07:00');
  const all = days.of([...events], later);
  assert.deepEqual(all.upcoming, upcomingByDay(events, later));
  assert.equal(days.of([], now).hasPast, false);
});

test('month counts include every day a multi-day event covers', async () => {
  const counts = countsByDay(await load(), '2025-10');
  assert.equal(counts.get('2025-10-01'), 1); // the campaign
  assert.equal(counts.get('2025-10-07'), 2); // campaign + elderly class
  assert.equal(counts.get('2025-10-29'), 1); // last day of the campaign
  assert.equal(counts.get('2025-10-30'), 1); // the elderly RDATE only
});

test('month grid and keys', () => {
  const weeks = monthWeeks('2025-10');
  assert.deepEqual(weeks[0], [null, null, '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05']);
  assert.equal(weeks.length, 5);
  assert.equal(moveDay('2025-10-31', 'ArrowRight'), '2025-11-01');
  assert.equal(moveDay('2025-10-08', 'Home'), '2025-10-06');
  assert.equal(moveDay('2025-10-08', 'End'), '2025-10-12');
  assert.equal(moveDay('2025-01-31', 'PageDown'), '2025-02-28');
  assert.equal(moveDay('2025-03-31', 'PageUp'), '2025-02-28');
  assert.equal(moveDay('2025-10-08', 'x'), null);
});

test('next event and countdown in calendar days', async () => {
  const events = await load();
  const next = nextEvent(events, now)!;
  assert.equal(next.uid, 'elderly@hoaloa.example', 'not the campaign already under way');
  assert.deepEqual(countdown(next, now), {kind: 'days', days: 2});
  assert.equal(countdown(next, new Date('2025-10-06T23:30:00+07:00')).kind, 'tomorrow');
  assert.equal(countdown(next, new Date('2025-10-07T00:10:00+07:00')).kind, 'today');
  assert.equal(countdown(next, new Date('2025-10-07T15:00:00+07:00')).kind, 'ongoing');
});
