import {sortEvents, type ScheduleEvent} from './event-model.js';

/**
 * The most occurrences one schedule holds, across all its events. A commune's
 * busy year is a few thousand; a rule such as FREQ=MINUTELY with no end makes
 * over a million in the window, and listing, sorting and rendering those
 * would stall the page (or overflow the stack).
 */
export const MAX_OCCURRENCES = 10_000;

/**
 * Collects the occurrences of a calendar, in whatever order its events come,
 * and keeps at most `max`: first the earliest of those not over at `from`
 * (the reader's now), then, with the room left, the latest of those before.
 * A calendar too dense to show whole still shows what is coming.
 *
 * Once more than `max` are ahead, the latest are dropped and `horizon` says
 * where the kept ones end: a rule being expanded can stop there, since
 * nothing after it could be kept. Work and memory stay bounded by the
 * budget, not by what a file asks for.
 */
export class OccurrenceBudget {
  /** Occurrences not over at `from`. */
  private ahead: ScheduleEvent[] = [];
  /** Occurrences over before `from`. */
  private behind: ScheduleEvent[] = [];
  /** Occurrences starting after this instant (epoch ms) would be dropped. */
  horizon = Infinity;
  /** True once an occurrence inside the window was left out. */
  truncated = false;

  constructor(
    private readonly from: number,
    private readonly max = MAX_OCCURRENCES
  ) {}

  /** Keeps the occurrence unless it starts past the horizon; returns whether it was kept. */
  add(event: ScheduleEvent): boolean {
    if (event.end.getTime() < this.from) {
      this.behind.push(event);
      // Trimming sorts a whole list; waiting for twice the budget keeps that rare.
      if (this.behind.length >= 2 * this.max) this.keepLatest(this.max);
      return true;
    }
    if (event.start.getTime() > this.horizon) {
      this.truncated = true;
      return false;
    }
    this.ahead.push(event);
    if (this.ahead.length >= 2 * this.max) this.keepEarliestAhead();
    return true;
  }

  /** What is kept, sorted by start. */
  events(): ScheduleEvent[] {
    if (this.ahead.length > this.max) this.keepEarliestAhead();
    this.keepLatest(this.max - this.ahead.length);
    return sortEvents(this.behind.concat(this.ahead));
  }

  private keepEarliestAhead(): void {
    sortEvents(this.ahead);
    this.ahead.length = this.max;
    this.horizon = this.ahead[this.max - 1].start.getTime();
    this.truncated = true;
  }

  private keepLatest(room: number): void {
    if (this.behind.length <= room) return;
    sortEvents(this.behind);
    this.behind.splice(0, this.behind.length - room);
    this.truncated = true;
  }
}
