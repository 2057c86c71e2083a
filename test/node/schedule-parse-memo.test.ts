// parse-calendar.ts keeps its last parse: the kiosk reads one calendar for its
// highlights and again each time the events screen opens, on slow PCs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {expansionWindowAt} from '../../src/schedule/event-model.js';

const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//VI', 'BEGIN:VEVENT', 'UID:a@t', 'DTSTAMP:20261101T000000Z',
  'DTSTART:20261201T010000Z', 'DTEND:20261201T020000Z', 'SUMMARY:Lớp học', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

test('two readers on the same day share one parse of the same calendar', async () => {
  const morning = expansionWindowAt(new Date('2026-11-30T01:00:00Z'));
  const evening = expansionWindowAt(new Date('2026-11-30T20:00:00Z'));
  assert.deepEqual([morning.start, morning.end], [evening.start, evening.end]);
  const first = parseCalendar(ICS, morning);
  assert.equal((await first).events[0].title, 'Lớp học');
  assert.equal(parseCalendar(ICS, evening), first);
  // Another day, another text or another base: parsed afresh.
  assert.notEqual(parseCalendar(ICS, expansionWindowAt(new Date('2026-12-01T01:00:00Z'))), first);
  assert.notEqual(parseCalendar(`${ICS}\r\n`, morning), first);
});

test('a failed parse is not kept', async () => {
  const window = expansionWindowAt(new Date('2026-11-30T01:00:00Z'));
  const bad = parseCalendar('not a calendar', window);
  await assert.rejects(bad);
  assert.notEqual(parseCalendar('not a calendar', window), bad);
  await assert.rejects(parseCalendar('not a calendar', window));
});

test('a calendar with occurrences left out is shared only with a reader of the same focus (it decides which were kept)', async () => {
  const minutely = ICS.replace('SUMMARY:Lớp học', 'SUMMARY:Mỗi phút\r\nRRULE:FREQ=MINUTELY');
  const morning = expansionWindowAt(new Date('2026-11-30T01:00:00Z'));
  const first = parseCalendar(minutely, morning);
  assert.equal((await first).truncated, true);
  assert.equal(parseCalendar(minutely, morning), first);
  assert.notEqual(parseCalendar(minutely, expansionWindowAt(new Date('2026-11-30T20:00:00Z'))), first);
});
