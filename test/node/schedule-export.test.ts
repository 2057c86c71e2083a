import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {eventToIcs, exportUid, foldLine, escapeText, icsFileName} from '../../src/schedule/ics-export.js';
import type {ScheduleEvent} from '../../src/schedule/event-model.js';

const window = {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z')};
const fixture = readFileSync(new URL('../fixtures/schedule/commune.ics', import.meta.url), 'utf8');

/** What must survive the round trip: everything a resident sees. */
const visible = (e: ScheduleEvent) => ({
  title: e.title,
  description: e.description,
  location: e.location,
  categories: e.categories,
  url: e.url,
  geo: e.geo,
  status: e.status,
  start: e.start.toISOString(),
  end: e.end.toISOString(),
  allDay: e.allDay,
});

test('every event of the fixture re-imports identically', async () => {
  const {events} = await parseCalendar(fixture, window);
  assert.ok(events.length > 20);
  for (const event of events) {
    const ics = eventToIcs(event, new Date('2025-09-01T00:00:00Z'));
    const again = await parseCalendar(ics, window);
    assert.equal(again.events.length, 1, event.key);
    assert.deepEqual(visible(again.events[0]), visible(event), event.key);
    assert.equal(again.events[0].uid, exportUid(event));
  }
});

test('awkward text survives: commas, semicolons, backslashes, new lines, long Vietnamese lines', async () => {
  const event: ScheduleEvent = {
    key: 'k',
    uid: 'odd;uid,1',
    title: 'Họp; bàn, \\ chuẩn bị "Ngày hội" – '.repeat(6).trim(),
    description: 'Dòng một\nDòng hai, có dấu phẩy; chấm phẩy\n\nĐoạn mới với chữ ký số và VNeID mức 2 cho người cao tuổi ở thôn Đông.',
    location: 'Nhà văn hóa, thôn Đông',
    categories: ['Người cao tuổi', 'A, B'],
    url: 'https://hoaloa.example/su-kien?id=1&x=2',
    geo: {lat: 16.4637, lon: 107.5909},
    status: 'cancelled',
    start: new Date('2025-10-09T01:00:00Z'),
    end: new Date('2025-10-09T04:00:00Z'),
    allDay: false,
    recurring: false,
  };
  const ics = eventToIcs(event);
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends in CRLF');
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);
  assert.match(ics, /DTSTART:20251009T010000Z/);
  assert.match(ics, /STATUS:CANCELLED/);
  const again = (await parseCalendar(ics, window)).events[0];
  assert.deepEqual(visible(again), visible(event));
  assert.equal(again.uid, 'odd;uid,1');
});

test('folding never splits a UTF-8 character, escaping follows RFC 5545', () => {
  const line = `SUMMARY:${'ệ'.repeat(60)}`;
  const folded = foldLine(line);
  assert.equal(folded.replace(/\r\n /g, ''), line);
  assert.ok(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75));
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
});

test('all-day events export as DATE values; recurring occurrences get their own UID', async () => {
  const {events} = await parseCalendar(fixture, window);
  const campaign = events.find((e) => e.uid === 'campaign@hoaloa.example')!;
  const ics = eventToIcs(campaign);
  assert.match(ics, /DTSTART;VALUE=DATE:20250930/);
  assert.match(ics, /DTEND;VALUE=DATE:20251030/);
  const weekly = events.find((e) => e.uid === 'weekly-thon1@hoaloa.example')!;
  assert.equal(exportUid(weekly), 'weekly-thon1@hoaloa.example-20251004T120000Z');
  assert.equal(icsFileName(campaign), 'chien-dich-30-ngay-binh-dan-hoc-vu-so-2025-09-30.ics');
});
