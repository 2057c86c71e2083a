import {compareVi} from '../core/text.js';

/**
 * The one shape every calendar source (iCalendar, jCal, schema.org JSON) is
 * turned into. The views, filters and export read only this.
 */

export type EventStatus = 'confirmed' | 'tentative' | 'cancelled';

/** One occurrence of an event: recurring events become one of these per date. */
export interface ScheduleEvent {
  /** Unique per occurrence: the UID plus the occurrence's original start. */
  key: string;
  /** The event's UID (shared by every occurrence of a series). */
  uid: string;
  title: string;
  /** Plain text; markup in the source has already been turned into text. */
  description: string;
  location: string;
  /** Categories and audiences, e.g. "Người cao tuổi". */
  categories: string[];
  /** An http(s) page about the event. */
  url?: string;
  geo?: {lat: number; lon: number};
  status: EventStatus;
  /** The instant it starts; for all-day events, midnight in Vietnam of the first day. */
  start: Date;
  /** The instant it ends (exclusive); for all-day events, midnight after the last day. */
  end: Date;
  allDay: boolean;
  /** True when this is one occurrence of a series (RRULE/RDATE). */
  recurring: boolean;
}

/** The dates a source was expanded for: recurring events only exist inside it. */
export interface ExpansionWindow {
  start: Date;
  end: Date;
  /**
   * The reader's now. When a calendar has more occurrences than a schedule
   * holds, those still to come from here are kept first. Default: `start`.
   */
  focus?: Date;
}

export interface Schedule {
  /** Occurrences overlapping the window, sorted by start. */
  events: ScheduleEvent[];
  /** Events in the source that could not be read (bad dates, broken rules). */
  skipped: number;
  /**
   * True when events repeat more often than a schedule holds (see
   * occurrence-budget.ts): occurrences inside the window were left out.
   */
  truncated?: boolean;
  /** Event URLs refused by the scheme allowlist (javascript:, data:…) and dropped: a validation warning. */
  refusedUrls?: number;
  /** X-WR-CALNAME or similar, when the source names itself. */
  name: string;
  window: ExpansionWindow;
}

/** Sorts in place by start, then end, then title in Vietnamese order. */
export function sortEvents(events: ScheduleEvent[]): ScheduleEvent[] {
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || compareVi(a.title, b.title));
}

/** True when the event covers any part of [from, to). Zero-length events count at their instant. */
export function overlaps(event: ScheduleEvent, from: Date, to: Date): boolean {
  const start = event.start.getTime();
  const end = Math.max(event.end.getTime(), start + 1);
  return start < to.getTime() && end > from.getTime();
}

const DAY_MS = 86_400_000;

/**
 * The dates a schedule expands recurring events over, seen from `now`: from a
 * year back (past events stay reachable) to two years ahead, in whole UTC days,
 * so that two readers of the same calendar on the same day (the kiosk's
 * highlights and the events screen) ask for the same window and share one
 * parse (parse-calendar.ts keeps the last one). The focus stays `now`.
 */
export function expansionWindowAt(now: Date): ExpansionWindow {
  const day = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return {start: new Date(day - 366 * DAY_MS), end: new Date(day + 2 * 366 * DAY_MS), focus: new Date(now)};
}
