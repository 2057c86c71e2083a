// The demo pack must not age into nonsense (issue 16): the build moves the
// copied pack's news and event dates by whole weeks so that the build date
// falls mid-campaign (scripts/demo-dates.mjs). Weekdays stay right, the
// calendar stays valid iCalendar, the sources and the guides' review dates
// never move, and a build in the pack's own time (late 2026) moves nothing.
// Run: node --import tsx --test test/node/demo-dates.test.ts
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ICAL from 'ical.js';
import {PACK_TODAY, shiftCalendar, shiftFeed, shiftIsoDate, shiftPackDir, shiftWeeks} from '../../scripts/demo-dates.mjs';
import {buildDate} from '../../scripts/guide-sources.mjs';
import {loadContentPack, upcomingOccurrences} from '../../scripts/demo-pages/content-pack.js';

const CONTENT = fileURLToPath(new URL('../../demo/content/', import.meta.url));
const read = (name: string) => readFileSync(join(CONTENT, name), 'utf8');
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The weekday in Vietnam ("Tue"). */
const weekday = (iso: string) => new Intl.DateTimeFormat('en', {weekday: 'short', timeZone: 'Asia/Ho_Chi_Minh'}).format(new Date(iso.length === 10 ? `${iso}T12:00:00+07:00` : iso));

test('a build in the pack’s own time (November and December 2026) moves nothing', () => {
  for (const when of ['2026-11-01T00:00:00+07:00', '2026-11-30T08:52:00Z', '2026-12-31T23:59:00+07:00']) {
    assert.equal(shiftWeeks(new Date(when)), 0, when);
  }
});

test('a later or earlier build moves by the whole weeks that bring the pack’s today nearest the build date', () => {
  const today = Date.parse(`${PACK_TODAY}T12:00:00+07:00`);
  for (const when of ['2027-01-01T00:00:00+07:00', '2027-07-15T10:00:00+07:00', '2028-03-02T09:00:00+07:00', '2031-06-01T00:00:00Z', '2026-05-20T00:00:00Z']) {
    const weeks = shiftWeeks(new Date(when));
    assert.ok(Number.isInteger(weeks) && weeks !== 0, `${when}: ${weeks}`);
    assert.ok(Math.abs(today + weeks * WEEK - Date.parse(when)) <= 3.5 * DAY, `${when}: ${weeks} weeks`);
  }
  assert.equal(shiftWeeks(new Date('2027-01-01T00:00:00+07:00')), 5);
  assert.equal(shiftWeeks(new Date(NaN)), 0);
});

test('the build date is SOURCE_DATE_EPOCH when set, so a build is reproducible', () => {
  const epoch = String(Date.parse('2028-03-02T02:00:00Z') / 1000);
  assert.equal(shiftWeeks(buildDate({SOURCE_DATE_EPOCH: epoch})), shiftWeeks(new Date('2028-03-02T02:00:00Z')));
  assert.equal(shiftWeeks(buildDate({SOURCE_DATE_EPOCH: epoch})), 65);
});

test('an ISO date moves by whole weeks, its time and offset as written', () => {
  assert.equal(shiftIsoDate('2026-11-20T16:30:00+07:00', 5), '2026-12-25T16:30:00+07:00');
  assert.equal(shiftIsoDate('2026-12-24T08:00:00Z', 2), '2027-01-07T08:00:00Z');
  assert.equal(shiftIsoDate('2026-03-08', -10), '2025-12-28');
  assert.equal(shiftIsoDate('2026-11-20T16:30:00+07:00', 0), '2026-11-20T16:30:00+07:00');
  assert.equal(shiftIsoDate('hôm qua', 3), 'hôm qua');
  assert.equal(shiftIsoDate(undefined, 3), undefined);
});

for (const name of ['news.json', 'news.en.json']) {
  test(`${name}: every item moves by exactly the weeks, on the same weekday; nothing else changes`, () => {
    const feed = JSON.parse(read(name));
    const before = JSON.stringify(feed);
    const moved = shiftFeed(feed, 65);
    assert.equal(JSON.stringify(feed), before, 'the feed given is left alone');
    assert.equal(moved.items.length, feed.items.length);
    feed.items.forEach((item: Record<string, string>, i: number) => {
      const after = moved.items[i];
      assert.equal(Date.parse(after.date_published) - Date.parse(item.date_published), 65 * WEEK, item.id);
      assert.equal(weekday(after.date_published), weekday(item.date_published), item.id);
      assert.equal(after.date_published.slice(10), item.date_published.slice(10), 'time and offset as written');
      assert.deepEqual({...after, date_published: item.date_published}, item, 'only the dates move');
    });
    assert.equal(shiftFeed(feed, 0), feed);
  });
}

/** Series on days of the month or year in the demo calendars: they keep their days (see demo-dates.mjs). */
const CALENDAR_DAYS = ['ngay-hoi-toan-dan-hoc-tap-so', 'lop-nguoi-khuyet-tat', 'han-bao-cao-ket-qua'];
/** The UID's name, the same in both calendars ("han-bao-cao-ket-qua-en@hoaloa.example" → "han-bao-cao-ket-qua"). */
const uidName = (uid: string) => uid.replace(/(-en)?@.*$/, '');
const onCalendarDays = (uid: string) => CALENDAR_DAYS.includes(uidName(uid));

for (const name of ['events.ics', 'events.en.ics']) {
  test(`${name}: stays valid iCalendar; every event and exception moves by the weeks on its weekday, series on calendar days keep their days and run as long`, () => {
    const ics = read(name);
    assert.equal(shiftCalendar(ics, 0), ics, 'no move: the very same text');
    const weeks = 65;
    const moved = shiftCalendar(ics, weeks);
    const calendar = new ICAL.Component(ICAL.parse(moved));
    const original = new ICAL.Component(ICAL.parse(ics));
    // The zone's own rules are not dates of the pack.
    assert.equal(calendar.getFirstSubcomponent('vtimezone')!.toString(), original.getFirstSubcomponent('vtimezone')!.toString());
    assert.ok(moved.includes('DTSTART;TZID=Asia/Ho_Chi_Minh:'), 'times keep their zone');

    // Every occurrence in the half year after the pack's today, then after the build's.
    const from = new Date(`${PACK_TODAY}T00:00:00+07:00`);
    const before = upcomingOccurrences(ics, from, 200, 2000);
    const after = upcomingOccurrences(moved, new Date(from.getTime() + weeks * WEEK), 200, 2000);
    const key = (o: {uid: string; start: string; summary: string; cancelled: boolean}) => `${o.uid} ${o.start} ${o.summary} ${o.cancelled}`;
    const weekly = (list: typeof before) => list.filter((o) => !onCalendarDays(o.uid));
    assert.deepEqual(
      weekly(after).map(key),
      weekly(before).map((o) => key({...o, start: shiftIsoDate(o.start, weeks)})),
      'the same occurrences, weeks later: moved sessions, breaks and one-off events included'
    );
    assert.ok(weekly(after).length > 20, `${weekly(after).length} occurrences`);
    for (const o of weekly(after)) assert.equal(weekday(o.start), weekday(shiftIsoDate(o.start, -weeks)));
    // The Tuesday evening session that moved to a Saturday morning moved with its series.
    const movedSession = after.find((o) => uidName(o.uid) === 'to-cong-nghe-so-thon-dong' && o.start.endsWith('T08:00:00+07:00'));
    assert.equal(movedSession && weekday(movedSession.start), 'Sat');

    // Series on calendar days: the 25th of each month, 10/10 each year, the 2nd and 4th Sunday.
    const series = (name: string) => after.filter((o) => uidName(o.uid) === name).map((o) => o.start);
    assert.ok(series('han-bao-cao-ket-qua').length >= 5);
    for (const start of series('han-bao-cao-ket-qua')) assert.equal(start.slice(8, 10), '25');
    for (const start of series('lop-nguoi-khuyet-tat')) {
      assert.equal(weekday(start), 'Sun');
      assert.ok(['2', '4'].includes(String(Math.ceil(Number(start.slice(8, 10)) / 7))), start);
    }
    for (const start of series('ngay-hoi-toan-dan-hoc-tap-so')) assert.equal(start.slice(5, 10), '10-10');
    // …and their end moved with the pack, so they run as long after the build.
    const until = (c: ICAL.Component, name: string) =>
      (c.getAllSubcomponents('vevent').find((e) => uidName(String(e.getFirstPropertyValue('uid'))) === name)!.getFirstPropertyValue('rrule') as ICAL.Recur).until!.toJSDate().getTime();
    assert.equal(until(calendar, 'han-bao-cao-ket-qua') - until(original, 'han-bao-cao-ket-qua'), weeks * WEEK);
  });
}

test('shiftPackDir moves the copy’s news and calendars only: the guides, their review dates and the sources stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-pack-'));
  const sources = Object.fromEntries(readdirSync(CONTENT).filter((f) => /\.(json|ics)$/.test(f)).map((f) => [f, read(f)]));
  try {
    cpSync(CONTENT, dir, {recursive: true});
    assert.deepEqual(shiftPackDir(dir, 0), []);
    assert.deepEqual(shiftPackDir(dir, 65).sort(), ['events.en.ics', 'events.ics', 'news.en.json', 'news.json']);
    for (const file of ['commune.json', 'qr.json']) assert.equal(readFileSync(join(dir, file), 'utf8'), sources[file], file);
    for (const file of readdirSync(join(dir, 'guides')).filter((f) => f.endsWith('.json'))) {
      assert.equal(readFileSync(join(dir, 'guides', file), 'utf8'), readFileSync(join(CONTENT, 'guides', file), 'utf8'), `${file}: dateModified records a real review`);
    }
    const news = JSON.parse(readFileSync(join(dir, 'news.json'), 'utf8'));
    assert.equal(news.items[0].date_published, shiftIsoDate(JSON.parse(sources['news.json']).items[0].date_published, 65));
    for (const [file, text] of Object.entries(sources)) assert.equal(read(file), text, `demo/content/${file} is never rewritten`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('the demo pages read the pack moved as the copies are', () => {
  const weeks = 65;
  const now = new Date(Date.parse(`${PACK_TODAY}T12:00:00+07:00`) + weeks * WEEK);
  const pack = loadContentPack(CONTENT, now, weeks);
  const feed = JSON.parse(read('news.json'));
  assert.deepEqual(pack.feed.items.map((i) => i.date_published), feed.items.map((i: {date_published: string}) => shiftIsoDate(i.date_published, weeks)));
  const asWritten = loadContentPack(CONTENT, new Date(`${PACK_TODAY}T12:00:00+07:00`), 0);
  assert.ok(pack.upcoming.length > 0);
  assert.deepEqual(
    pack.upcoming.filter((o) => !onCalendarDays(o.uid)).map((o) => o.start).slice(0, 10),
    asWritten.upcoming.filter((o) => !onCalendarDays(o.uid)).map((o) => shiftIsoDate(o.start, weeks)).slice(0, 10)
  );
});
