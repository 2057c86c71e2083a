import type ICALModule from 'ical.js';
import {ContentError} from '../core/content-error.js';
import {lazyPart} from '../core/lazy-part.js';
import {TIME_ZONE} from '../core/dates.js';
import {timeSlicer} from '../core/yield.js';
import type {EventStatus, ExpansionWindow, Schedule, ScheduleEvent} from './event-model.js';
import {salvageIcal} from './ical-salvage.js';
import {OccurrenceBudget} from './occurrence-budget.js';
import {checkWebUrl, webUrl} from '../core/urls.js';
import {plainLine, plainText, safeGeo} from './plain-text.js';
import {resolveZone, zoneOffset, zonedToInstant} from './zoned-time.js';

/*
 * iCalendar (RFC 5545) and jCal (RFC 7265) → the schedule model, with every
 * recurring event expanded inside a window of dates.
 *
 * ical.js is imported here, lazily: pages without a schedule never load it,
 * and it becomes its own chunk in the bundle. Like every chunk it is a
 * lazyPart, so a missing chunks/ical-….js is said in the reader's language.
 */

/** Vietnam's zone under both its names: UTC+7 without summer time since 1975. */
const VIETNAM_ZONES = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

/**
 * A broken rule (FREQ=SECONDLY with no end) must not hang the kiosk: no rule
 * is followed for more steps than this, in the window or before it. The
 * budget of occurrences across all events (occurrence-budget.ts) bounds the rest.
 */
const MAX_STEPS_PER_EVENT = 20_000;

type Ical = typeof ICALModule;
type Component = InstanceType<Ical['Component']>;
type IcalEvent = InstanceType<Ical['Event']>;
type Time = InstanceType<Ical['Time']>;

const icalChunk = lazyPart(() => import('ical.js'));

async function loadIcal(): Promise<Ical> {
  return (await icalChunk.load()).default;
}

/**
 * Parses iCalendar text; `base` (the calendar's address) resolves relative
 * URLs. Throws ContentError('invalid' | 'format') when it cannot.
 */
export async function parseIcal(text: string, window: ExpansionWindow, base?: string): Promise<Schedule> {
  const ICAL = await loadIcal();
  // One slicer for the whole read: parsing, checking and expanding each give
  // the main thread back once they have run for a while (core/yield.ts).
  const slice = timeSlicer();
  try {
    const jcal = ICAL.parse(text);
    await slice();
    return await scheduleFromJcal(ICAL, jcal, window, base, slice);
  } catch (strictError) {
    if (strictError instanceof ContentError) throw strictError;
    const invalid = new ContentError('invalid', strictError instanceof Error ? strictError.message : String(strictError));
    // One bad line should not hide the rest of the calendar: read what can be read,
    // but a file with nothing readable left is reported as broken, not as empty.
    let salvaged;
    try {
      salvaged = salvageIcal(ICAL, text);
    } catch {
      throw invalid;
    }
    const schedule = await scheduleFromJcal(ICAL, salvaged.jcal, window, base, slice);
    if (!schedule.events.length) throw invalid;
    return {...schedule, skipped: schedule.skipped + salvaged.droppedEvents};
  }
}

/** Reads jCal (the JSON form of iCalendar, RFC 7265). */
export async function parseJcal(data: unknown, window: ExpansionWindow, base?: string): Promise<Schedule> {
  return scheduleFromJcal(await loadIcal(), data, window, base, timeSlicer());
}

async function scheduleFromJcal(
  ICAL: Ical,
  jcal: unknown,
  window: ExpansionWindow,
  base: string | undefined,
  slice: () => Promise<void> | undefined
): Promise<Schedule> {
  // Several root components parse to an array of them; one parses to itself.
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const calendars: Component[] = [];
  let firstName = '';
  for (const root of roots) {
    if (!Array.isArray(root) || typeof root[0] !== 'string') continue;
    firstName ||= root[0];
    if (root[0].toLowerCase() === 'vcalendar') {
      try {
        calendars.push(new ICAL.Component(root as never));
      } catch (error) {
        throw new ContentError('invalid', error instanceof Error ? error.message : String(error));
      }
    }
  }
  roots.forEach(repairDates);
  await slice();
  if (!calendars.length) {
    throw new ContentError('format', firstName ? firstName.toUpperCase() : 'no VCALENDAR');
  }
  // One budget for every calendar in the file: it keeps the earliest occurrences.
  const budget = new OccurrenceBudget((window.focus ?? window.start).getTime());
  let skipped = 0;
  let refusedUrls = 0;
  let name = '';
  for (const calendar of calendars) {
    name ||= plainLine(safeValue(() => calendar.getFirstPropertyValue('x-wr-calname')));
    refusedUrls += checkUrls(calendar, base);
    await slice();
    skipped += await expandCalendar(ICAL, calendar, window, budget, slice);
  }
  return {events: budget.events(), skipped, name, window, truncated: budget.truncated, refusedUrls};
}

/**
 * Every event's URL through the one allowlist (core/urls.ts) before anything
 * reads it: a relative one is resolved against the calendar's own address,
 * one that is not http(s) (javascript:, data:…) is removed and counted.
 */
function checkUrls(calendar: Component, base: string | undefined): number {
  let refused = 0;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    for (const prop of vevent.getAllProperties('url')) {
      const check = checkWebUrl(safeValue(() => prop.getFirstValue()), base);
      if (check?.ok) {
        prop.setValue(check.href);
        continue;
      }
      vevent.removeProperty(prop);
      if (check) refused++;
    }
  }
  return refused;
}

/*
 * A TZID with no VTIMEZONE (common: "Asia/Saigon", "Asia/Ho_Chi_Minh", written
 * by hand or by small tools) leaves ical.js with floating times, and then an
 * UNTIL in UTC is compared with the wrong clock. For zones whose offset does
 * not change across the window (all of Vietnam since 1975), a one-line
 * VTIMEZONE is added so ical.js does the arithmetic right. Zones with summer
 * time are left floating and converted by name through Intl (see toInstant).
 */
function addMissingZones(ICAL: Ical, calendar: Component, window: ExpansionWindow): void {
  const defined = new Set(calendar.getAllSubcomponents('vtimezone').map((zone: Component) => String(safeValue(() => zone.getFirstPropertyValue('tzid')) ?? '')));
  const wanted = new Set<string>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    for (const prop of vevent.getAllProperties()) {
      const tzid = safeValue(() => prop.getParameter('tzid'));
      if (typeof tzid === 'string' && !defined.has(tzid)) wanted.add(tzid);
    }
  }
  for (const tzid of wanted) {
    const zone = resolveZone(tzid);
    const offset = zone === undefined ? undefined : constantOffset(zone, window);
    if (offset === undefined) continue;
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.abs(offset) / 60_000;
    const hhmm = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${hhmm}`, `TZOFFSETTO:${hhmm}`, 'END:STANDARD', 'END:VTIMEZONE', 'END:VCALENDAR'].join('\r\n');
    const vtimezone = safeValue(() => new ICAL.Component(ICAL.parse(text) as never).getFirstSubcomponent('vtimezone'));
    if (vtimezone) calendar.addSubcomponent(vtimezone);
  }
}

/** The zone's offset when it is the same at every sampled date of the window, else undefined. */
function constantOffset(zone: string, window: ExpansionWindow): number | undefined {
  if (VIETNAM_ZONES.has(zone)) return 7 * 3_600_000;
  const from = Math.min(window.start.getTime(), Date.UTC(1976, 0, 1));
  const to = window.end.getTime();
  const step = (to - from) / 200; // ≈ every few months: no summer time slips through
  const first = zoneOffset(from, zone);
  for (let t = from + step; t <= to; t += step) {
    if (zoneOffset(t, zone) !== first) return undefined;
  }
  return first;
}

/**
 * Expands every event into `budget`; returns how many events were skipped as
 * unreadable. The work is sliced so a long calendar never blocks input for long.
 */
async function expandCalendar(
  ICAL: Ical,
  calendar: Component,
  window: ExpansionWindow,
  budget: OccurrenceBudget,
  slice: () => Promise<void> | undefined
): Promise<number> {
  let skipped = 0;
  addMissingZones(ICAL, calendar, window);
  await slice();
  const masters = new Map<string, Component[]>();
  const exceptions = new Map<string, Component[]>();
  const standalone: Component[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    await slice();
    const uid = String(safeValue(() => vevent.getFirstPropertyValue('uid')) ?? '');
    const isException = vevent.hasProperty('recurrence-id');
    if (!uid) standalone.push(vevent);
    else push(isException ? exceptions : masters, uid, vevent);
  }
  for (const [uid, list] of masters) {
    for (const master of list) {
      await slice();
      if (absurdDuration(master)) {
        skipped++;
        continue;
      }
      try {
        const event = new ICAL.Event(master, {strictExceptions: false, exceptions: exceptions.get(uid) ?? []});
        await expandEvent(event, window, budget, slice);
      } catch {
        skipped++;
      }
    }
  }
  // An override whose series is not in the file is still an event on its own.
  for (const [uid, list] of exceptions) {
    if (!masters.has(uid)) for (const vevent of list) standalone.push(vevent);
  }
  for (const vevent of standalone) {
    await slice();
    try {
      const event = new ICAL.Event(vevent);
      const item = single(event, event.startDate, event.endDate, false);
      if (item && overlapsWindow(item, window)) budget.add(item);
    } catch {
      skipped++;
    }
  }
  return skipped;
}

/*
 * Writers that forget VALUE=DATE ("DTSTART:20220101") are common; ical.js then
 * reads a broken date-time. Such values are whole days, so they become DATEs.
 */
function repairDates(node: unknown): void {
  if (!Array.isArray(node) || typeof node[0] !== 'string') return;
  const [, properties, children] = node as [string, unknown[], unknown[]];
  if (Array.isArray(properties)) {
    for (const prop of properties) {
      if (!Array.isArray(prop) || prop[2] !== 'date-time') continue;
      for (let i = 3; i < prop.length; i++) {
        const value = prop[i];
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T::$/.test(value)) {
          prop[2] = 'date';
          prop[i] = value.slice(0, 10);
        }
      }
    }
  }
  if (Array.isArray(children)) children.forEach(repairDates);
}

/** A DURATION of billions of weeks makes ical.js's date arithmetic spin; no real event lasts a century. */
function absurdDuration(vevent: Component): boolean {
  const raw = (vevent.jCal[1] as unknown[][]).find((prop) => prop[0] === 'duration')?.[3];
  return typeof raw === 'string' && (raw.match(/\d+/g) ?? []).some((n) => Number(n) > 100_000);
}

/** Adds the event's occurrences inside the window to `budget`. */
async function expandEvent(event: IcalEvent, window: ExpansionWindow, budget: OccurrenceBudget, slice: () => Promise<void> | undefined): Promise<void> {
  if (!event.isRecurring()) {
    const item = single(event, event.startDate, event.endDate, false);
    if (item && overlapsWindow(item, window)) budget.add(item);
    return;
  }
  const iterator = event.iterator();
  const zone = tzidOf(event.component, 'dtstart');
  // Most occurrences have no override: their start is the rule's date and they
  // last as long as the series, which skips ical.js's costlier getOccurrenceDetails.
  const base = single(event, event.startDate, event.endDate, true);
  const lasts = base ? base.end.getTime() - base.start.getTime() : 0;
  // A series with overrides goes the long way for every occurrence: rare, and always right.
  const plain = base && !event.rangeExceptions.length && Object.keys(event.exceptions).length === 0;
  for (let step = 0; ; step++) {
    // One rule can take long (20,000 steps of ical.js): it gives the main thread back too.
    await slice();
    const next = iterator.next();
    if (!next) return;
    const start = toInstant(next, zone);
    // Past the window, or past the budget's horizon, where nothing more could be kept.
    if (start.getTime() > Math.min(window.end.getTime(), budget.horizon)) return;
    if (step === MAX_STEPS_PER_EVENT) {
      // The rule goes on before the window's end: the reader is told some was left out.
      budget.truncated = true;
      return;
    }
    if (plain) {
      const end = new Date(start.getTime() + lasts);
      if (end.getTime() < window.start.getTime()) continue;
      budget.add({...base, key: `${base.uid}@${start.toISOString()}`, start, end, allDay: next.isDate});
      continue;
    }
    const details = event.getOccurrenceDetails(next);
    const item = single(details.item, details.startDate, details.endDate, true, next);
    if (item && overlapsWindow(item, window)) budget.add(item);
  }
}

function single(event: IcalEvent, startTime: Time, endTime: Time | null, recurring: boolean, recurrenceId?: Time): ScheduleEvent | null {
  if (!startTime) throw new Error('DTSTART missing');
  const vevent = event.component;
  const allDay = startTime.isDate;
  const start = toInstant(startTime, tzidOf(vevent, 'dtstart'));
  let end = endTime ? toInstant(endTime, tzidOf(vevent, vevent.hasProperty('dtend') ? 'dtend' : 'dtstart')) : start;
  if (allDay && end.getTime() <= start.getTime()) end = new Date(start.getTime() + 86_400_000);
  if (end.getTime() < start.getTime()) end = start;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new Error('bad date');
  const fields = fieldsOf(vevent, start);
  const originalStart = recurrenceId ? toInstant(recurrenceId, tzidOf(vevent, 'dtstart')) : start;
  return {
    key: `${fields.uid}@${originalStart.toISOString()}`,
    ...fields,
    start,
    end,
    allDay,
    recurring,
  };
}

type Fields = Pick<ScheduleEvent, 'uid' | 'title' | 'description' | 'location' | 'categories' | 'url' | 'geo' | 'status'>;

/*
 * The text of a VEVENT, read once: a weekly series shares it across fifty
 * occurrences, and decoding properties is most of the parse time.
 */
const fieldCache = new WeakMap<Component, Fields>();

function fieldsOf(vevent: Component, start: Date): Fields {
  let fields = fieldCache.get(vevent);
  if (!fields) {
    const title = plainLine(safeValue(() => vevent.getFirstPropertyValue('summary')));
    const geoValue = safeValue(() => vevent.getFirstPropertyValue('geo')) as unknown;
    fields = {
      uid: plainLine(safeValue(() => vevent.getFirstPropertyValue('uid'))) || `${start.toISOString()}-${title}`,
      title,
      description: plainText(safeValue(() => vevent.getFirstPropertyValue('description'))),
      location: plainLine(safeValue(() => vevent.getFirstPropertyValue('location'))),
      categories: categoriesOf(vevent),
      // Already checked and resolved by checkUrls.
      url: webUrl(safeValue(() => vevent.getFirstPropertyValue('url'))),
      geo: Array.isArray(geoValue) ? safeGeo(geoValue[0], geoValue[1]) : undefined,
      status: statusOf(safeValue(() => vevent.getFirstPropertyValue('status'))),
    };
    fieldCache.set(vevent, fields);
  }
  return fields;
}

function categoriesOf(vevent: Component): string[] {
  const seen = new Set<string>();
  for (const prop of vevent.getAllProperties('categories')) {
    // ical.js splits the list at unescaped commas; an escaped one stays in its category.
    for (const value of safeValue(() => prop.getValues()) ?? []) {
      const text = plainLine(value);
      if (text) seen.add(text);
    }
  }
  return [...seen];
}

function statusOf(value: unknown): EventStatus {
  const status = String(value ?? '').toUpperCase();
  return status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : 'confirmed';
}

function tzidOf(vevent: Component, property: string): string | undefined {
  const value = safeValue(() => vevent.getFirstProperty(property)?.getParameter('tzid'));
  return typeof value === 'string' ? value : undefined;
}

/**
 * An ical.js time → an instant. UTC and zones defined by the file's own
 * VTIMEZONE are ical.js's job. A TZID without a VTIMEZONE comes back floating:
 * Intl resolves it by name (Asia/Saigon included). Truly floating times, and
 * all-day dates, are wall-clock times in the commune's zone.
 */
function toInstant(time: Time, tzid: string | undefined): Date {
  const zoneId = time.zone?.tzid;
  if (!time.isDate && zoneId && VIETNAM_ZONES.has(zoneId) && time.year > 1975) {
    // The common case, without ical.js's offset lookup (assumes the file's VTIMEZONE for Vietnam is UTC+7, as it must be).
    return zonedToInstant(time.year, time.month, time.day, time.hour, time.minute, time.second, 'Asia/Ho_Chi_Minh');
  }
  if (!time.isDate && zoneId && zoneId !== 'floating') {
    return new Date(time.toUnixTime() * 1000);
  }
  const zone = (!time.isDate && resolveZone(tzid)) || TIME_ZONE;
  return zonedToInstant(time.year, time.month, time.day, time.isDate ? 0 : time.hour, time.isDate ? 0 : time.minute, time.isDate ? 0 : time.second, zone);
}

function overlapsWindow(event: ScheduleEvent, window: ExpansionWindow): boolean {
  return event.start.getTime() <= window.end.getTime() && Math.max(event.end.getTime(), event.start.getTime()) >= window.start.getTime();
}

/** Reads a property that ical.js may fail to decode in a broken file. */
function safeValue<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
