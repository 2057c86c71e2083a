// The attract screen's "next event" reads the calendar the way <loa-schedule>
// does: a cancelled event is never advertised, a moved occurrence shows at its
// new time.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {nextEvent} from '../../kiosk/src/content-sync.js';

const ics = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test',
  'BEGIN:VEVENT', 'UID:cancelled', 'DTSTART:20261203T010000Z', 'SUMMARY:Buổi đã hủy', 'STATUS:CANCELLED', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:weekly', 'DTSTART:20261101T010000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Lớp kỹ năng số', 'LOCATION:Nhà văn hóa', 'END:VEVENT',
  // This week's class moved from Sunday 6 December to Monday 7 December.
  'BEGIN:VEVENT', 'UID:weekly', 'RECURRENCE-ID:20261206T010000Z', 'DTSTART:20261207T020000Z', 'SUMMARY:Lớp kỹ năng số (dời)', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

test('the next event skips cancelled ones and follows moved occurrences', async () => {
  // Wednesday 2 December: the cancelled meeting (Thursday) is skipped; Sunday's class moved to Monday.
  const next = await nextEvent(ics, new Date('2026-12-02T00:00:00Z'));
  assert.deepEqual(next, {title: 'Lớp kỹ năng số (dời)', start: new Date('2026-12-07T02:00:00Z'), location: undefined});
});

test('no upcoming event, no highlight', async () => {
  assert.equal(await nextEvent(ics.replace('RRULE:FREQ=WEEKLY', 'RRULE:FREQ=WEEKLY;COUNT=2'), new Date('2026-12-02T00:00:00Z')), undefined);
});
