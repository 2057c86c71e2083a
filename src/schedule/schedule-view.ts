import {dayKey, daysBetween} from '../core/dates.js';
import {fold} from '../core/text.js';
import {overlaps, type ScheduleEvent} from './event-model.js';
import {addDays, startOfDay} from './zoned-time.js';

/*
 * What the views show, computed from the model without any DOM: filtering,
 * grouping by day, month grids and the countdown. Pure, so it is tested in
 * Node and the element stays about rendering.
 */

export interface Filters {
  /** Selected categories; an event matches when it has any of them. Empty: all. */
  categories: string[];
  /** A place, or '' for every place. */
  place: string;
  query: string;
}

const searchText = new WeakMap<ScheduleEvent, string>();

function folded(event: ScheduleEvent): string {
  let text = searchText.get(event);
  if (text === undefined) {
    text = fold([event.title, event.description, event.location, ...event.categories].join(' '));
    searchText.set(event, text);
  }
  return text;
}

export function matchesFilters(event: ScheduleEvent, filters: Filters): boolean {
  if (filters.categories.length) {
    const wanted = new Set(filters.categories.map(fold));
    if (!event.categories.some((c) => wanted.has(fold(c)))) return false;
  }
  if (filters.place && fold(event.location) !== fold(filters.place)) return false;
  const words = fold(filters.query).split(' ').filter(Boolean);
  if (words.length) {
    const haystack = folded(event);
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** Distinct values of a field across events, in Vietnamese order. */
export function distinct(values: Iterable<string>, compare: (a: string, b: string) => number): string[] {
  // Thousands of occurrences share a handful of values: fold each text once
  // (folding is the costly part), keeping the first spelling of each.
  const byFold = new Map<string, string>();
  for (const value of new Set(values)) {
    if (!value) continue;
    const key = fold(value);
    if (!byFold.has(key)) byFold.set(key, value);
  }
  return [...byFold.values()].sort(compare);
}

const startDays = new WeakMap<ScheduleEvent, string>();

/**
 * The day an event starts on, kept per event: every render groups all
 * occurrences by day, and asking Intl for thousands of them on each render
 * costs a slow kiosk PC hundreds of milliseconds.
 */
function startDay(event: ScheduleEvent): string {
  let key = startDays.get(event);
  if (key === undefined) {
    key = dayKey(event.start);
    startDays.set(event, key);
  }
  return key;
}

export interface DayGroup {
  key: string;
  events: ScheduleEvent[];
}

/** Events still to come (or under way) at `now`, grouped by day; an ongoing event sits under today. */
export function upcomingByDay(events: ScheduleEvent[], now: Date): DayGroup[] {
  const today = dayKey(now);
  const groups = new Map<string, ScheduleEvent[]>();
  for (const event of events) {
    if (!isUpcoming(event, now)) continue;
    const startKey = startDay(event);
    const key = startKey < today ? today : startKey;
    const list = groups.get(key);
    if (list) list.push(event);
    else groups.set(key, [event]);
  }
  return [...groups].map(([key, list]) => ({key, events: list})).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The days of a list of events, grouped once per list and minute (an element
 * renders again for each step of a drawing, each toggle): the upcoming ones
 * at once, the past ones when first asked (only "Sự kiện đã qua" shows them).
 */
export class DayGrouping {
  private last: {events: ScheduleEvent[]; minute: number; upcoming: DayGroup[]; hasPast: boolean; past?: DayGroup[]} | undefined;

  of(events: ScheduleEvent[], now: Date): {upcoming: DayGroup[]; hasPast: boolean; past: () => DayGroup[]} {
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.last?.events !== events || this.last.minute !== minute) {
      this.last = {events, minute, upcoming: upcomingByDay(events, now), hasPast: events.some((e) => !isUpcoming(e, now))};
    }
    const last = this.last;
    return {upcoming: last.upcoming, hasPast: last.hasPast, past: () => (last.past ??= pastByDay(events, now))};
  }
}

/** Events that are over at `now`, most recent day first. */
export function pastByDay(events: ScheduleEvent[], now: Date): DayGroup[] {
  const groups = new Map<string, ScheduleEvent[]>();
  for (const event of events) {
    if (isUpcoming(event, now)) continue;
    const key = startDay(event);
    const list = groups.get(key);
    if (list) list.push(event);
    else groups.set(key, [event]);
  }
  return [...groups].map(([key, list]) => ({key, events: list})).sort((a, b) => (a.key < b.key ? 1 : -1));
}

/** Events on one page of a list, on average per day of the page: a commune's busiest day has a handful. */
export const EVENTS_PER_DAY_OF_PAGE = 20;

export interface Page {
  groups: DayGroup[];
  /** True when more is left to show. */
  more: boolean;
}

/**
 * The first `days` days of a list, and no more than `maxEvents` events: the
 * last day is cut short when needed. A calendar with thousands of events a
 * day (a rule repeating every minute) still renders one quick page at a time.
 */
export function firstPage(groups: DayGroup[], days: number, maxEvents = days * EVENTS_PER_DAY_OF_PAGE): Page {
  const page: DayGroup[] = [];
  let room = maxEvents;
  for (const group of groups) {
    if (page.length === days || room <= 0) break;
    page.push(group.events.length > room ? {key: group.key, events: group.events.slice(0, room)} : group);
    room -= group.events.length;
  }
  const last = page.at(-1);
  return {groups: page, more: page.length < groups.length || (last !== undefined && last !== groups[page.length - 1])};
}

export function isUpcoming(event: ScheduleEvent, now: Date): boolean {
  return event.end.getTime() > now.getTime() || event.start.getTime() >= now.getTime();
}

/** The events touching one calendar day. */
export function eventsOnDay(events: ScheduleEvent[], key: string): ScheduleEvent[] {
  const from = startOfDay(key);
  const to = startOfDay(addDays(key, 1));
  return events.filter((e) => overlaps(e, from, to));
}

/** How many events touch each day of a month ("YYYY-MM"). */
export function countsByDay(events: ScheduleEvent[], month: string): Map<string, number> {
  const first = `${month}-01`;
  const next = monthKeyAdd(month, 1);
  const from = startOfDay(first);
  const to = startOfDay(`${next}-01`);
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!overlaps(event, from, to)) continue;
    // Walk the days it covers, inside the month only.
    let key = dayKey(new Date(Math.max(event.start.getTime(), from.getTime())));
    const lastInstant = Math.min(Math.max(event.end.getTime() - 1, event.start.getTime()), to.getTime() - 1);
    const last = dayKey(new Date(lastInstant));
    for (let i = 0; key <= last && i < 32; i++, key = addDays(key, 1)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "2025-10" + n months. */
export function monthKeyAdd(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + n, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first (as Vietnamese calendars print them); null pads the edges. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({length: lead}, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Where keyboard focus goes in the month grid (APG date-grid keys). */
export function moveDay(key: string, keyName: string): string | null {
  const [y, m, d] = key.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  switch (keyName) {
    case 'ArrowLeft':
      return addDays(key, -1);
    case 'ArrowRight':
      return addDays(key, 1);
    case 'ArrowUp':
      return addDays(key, -7);
    case 'ArrowDown':
      return addDays(key, 7);
    case 'Home':
      return addDays(key, -weekday);
    case 'End':
      return addDays(key, 6 - weekday);
    case 'PageUp':
    case 'PageDown': {
      const month = monthKeyAdd(key.slice(0, 7), keyName === 'PageUp' ? -1 : 1);
      const [ny, nm] = month.split('-').map(Number);
      const lastDay = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
      return `${month}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}

export type Countdown =
  | {kind: 'ongoing'}
  | {kind: 'today'; time: Date | null}
  | {kind: 'tomorrow'; time: Date | null}
  | {kind: 'days'; days: number};

/** How far off an event is, in calendar days of the commune's zone. */
export function countdown(event: ScheduleEvent, now: Date): Countdown {
  if (event.start.getTime() <= now.getTime()) return {kind: 'ongoing'};
  const days = daysBetween(now, event.start);
  const time = event.allDay ? null : event.start;
  if (days <= 0) return {kind: 'today', time};
  if (days === 1) return {kind: 'tomorrow', time};
  return {kind: 'days', days};
}

/** The next event that will happen: not cancelled, starting after now (or under way). */
export function nextEvent(events: ScheduleEvent[], now: Date): ScheduleEvent | undefined {
  return events.find((e) => e.status !== 'cancelled' && isUpcoming(e, now) && !(e.allDay && e.end.getTime() - e.start.getTime() > 86_400_000 && e.start.getTime() < now.getTime()));
}
