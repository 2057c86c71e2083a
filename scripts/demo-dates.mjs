// The demo pack must not age into nonsense (issue 16). The pack is written as
// seen at the end of November 2026: its news run up to then, its events go on
// into 2027. A demo built years later would show a commune whose news stopped
// long ago and whose calendar is empty, and the kiosk's clock check would
// take the newest news for a sign that the kiosk's own clock is wrong.
//
// So the build moves the pack's news and event dates by whole weeks, so that
// the build date falls where "today" is in the pack: mid-campaign. Whole weeks
// keep every weekday right (the Tuesday evening session stays on a Tuesday).
// Only the copies the build writes (dist/kiosk/content/, dist/demo/content/
// and the demo pages made from the pack) move; the sources never change. A
// build in November or December 2026, the pack's own time, moves nothing.
// The guides' dateModified never moves: it records a real review.
//
// What moves:
// - JSON Feed (news*.json): each item's date_published and date_modified,
//   the wall time and offset kept as written;
// - iCalendar (*.ics), through ical.js: DTSTART, DTEND, DUE, RECURRENCE-ID,
//   EXDATE, RDATE, an absolute TRIGGER, DTSTAMP, CREATED, LAST-MODIFIED and
//   an RRULE's UNTIL, in every component but VTIMEZONE (a zone's rules are
//   not dates of the pack). A series on days of the month or year (MONTHLY,
//   YEARLY, or BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS, or an
//   ordinal BYDAY such as 2SU) would leave its rule if its start moved by
//   weeks: it keeps its start, its exceptions and its days (the 25th stays the
//   25th, 10/10 stays 10/10), and only its UNTIL moves, so it runs as long
//   after the build as before.
// Dates written in the text of news and events ("tối thứ Ba 8/12/2026") do not move.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import ICAL from 'ical.js';
import {buildDate} from './guide-sources.mjs';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** "Today" in the pack as written: its newest news are days old, its events are ahead. */
export const PACK_TODAY = '2026-11-30';
/** A build from the first day up to (not including) the second moves nothing: the pack's own time. */
export const PACK_SPAN = ['2026-11-01', '2027-01-01'];

const vietnamDay = (day, time = '00:00') => Date.parse(`${day}T${time}:00+07:00`);

/**
 * How many weeks the build moves the pack: none in PACK_SPAN, else the whole
 * weeks that bring PACK_TODAY nearest the build date (within 3½ days).
 * Deterministic: the build date is SOURCE_DATE_EPOCH when set (guide-sources.mjs).
 */
export function shiftWeeks(date = buildDate()) {
  const t = date.getTime();
  if (!Number.isFinite(t)) return 0;
  if (t >= vietnamDay(PACK_SPAN[0]) && t < vietnamDay(PACK_SPAN[1])) return 0;
  return Math.round((t - vietnamDay(PACK_TODAY, '12:00')) / WEEK_MS);
}

/**
 * An ISO 8601 date or date-time ("2026-11-20T16:30:00+07:00", "2026-11-20")
 * moved by whole weeks, its time and offset kept as written. Anything else is
 * returned as it is.
 */
export function shiftIsoDate(value, weeks) {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value) : null;
  if (!m || !weeks) return value;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 7 * weeks));
  return `${day.toISOString().slice(0, 10)}${m[4] ?? ''}`;
}

/** A JSON Feed with every item's date_published and date_modified moved (a copy; `feed` is left alone). */
export function shiftFeed(feed, weeks) {
  if (!weeks || !Array.isArray(feed?.items)) return feed;
  return {
    ...feed,
    items: feed.items.map((item) => {
      const moved = {...item};
      for (const key of ['date_published', 'date_modified']) if (key in item) moved[key] = shiftIsoDate(item[key], weeks);
      return moved;
    }),
  };
}

/** The date properties that move with the pack (an RRULE's UNTIL moves too, see shiftCalendar). */
const DATE_PROPERTIES = ['dtstart', 'dtend', 'due', 'recurrence-id', 'exdate', 'rdate', 'trigger', 'dtstamp', 'created', 'last-modified'];
/** When the entry was written, not when it happens: moves for every entry. */
const STAMPS = new Set(['dtstamp', 'created', 'last-modified']);

/** True when a recurrence rule names days of the month or year, which moving by weeks would break. */
function onCalendarDays(recur) {
  if (!['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY'].includes(recur.freq)) return true;
  const parts = recur.parts ?? {};
  if (['BYMONTHDAY', 'BYMONTH', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS'].some((part) => parts[part]?.length)) return true;
  return (parts.BYDAY ?? []).some((day) => /^[+-]?\d/.test(day));
}

function shiftTime(time, weeks) {
  const moved = time.clone();
  moved.adjust(7 * weeks, 0, 0, 0);
  return moved;
}

function shiftValue(value, weeks) {
  if (value instanceof ICAL.Time) return shiftTime(value, weeks);
  if (value instanceof ICAL.Period) {
    const period = value.clone();
    period.start = shiftTime(period.start, weeks);
    if (period.end) period.end = shiftTime(period.end, weeks);
    return period;
  }
  if (value instanceof ICAL.Recur && value.until) {
    const recur = value.clone();
    recur.until = shiftTime(value.until, weeks);
    return recur;
  }
  return value;
}

function shiftComponent(component, weeks, keepDays) {
  for (const property of component.getAllProperties()) {
    const name = property.name;
    const moves = name === 'rrule' || (DATE_PROPERTIES.includes(name) && (STAMPS.has(name) || !keepDays));
    if (!moves) continue;
    const values = property.getValues().map((value) => shiftValue(value, weeks));
    if (values.length > 1) property.setValues(values);
    else if (values.length) property.setValue(values[0]);
  }
  for (const child of component.getAllSubcomponents()) shiftComponent(child, weeks, keepDays);
}

/**
 * An iCalendar text with its events moved by whole weeks (see the top of
 * this file), through ical.js; the same text when `weeks` is 0.
 */
export function shiftCalendar(ics, weeks) {
  if (!weeks) return ics;
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const entries = calendar.getAllSubcomponents().filter((c) => c.name !== 'vtimezone');
  // The series on calendar days, by UID: their exceptions (RECURRENCE-ID) keep their days too.
  const keepDays = new Set(
    entries.filter((c) => c.getAllProperties('rrule').some((p) => onCalendarDays(p.getFirstValue()))).map((c) => c.getFirstPropertyValue('uid'))
  );
  for (const entry of entries) shiftComponent(entry, weeks, keepDays.has(entry.getFirstPropertyValue('uid')));
  return calendar.toString();
}

/**
 * Moves the news and events of a copied content pack in place: every JSON
 * Feed (`*.json` with items) and every `*.ics` at the top of `dir`. The
 * guides (guides/) and the rest are left as they are. Returns the files changed.
 */
export function shiftPackDir(dir, weeks) {
  if (!weeks || !existsSync(dir)) return [];
  const changed = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (name.endsWith('.ics')) {
      writeFileSync(file, shiftCalendar(readFileSync(file, 'utf8'), weeks));
      changed.push(name);
    } else if (name.endsWith('.json')) {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(data?.items) || !String(data.version ?? '').includes('jsonfeed.org')) continue;
      writeFileSync(file, `${JSON.stringify(shiftFeed(data, weeks), null, 2)}\n`);
      changed.push(name);
    }
  }
  return changed;
}
