import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {ContentError} from '../../src/core/content-error.js';
import type {ScheduleEvent} from '../../src/schedule/event-model.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/schedule/${name}`, import.meta.url), 'utf8');
const window = {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z')};
const iso = (events: ScheduleEvent[]) => events.map((e) => e.start.toISOString());
const byUid = (events: ScheduleEvent[], uid: string) => events.filter((e) => e.uid === uid);

test('a weekly series with COUNT, EXDATE and a RECURRENCE-ID override', async () => {
  const {events} = await parseCalendar(fixture('commune.ics'), window);
  const weekly = byUid(events, 'weekly-thon1@hoaloa.example');
  // Saturdays 19:00 in Vietnam (12:00Z), 8 by COUNT; 18 Oct excluded; 25 Oct moved to Sunday 26 at 08:00.
  assert.deepEqual(iso(weekly), [
    '2025-10-04T12:00:00.000Z',
    '2025-10-11T12:00:00.000Z',
    '2025-10-26T01:00:00.000Z',
    '2025-11-01T12:00:00.000Z',
    '2025-11-08T12:00:00.000Z',
    '2025-11-15T12:00:00.000Z',
    '2025-11-22T12:00:00.000Z',
  ]);
  assert.equal(weekly[0].end.toISOString(), '2025-10-04T13:30:00.000Z', 'DURATION:PT1H30M');
  assert.equal(weekly[2].title, 'Tổ công nghệ số cộng đồng – thôn Đông (dời sang Chủ nhật)');
  assert.equal(weekly[2].end.toISOString(), '2025-10-26T02:30:00.000Z');
  assert.ok(weekly.every((e) => e.recurring));
  assert.equal(new Set(weekly.map((e) => e.key)).size, weekly.length, 'each occurrence has its own key');
});

test('Asia/Saigon without a VTIMEZONE, UNTIL in UTC and an RDATE', async () => {
  const {events} = await parseCalendar(fixture('commune.ics'), window);
  assert.deepEqual(iso(byUid(events, 'elderly@hoaloa.example')), [
    '2025-10-07T07:00:00.000Z',
    '2025-10-14T07:00:00.000Z',
    '2025-10-21T07:00:00.000Z',
    '2025-10-28T07:00:00.000Z',
    '2025-10-30T07:00:00.000Z',
  ]);
  const rdate = byUid(events, 'elderly@hoaloa.example')[4];
  assert.equal(rdate.end.getTime() - rdate.start.getTime(), 2 * 3600_000, 'an RDATE keeps the series duration');
});

test('UTC, floating times and monthly BYMONTHDAY=-1', async () => {
  const {events} = await parseCalendar(fixture('commune.ics'), window);
  assert.deepEqual(iso(byUid(events, 'disabled@hoaloa.example')), ['2025-10-08T02:00:00.000Z']);
  // Floating 17:00 is 17:00 in Vietnam.
  assert.deepEqual(iso(byUid(events, 'deadline@hoaloa.example')), ['2025-10-31T10:00:00.000Z', '2025-11-30T10:00:00.000Z', '2025-12-31T10:00:00.000Z']);
});

test('all-day, multi-day and yearly events', async () => {
  const {events} = await parseCalendar(fixture('commune.ics'), window);
  const [campaign] = byUid(events, 'campaign@hoaloa.example');
  assert.equal(campaign.allDay, true);
  assert.equal(campaign.start.toISOString(), '2025-09-29T17:00:00.000Z', 'midnight of 30/9 in Vietnam');
  assert.equal((campaign.end.getTime() - campaign.start.getTime()) / 86_400_000, 30);
  assert.deepEqual(iso(byUid(events, 'festival@hoaloa.example')), ['2025-10-09T17:00:00.000Z', '2026-10-09T17:00:00.000Z', '2027-10-09T17:00:00.000Z']);
});

test('properties: text from HTML, categories, geo, url, cancelled status', async () => {
  const schedule = await parseCalendar(fixture('commune.ics'), window);
  assert.equal(schedule.name, 'Lịch xã Hòa Loa (thử nghiệm)');
  assert.equal(schedule.skipped, 0);
  const [launch] = byUid(schedule.events, 'launch@hoaloa.example');
  assert.equal(launch.description, 'Mời toàn thể bà con dự lễ.');
  assert.deepEqual(launch.categories, ['Sự kiện lớn', 'Toàn dân']);
  assert.deepEqual(launch.geo, {lat: 16.4637, lon: 107.5909});
  assert.equal(launch.url, 'https://hoaloa.example/su-kien/phat-dong');
  assert.equal(launch.start.toISOString(), '2025-09-30T01:00:00.000Z');
  const [cancelled] = byUid(schedule.events, 'cancelled@hoaloa.example');
  assert.equal(cancelled.status, 'cancelled', 'cancelled events are kept and marked');
  assert.equal(launch.status, 'confirmed');
  const sorted = [...schedule.events].sort((a, b) => a.start.getTime() - b.start.getTime());
  assert.deepEqual(iso(schedule.events), iso(sorted));
});

test('only occurrences inside the window are expanded', async () => {
  const narrow = {start: new Date('2025-11-01T00:00:00Z'), end: new Date('2025-11-30T00:00:00Z')};
  const {events} = await parseCalendar(fixture('commune.ics'), narrow);
  assert.deepEqual(iso(byUid(events, 'weekly-thon1@hoaloa.example')), ['2025-11-01T12:00:00.000Z', '2025-11-08T12:00:00.000Z', '2025-11-15T12:00:00.000Z', '2025-11-22T12:00:00.000Z']);
  assert.equal(byUid(events, 'festival@hoaloa.example').length, 0);
});

test('an unbounded weekly rule stops at the window end', async () => {
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:u', 'DTSTAMP:20250101T000000Z', 'DTSTART:20250106T010000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Họp', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const {events} = await parseCalendar(ics, {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2025-12-31T23:59:59Z')});
  assert.equal(events.length, 52);
});

test('a broken event is skipped, the rest shown', async () => {
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:bad', 'SUMMARY:No start', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:good', 'DTSTART:20250106T010000Z', 'SUMMARY:Tốt', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const schedule = await parseCalendar(ics, window);
  assert.deepEqual(schedule.events.map((e) => e.uid), ['good']);
  assert.equal(schedule.skipped, 1);
});

test('one unreadable line does not hide the rest of the calendar', async () => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x',
    // "=" for ":" (hand-edited): the line goes, the event stays.
    'BEGIN:VEVENT', 'UID:typo', 'DTSTART:20250106T010000Z', 'SUMMARY:Họp thôn', 'LOCATION=Nhà văn hóa', 'END:VEVENT',
    // An unreadable rule: the event cannot be placed, so it is dropped and counted, not shown once.
    'BEGIN:VEVENT', 'UID:bad-rule', 'DTSTART:20250107T010000Z', 'RRULE:FREQ=SOMETIMES', 'SUMMARY:Lớp học', 'END:VEVENT',
    // A component left open at the end of the file.
    'BEGIN:VEVENT', 'UID:open', 'DTSTART:20250108T010000Z', 'SUMMARY:Cuối tệp',
  ].join('\r\n');
  const schedule = await parseCalendar(ics, window);
  assert.deepEqual(schedule.events.map((e) => [e.uid, e.title]), [['typo', 'Họp thôn'], ['open', 'Cuối tệp']]);
  assert.equal(schedule.events[0].location, '');
  assert.equal(schedule.skipped, 1);
});

test('distinct errors for what is not a calendar', async () => {
  const kind = async (text: string) => {
    try {
      await parseCalendar(text, window);
      return 'parsed';
    } catch (error) {
      assert.ok(error instanceof ContentError);
      return `${error.kind}:${error.detail.split(':')[0]}`;
    }
  };
  assert.equal(await kind('<!doctype html><html></html>'), 'format:HTML');
  assert.equal(await kind('BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD'), 'format:VCARD');
  assert.equal(await kind(''), 'invalid:empty');
  assert.equal(await kind('{"oops": '), 'invalid:JSON');
  assert.match(await kind('BEGIN:VCALENDAR\r\nthis is not ical'), /^invalid:/);
});

test('jCal is read like iCalendar', async () => {
  const jcal = JSON.stringify(['vcalendar', [['version', {}, 'text', '2.0']], [['vevent', [['uid', {}, 'text', 'j1'], ['dtstart', {}, 'date-time', '2025-10-10T08:00:00'], ['summary', {}, 'text', 'Từ jCal']], []]]]);
  const {events} = await parseCalendar(jcal, window);
  assert.equal(events[0].title, 'Từ jCal');
  assert.equal(events[0].start.toISOString(), '2025-10-10T01:00:00.000Z');
});

test('the demo commune calendar (demo/content/events.ics)', async (t) => {
  let text: string;
  try {
    text = readFileSync(new URL('../../demo/content/events.ics', import.meta.url), 'utf8');
  } catch {
    t.skip('demo/content/events.ics is not there yet');
    return;
  }
  const schedule = await parseCalendar(text, window);
  assert.equal(schedule.skipped, 0);
  const launch = schedule.events.find((e) => /phát động/i.test(e.title))!;
  assert.equal(launch.start.toISOString(), '2025-09-30T01:00:00.000Z', 'launch at 08:00 in Vietnam on 30/9/2025');
  const festival = schedule.events.filter((e) => /Ngày hội toàn dân học tập số/.test(e.title));
  assert.ok(festival.length >= 2, 'the yearly 10/10 festival repeats');
  assert.ok(festival.every((e) => e.start.toISOString().slice(5, 10) === '10-10' || e.start.toISOString().slice(5, 10) === '10-09'));
  assert.ok(schedule.events.some((e) => e.status === 'cancelled' && e.start.toISOString().startsWith('2026-12')), 'a cancelled event in December 2026');
  const weekly = schedule.events.filter((e) => e.recurring && /thôn Đông/.test(e.title));
  assert.ok(weekly.length > 40);
  assert.ok(!weekly.some((e) => e.start.toISOString().startsWith('2026-02-17')), 'EXDATE of 17/2/2026 honoured');
  assert.ok(weekly.some((e) => e.start.toISOString() === '2026-12-12T01:00:00.000Z'), 'RECURRENCE-ID override of 8/12/2026 moved to 12/12 08:00');
  assert.ok(!weekly.some((e) => e.start.toISOString() === '2026-12-08T11:30:00.000Z'));
});
