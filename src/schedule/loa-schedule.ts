import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {ensureQr} from '../core/ensure-qr.js';
import {FocusAfterRender} from '../core/focus-after-render.js';
import {DrawSteps} from '../core/draw-steps.js';
import {renderContentStatus} from '../core/content-status.js';
import {announce} from '../core/announcer.js';
import {heading} from '../core/heading.js';
import {clockFrom, dayKey} from '../core/dates.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase} from '../core/urls.js';
import {expansionWindowAt, type ExpansionWindow, type Schedule, type ScheduleEvent} from './event-model.js';
import {startOfDay} from './zoned-time.js';
import {
  countsByDay,
  eventsOnDay,
  EVENTS_PER_DAY_OF_PAGE,
  monthKeyAdd,
  DayGrouping,
} from './schedule-view.js';
import {countText, dayChosenText, emptyText, monthShownText, skippedText, truncatedText} from './schedule-messages.js';
import type {AgendaActions, AgendaState, DayContext} from './schedule-agenda.js';
import type {MonthActions, MonthState} from './schedule-month.js';
import {IcsDownloads} from './ics-downloads.js';
import {renderFilters, ScheduleFilters} from './schedule-filters.js';
import {scheduleStyles} from './loa-schedule.styles.js';
// Through schedule-chunks.ts, the loader the kiosk warms too.
import {calendarTools as tools} from './schedule-chunks.js';

/*
 * The calendar readers and the views of events (agenda with lunar dates,
 * month grid, details with the .ics export) are a chunk of their own
 * (calendar-tools.ts), passed around as `views`. A schedule only exists once a calendar was read
 * through that chunk, so `tools.module` is always set when one is on screen.
 * What shows before any calendar (heading, status box) and what frames the
 * views (notes, next event, view switch, filters) stays here.
 */
type CalendarTools = typeof import('./calendar-tools.js');
const parseCalendar = async (text: string, window: ExpansionWindow, base: string | undefined): Promise<Schedule> =>
  (await tools.load()).parseCalendar(text, window, base);

interface Loaded {
  text: string;
  /** The calendar's own address, which relative event URLs are resolved against. */
  base: string;
  schedule: Schedule;
}

/** How many days of the agenda show at first; "Xem thêm" adds as many again. */
const DAYS_PER_PAGE = 10;
/**
 * The first time a calendar shows, its first day is drawn with the filters, then three more days
 * per frame: ten at once took one 120 ms frame on a slow PC.
 */
const DAYS_PER_STEP = 3;
const daysDrawn = (steps: number) => 1 + (steps - 1) * DAYS_PER_STEP;

/**
 * The commune's event schedule, from an iCalendar (.ics), jCal or schema.org
 * Event JSON file: an agenda grouped by day with lunar dates, a month grid,
 * filters, event details with "add to calendar", and the next event.
 *
 * It uses one other element: `<loa-qr>`, for an event's page and for the
 * calendar's subscription code. Its definition loads through `ensureQr()`
 * (src/core/ensure-qr.ts) the first time a code is on screen.
 *
 * @summary The commune's event schedule: agenda with lunar dates, month grid, filters, add to calendar.
 * @tag loa-schedule
 *
 * @csspart heading - Every heading: the element's top heading, "Sự kiện tiếp theo", the month, each day.
 * @csspart status - The loading, error or "last updated" box.
 * @csspart error - The error box (together with `status`).
 * @csspart retry - The "Thử lại" button (together with `button`).
 * @csspart button - Every button, and the links styled as buttons.
 * @csspart next - The "next event" highlight.
 * @csspart filters - The filter bar.
 * @csspart chip - A filter toggle: a category, or a place with `place-filter="buttons"` (together with `button`).
 * @csspart place - A place filter toggle, with `place-filter="buttons"` (together with `button` and `chip`).
 * @csspart day - One day of the agenda.
 * @csspart lunar - The lunar date beside a day heading.
 * @csspart event - One event in a list.
 * @csspart cancelled - A cancelled event (together with `event`).
 * @csspart event-toggle - The button with an event's title that opens its details (together with `button`).
 * @csspart detail - The open detail panel of an event.
 * @csspart add-to-calendar - "Thêm vào lịch": the .ics link or the QR code button (together with `button`).
 * @csspart grid - The month grid table.
 * @csspart selected-day - The chosen day's events in the month view: below the grid, or beside it when the view is 1200 px wide or more.
 *
 * @cssprop --loa-color-accent - Buttons, links, selected day.
 * @cssprop --loa-color-danger - The "Đã hủy" mark.
 * @cssprop --loa-target-size - Minimum size of every touch target.
 *
 * @attr {number} [max-bytes=5242880] - The largest file read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
 *
 * @fires loa-link-activate - Before following a link out (cancelable; the kiosk shows a QR code instead).
 */
export class LoaSchedule extends LoaElement {
  static override styles = [themeStyles, scheduleStyles];

  /** URL of the calendar: .ics (iCalendar), jCal, or a JSON array of schema.org Events. */
  @property() src = '';
  /** The clock (ISO 8601). Empty: the real time. */
  @property() now = '';
  /** The view to show first: `agenda` (default) or `month`. */
  @property({reflect: true}) view: 'agenda' | 'month' = 'agenda';
  /** A category (or audience) to filter by at first, e.g. "Người cao tuổi". */
  @property() category = '';
  /** A place to filter by at first. */
  @property() place = '';
  /**
   * Plain dates only: no "Hôm nay", "Ngày mai", "Còn 3 ngày", no "next
   * event", and no day of the month grid marked as today (`aria-current`,
   * "(hôm nay)"). For a clock that cannot be trusted (the kiosk sets it when its
   * clock is before the build date or far past the content), so nobody is
   * told that a past event is still to come.
   */
  @property({type: Boolean, attribute: 'plain-dates', reflect: true}) plainDates = false;
  /**
   * What "Thêm vào lịch" gives: `file`, a .ics file of the event (default),
   * or `qr`, a QR code of the calendar's own address (`src`, resolved) for a
   * phone to subscribe to. The kiosk uses `qr`: it never downloads anything.
   * With `qr` the control is left out when that address cannot be a QR code.
   */
  @property({attribute: 'add-to-calendar'}) addToCalendar: 'file' | 'qr' = 'file';
  /**
   * How the places are offered: `select`, one "Địa điểm" drop-down (the
   * default, for websites), or `buttons`, a wrapping group of toggle buttons,
   * "Tất cả địa điểm" and one per place, for a touch screen (the kiosk).
   */
  @property({attribute: 'place-filter'}) placeFilter: 'select' | 'buttons' = 'select';

  /**
   * The key of an occurrence to open (the kiosk opens a search result in place
   * this way). Kept until the calendar has it, then emptied: the agenda shows
   * its day with its details open, and focus goes to it.
   */
  @property() event = '';

  @state() private showPast = false;
  @state() private dayLimit = DAYS_PER_PAGE;
  @state() private pastLimit = DAYS_PER_PAGE;
  /** Events shown for the day selected in the month grid; "Xem thêm" adds as many again. */
  @state() private selectedDayLimit = DAYS_PER_PAGE * EVENTS_PER_DAY_OF_PAGE;
  @state() private openKey = '';
  @state() private month = '';
  @state() private activeDay = '';
  @state() private selectedDay = '';
  @state() private subscribeOpen = '';

  private window: ExpansionWindow | undefined;
  private downloads = new IcsDownloads(this);
  private focusLater = new FocusAfterRender(this);
  /** The first calendar shown is drawn a few days per frame; later ones (a refresh) at once. */
  private steps = new DrawSteps(this);
  private drawnOnce = false;
  private filters = new ScheduleFilters(this, () => this.announceCount());

  private content = new ContentController<Loaded>(this, {
    parse: async (text, response) => {
      const base = contentBase(response.url, this.src);
      return {text, base, schedule: await parseCalendar(text, this.expansionWindow(), base)};
    },
  });

  private get clockNow(): Date {
    return clockFrom(this.now)();
  }

  /** From a year back (past events stay reachable) to two years ahead. */
  private expansionWindow(): ExpansionWindow {
    if (!this.window) {
      const now = this.clockNow.getTime();
      this.window = expansionWindowAt(new Date(now));
    }
    return this.window;
  }

  /** Loads the calendar again, keeping what is shown if that fails. The kiosk calls this periodically. */
  refresh(): Promise<void> {
    return this.content.reload();
  }

  constructor() {
    super();
    // Links out (map, event page) go through the kiosk's hook; listening on the host sees clicks in the shadow root.
    this.addEventListener('click', (event) => routeLinkClick(this, event));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now')) this.window = undefined;
    if (changed.has('src') || (changed.has('now') && changed.get('now') !== undefined && this.src)) {
      if (this.src) tools.prefetch();
      void this.content.load(this.src);
    }
    if (changed.has('category')) this.filters.preset({category: this.category});
    if (changed.has('place')) this.filters.preset({place: this.place});
    const wanted = this.event ? this.filtered.find((e) => e.key === this.event) : undefined;
    if (wanted) this.openEvent(wanted);
    // In steps only the first time: a refresh drawn in steps would take away, for a frame, the day a resident reads.
    if (this.schedule && tools.module && !this.drawnOnce) {
      this.drawnOnce = true;
      if (!this.openKey) this.steps.start(() => 1 + Math.ceil((this.dayLimit - 1) / DAYS_PER_STEP));
    }
    if (changed.has('now') || !this.month) {
      this.month = dayKey(this.clockNow).slice(0, 7);
      this.activeDay = dayKey(this.clockNow);
    }
  }

  /** Waits for the agenda's days drawn in steps too: tests and callers see the whole page. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.steps.after(() => super.getUpdateComplete());
  }

  override updated(): void {
    // An open event with a page shows a <loa-qr>; its definition (and the QR
    // encoder) load the first time one is on screen, not with the schedule. If
    // it cannot load, the "Trang sự kiện" link beside it still leads there.
    ensureQr(this.renderRoot);
  }

  private get schedule(): Schedule | undefined {
    return this.content.value?.schedule;
  }

  /** The events that pass the filters. */
  private get filtered(): ScheduleEvent[] {
    const schedule = this.schedule;
    return schedule ? this.filters.events(schedule) : [];
  }

  override render() {
    const schedule = this.schedule;
    return html`<div class="loa-root" lang=${this.locale}>
      ${heading(this.level, schedule?.name || msg('Lịch sự kiện'), {className: 'loa-heading schedule__title'})}
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: schedule !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
      })}
      ${schedule && tools.module ? this.renderSchedule(schedule, tools.module) : nothing}
    </div>`;
  }

  private renderSchedule(schedule: Schedule, views: CalendarTools): TemplateResult {
    const skipped = schedule.skipped ? html`<p class="schedule__note" role="note">${skippedText(schedule.skipped)}</p>` : nothing;
    // Too dense a calendar (a rule repeating every minute) is cut to a budget nearest now: say so.
    const truncated = schedule.truncated
      ? html`<p class="schedule__note" role="note">
          ${truncatedText(schedule.events.length, this.locale)}
        </p>`
      : nothing;
    if (!schedule.events.length) {
      return html`${skipped}${truncated}<p class="schedule__empty">${msg('Lịch chưa có sự kiện nào.')}</p>`;
    }
    const days = this.dayContext(schedule, views);
    return html`
      ${skipped}${truncated} ${this.plainDates ? nothing : views.renderNext(schedule.events, {level: this.level, locale: this.locale, now: this.clockNow})}
      <div class="schedule__views" role="group" aria-label=${msg('Cách xem')}>
        <button type="button" part="button" class="loa-button loa-button--secondary" aria-pressed=${String(this.view === 'agenda')} @click=${() => this.switchView('agenda')}>
          ${msg('Danh sách')}
        </button>
        <button type="button" part="button" class="loa-button loa-button--secondary" aria-pressed=${String(this.view === 'month')} @click=${() => this.switchView('month')}>
          ${msg('Lịch tháng')}
        </button>
      </div>
      ${renderFilters(schedule, this.filters, () => this.countText(), this.placeFilter === 'buttons' ? (places) => views.renderPlaceButtons(places, this.filters) : undefined)}
      ${this.view === 'month'
        ? views.renderMonth(days, this.monthState(), this.monthActions)
        : views.renderAgenda(days, this.agendaState(), this.agendaActions)}
    `;
  }

  /** What every day and event row needs (schedule-agenda.ts), the open event's details (event-detail.ts) included. */
  private dayContext(schedule: Schedule, views: CalendarTools): DayContext {
    const locale = this.locale;
    return {
      level: this.level,
      locale,
      now: this.plainDates ? undefined : this.clockNow,
      openKey: this.openKey,
      onToggle: (event) => (this.openKey = this.openKey === event.key ? '' : event.key),
      renderDetail: (event) =>
        views.renderDetail(event, {
          locale,
          now: this.clockNow,
          addToCalendar: this.addToCalendar,
          src: this.src,
          calendarName: schedule.name,
          subscribeOpen: this.subscribeOpen,
          onSubscribe: (e) => (this.subscribeOpen = this.subscribeOpen === e.key ? '' : e.key),
          downloads: this.downloads,
        }),
    };
  }

  // ——— Filters ———

  /** "N sự kiện sắp tới" in the agenda, "N sự kiện trong tháng" in the month view. */
  private countText(): string {
    if (this.view === 'month') {
      const from = startOfDay(`${this.month}-01`);
      const to = startOfDay(`${monthKeyAdd(this.month, 1)}-01`);
      return countText(this.filtered.filter((e) => e.start < to && e.end > from).length, 'month', this.locale);
    }
    const n = this.days.of(this.filtered, this.clockNow).upcoming.reduce((sum, g) => sum + g.events.length, 0);
    return countText(n, 'upcoming', this.locale, this.plainDates ? this.clockNow : undefined);
  }

  private announceCount(): void {
    void this.updateComplete.then(() => announce(this.localize(() => (this.filters.active ? this.countText() : msg('Đã bỏ bộ lọc.'))), this.locale));
  }

  private openEvent(event: ScheduleEvent): void {
    const day = this.days.of(this.filtered, this.clockNow).upcoming.findIndex((g) => g.events.includes(event));
    this.event = '';
    this.view = 'agenda';
    this.openKey = event.key;
    this.steps.stop(); // Its day must be there when focus goes to it.
    if (day < 0) this.showPast = true;
    else this.dayLimit = Math.max(this.dayLimit, day + 1);
    // The only expanded toggle is the open event's.
    this.focusLater.request('.schedule__toggle[aria-expanded="true"]');
  }

  private switchView(view: 'agenda' | 'month'): void {
    this.view = view;
  }

  // ——— Agenda ———

  /** The days, grouped once per list of events and minute: each step of a drawing, each toggle renders again. */
  private days = new DayGrouping();

  private agendaState(): AgendaState {
    const now = this.clockNow;
    return {
      ...this.days.of(this.filtered, now),
      dayLimit: Math.min(this.dayLimit, daysDrawn(this.steps.shown)),
      pastLimit: this.pastLimit,
      showPast: this.showPast,
      emptyText: emptyText(this.filters.active, this.locale, this.plainDates ? now : undefined),
    };
  }

  private agendaActions: AgendaActions = {
    onMore: () => (this.dayLimit += DAYS_PER_PAGE),
    onMorePast: () => (this.pastLimit += DAYS_PER_PAGE),
    onTogglePast: () => (this.showPast = !this.showPast),
  };

  // ——— Month ———

  private monthState(): MonthState {
    return {
      month: this.month,
      // With plain dates no day is "today": the clock that would say so is not trusted.
      today: this.plainDates ? '' : dayKey(this.clockNow),
      activeDay: this.activeDay,
      selectedDay: this.selectedDay,
      events: this.filtered,
      selectedLimit: this.selectedDayLimit,
      filtering: this.filters.active,
    };
  }

  private monthActions: MonthActions = {
    onMonth: (step) => this.goMonth(step),
    onSelect: (key) => this.selectDay(key),
    onMove: (key) => this.moveTo(key),
    onMoreOfDay: () => (this.selectedDayLimit += DAYS_PER_PAGE * EVENTS_PER_DAY_OF_PAGE),
  };

  private selectDay(key: string): void {
    this.activeDay = key;
    this.selectedDay = key;
    this.selectedDayLimit = DAYS_PER_PAGE * EVENTS_PER_DAY_OF_PAGE;
    const n = eventsOnDay(this.filtered, key).length;
    announce(this.localize(() => dayChosenText(key, n, this.locale)), this.locale);
    // Below the grid (not beside it), the day's events may be off-screen: bring them into view. Focus stays.
    void this.updateComplete.then(() => tools.module?.revealDay(this.renderRoot));
  }

  /** The arrow keys moved the grid's tab stop: it takes focus once rendered, in another month if need be. */
  private moveTo(key: string): void {
    this.activeDay = key;
    this.focusLater.request(`td[data-day="${key}"]`);
    if (!key.startsWith(this.month)) this.showMonth(key.slice(0, 7));
  }

  private goMonth(step: number): void {
    const month = monthKeyAdd(this.month, step);
    const day = Math.min(Number(this.activeDay.slice(8)) || 1, new Date(Date.UTC(+month.slice(0, 4), +month.slice(5), 0)).getUTCDate());
    this.activeDay = `${month}-${String(day).padStart(2, '0')}`;
    this.showMonth(month);
    const n = [...countsByDay(this.filtered, month).values()].length;
    announce(this.localize(() => monthShownText(month, n, this.locale)), this.locale);
  }

  /** Counts the re-expansions started by month moves; see showMonth. */
  private expansions = 0;

  /** Shows a month, expanding recurring events again when it lies outside the window. */
  private showMonth(month: string): void {
    this.month = month;
    const from = startOfDay(`${month}-01`);
    const to = startOfDay(`${monthKeyAdd(month, 1)}-01`);
    const window = this.window;
    const loaded = this.content.value;
    if (!window || !loaded || (from >= window.start && to <= window.end)) return;
    this.window = {...window, start: from < window.start ? from : window.start, end: to > window.end ? to : window.end};
    const {text, base} = loaded;
    // Parses yield as they go, so several month moves can finish out of order:
    // only the newest (widest) expansion may replace what is shown.
    const request = ++this.expansions;
    void parseCalendar(text, this.window, base).then(
      (schedule) => {
        if (request === this.expansions && this.content.value?.text === text) this.content.set({text, base, schedule});
      },
      () => undefined
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-schedule': LoaSchedule;
  }
}
