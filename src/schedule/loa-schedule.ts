import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {lazyPart} from '../core/lazy-part.js';
import {ensureQr} from '../core/ensure-qr.js';
import {renderContentStatus} from '../core/content-status.js';
import {announce} from '../core/announcer.js';
import {heading} from '../core/heading.js';
import {clockFrom, dateFormat, dayKey, daysBetween, formatLongDate, formatTime, isoDateTime} from '../core/dates.js';
import {compareVi, fold} from '../core/text.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase} from '../core/urls.js';
import {intlLocale, type Locale} from '../core/locale.js';
import type {ExpansionWindow, Schedule, ScheduleEvent} from './event-model.js';
import {addDays, startOfDay} from './zoned-time.js';
import {
  countdown,
  countsByDay,
  distinct,
  eventsOnDay,
  EVENTS_PER_DAY_OF_PAGE,
  firstPage,
  matchesFilters,
  monthKeyAdd,
  monthWeeks,
  moveDay,
  nextEvent,
  pastByDay,
  upcomingByDay,
  type DayGroup,
  type Filters,
} from './schedule-view.js';
import {scheduleStyles} from './loa-schedule.styles.js';

/*
 * The calendar readers, lunar dates and the .ics export are a chunk of their
 * own (calendar-tools.ts). Events only exist once a calendar was read, so
 * `tools.module` is always set when an event is on screen.
 */
type CalendarTools = typeof import('./calendar-tools.js');
const tools = lazyPart(() => import('./calendar-tools.js'));
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
const DAY_MS = 86_400_000;

/**
 * The commune's event schedule, from an iCalendar (.ics), jCal or schema.org
 * Event JSON file: an agenda grouped by day with lunar dates, a month grid,
 * filters, event details with "add to calendar", and the next event.
 *
 * @summary Lịch sự kiện của xã: danh sách, lịch tháng, bộ lọc, thêm vào lịch.
 * @tag loa-schedule
 *
 * @csspart heading - The element's top heading.
 * @csspart status - The loading / error box.
 * @csspart button - Every button.
 * @csspart next - The "next event" highlight.
 * @csspart filters - The filter bar.
 * @csspart day - One day of the agenda.
 * @csspart event - One event in a list.
 * @csspart cancelled - A cancelled event (together with `event`).
 * @csspart detail - The open detail panel of an event.
 * @csspart grid - The month grid table.
 * @csspart lunar - The lunar date beside a day heading.
 *
 * @cssprop --loa-color-accent - Buttons, links, selected day.
 * @cssprop --loa-color-danger - The "Đã hủy" mark.
 * @cssprop --loa-target-size - Minimum size of every touch target.
 *
 * @attr {number} max-bytes - The largest file read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
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
   * Plain dates only: no "Hôm nay", "Ngày mai", "Còn 3 ngày" and no "next
   * event". For a clock that cannot be trusted (the kiosk sets it when its
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

  @state() private selectedCategories: string[] = [];
  @state() private selectedPlace = '';
  @state() private query = '';
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
  private downloads = new Map<string, string>();
  private focusDayAfterRender = false;

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
      this.window = {start: new Date(now - 366 * DAY_MS), end: new Date(now + 2 * 366 * DAY_MS), focus: new Date(now)};
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
    if (changed.has('category')) this.selectedCategories = this.category ? [this.category] : [];
    if (changed.has('place')) this.selectedPlace = this.place;
    if (changed.has('now') || !this.month) {
      this.month = dayKey(this.clockNow).slice(0, 7);
      this.activeDay = dayKey(this.clockNow);
    }
  }

  override updated(): void {
    // An open event with a page shows a <loa-qr>; its definition (and the QR
    // encoder) load the first time one is on screen, not with the schedule. If
    // it cannot load, the "Trang sự kiện" link beside it still leads there.
    ensureQr(this.renderRoot);
    if (this.focusDayAfterRender) {
      this.focusDayAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.activeDay}"]`)?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.downloads.forEach((url) => URL.revokeObjectURL(url));
    this.downloads.clear();
    clearTimeout(this.searchTimer);
  }

  private get schedule(): Schedule | undefined {
    return this.content.value?.schedule;
  }

  private get filters(): Filters {
    return {categories: this.selectedCategories, place: this.selectedPlace, query: this.query};
  }

  private get filtering(): boolean {
    return Boolean(this.selectedCategories.length || this.selectedPlace || this.query.trim());
  }

  private filteredCache: {schedule: Schedule; key: string; events: ScheduleEvent[]} | undefined;

  /** The events that pass the filters (cached: thousands of occurrences, many renders). */
  private get filtered(): ScheduleEvent[] {
    const schedule = this.schedule;
    if (!schedule) return [];
    const key = JSON.stringify(this.filters);
    if (this.filteredCache?.schedule !== schedule || this.filteredCache.key !== key) {
      const filters = this.filters;
      const events = this.filtering ? schedule.events.filter((e) => matchesFilters(e, filters)) : schedule.events;
      this.filteredCache = {schedule, key, events};
    }
    return this.filteredCache.events;
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
      ${schedule ? this.renderSchedule(schedule) : nothing}
    </div>`;
  }

  private renderSchedule(schedule: Schedule): TemplateResult {
    const skipped = schedule.skipped
      ? html`<p class="schedule__note" role="note">${msg(str`${schedule.skipped} sự kiện trong lịch bị lỗi nên không hiển thị.`)}</p>`
      : nothing;
    // Too dense a calendar (a rule repeating every minute) is cut to a budget nearest now: say so.
    const shown = new Intl.NumberFormat(intlLocale(this.locale)).format(schedule.events.length);
    const truncated = schedule.truncated
      ? html`<p class="schedule__note" role="note">
          ${msg(str`Lịch có sự kiện lặp lại quá nhiều lần nên chỉ hiện ${shown} lần gần nhất; các lần khác không hiển thị.`)}
        </p>`
      : nothing;
    if (!schedule.events.length) {
      return html`${skipped}${truncated}<p class="schedule__empty">${msg('Lịch chưa có sự kiện nào.')}</p>`;
    }
    return html`
      ${skipped}${truncated} ${this.renderNext(schedule.events)}
      <div class="schedule__views" role="group" aria-label=${msg('Cách xem')}>
        <button type="button" part="button" class="loa-button loa-button--secondary" aria-pressed=${String(this.view === 'agenda')} @click=${() => this.switchView('agenda')}>
          ${msg('Danh sách')}
        </button>
        <button type="button" part="button" class="loa-button loa-button--secondary" aria-pressed=${String(this.view === 'month')} @click=${() => this.switchView('month')}>
          ${msg('Lịch tháng')}
        </button>
      </div>
      ${this.renderFilters(schedule)} ${this.view === 'month' ? this.renderMonth() : this.renderAgenda()}
    `;
  }

  // ——— Next event ———

  private renderNext(events: ScheduleEvent[]): TemplateResult | typeof nothing {
    if (this.plainDates) return nothing;
    const now = this.clockNow;
    const next = nextEvent(events, now);
    if (!next) return nothing;
    return html`<section class="schedule__next" part="next" aria-labelledby="next-heading">
      ${heading(this.level, msg('Sự kiện tiếp theo'), {offset: 1, id: 'next-heading', className: 'loa-heading schedule__next-heading'})}
      <p class="schedule__next-title">${next.title}</p>
      <p class="schedule__countdown"><strong>${this.countdownText(next, now)}</strong></p>
      <p>${this.whenText(next)}${next.location ? html` · ${next.location}` : nothing}</p>
    </section>`;
  }

  private countdownText(event: ScheduleEvent, now: Date): string {
    const c = countdown(event, now);
    switch (c.kind) {
      case 'ongoing':
        return msg('Đang diễn ra');
      case 'today':
        return c.time ? msg(str`Hôm nay lúc ${formatTime(c.time, this.locale)}`) : msg('Hôm nay');
      case 'tomorrow':
        return c.time ? msg(str`Ngày mai lúc ${formatTime(c.time, this.locale)}`) : msg('Ngày mai');
      case 'days':
        return msg(str`Còn ${c.days} ngày`);
    }
  }

  // ——— Filters ———

  private renderFilters(schedule: Schedule): TemplateResult {
    const categories = distinct(schedule.events.flatMap((e) => e.categories), compareVi);
    const places = distinct(schedule.events.map((e) => e.location), compareVi);
    const selected = new Set(this.selectedCategories.map(fold));
    return html`<div class="schedule__filters" part="filters">
      ${categories.length
        ? html`<div class="schedule__chips" role="group" aria-label=${msg('Lọc theo nhóm')}>
            ${categories.map(
              (category) => html`<button
                type="button"
                part="button chip"
                class="schedule__chip"
                aria-pressed=${String(selected.has(fold(category)))}
                @click=${() => this.toggleCategory(category)}
              >
                ${category}
              </button>`
            )}
          </div>`
        : nothing}
      <div class="schedule__fields">
        ${places.length > 1
          ? html`<label class="schedule__field">
              <span>${msg('Địa điểm')}</span>
              <select @change=${(e: Event) => this.setPlace((e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.selectedPlace}>${msg('Tất cả địa điểm')}</option>
                ${places.map((p) => html`<option value=${p} ?selected=${fold(p) === fold(this.selectedPlace)}>${p}</option>`)}
              </select>
            </label>`
          : nothing}
        <label class="schedule__field">
          <span>${msg('Tìm sự kiện')}</span>
          <input type="search" .value=${this.query} @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      ${this.filtering
        ? html`<p class="schedule__count">
            ${this.countText()}
            <button type="button" part="button" class="loa-button loa-button--secondary" @click=${this.clearFilters}>${msg('Xóa bộ lọc')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  /** "N sự kiện sắp tới" in the agenda, "N sự kiện trong tháng" in the month view. */
  private countText(): string {
    if (this.view === 'month') {
      const from = startOfDay(`${this.month}-01`);
      const to = startOfDay(`${monthKeyAdd(this.month, 1)}-01`);
      const n = this.filtered.filter((e) => e.start < to && e.end > from).length;
      return msg(str`Có ${n} sự kiện trong tháng khớp bộ lọc.`);
    }
    const n = upcomingByDay(this.filtered, this.clockNow).reduce((sum, g) => sum + g.events.length, 0);
    if (this.plainDates) return msg(str`Có ${n} sự kiện từ ngày ${formatLongDate(this.clockNow, this.locale)} khớp bộ lọc.`);
    return msg(str`Có ${n} sự kiện sắp tới khớp bộ lọc.`);
  }

  /** The agenda with nothing to show; with `plain-dates`, said from a plain date, never "sắp tới". */
  private emptyText(now: Date): string {
    if (this.plainDates) {
      const from = formatLongDate(now, this.locale);
      return this.filtering ? msg(str`Không có sự kiện nào từ ngày ${from} khớp bộ lọc.`) : msg(str`Không có sự kiện nào từ ngày ${from}.`);
    }
    return this.filtering ? msg('Không có sự kiện sắp tới nào khớp bộ lọc.') : msg('Chưa có sự kiện sắp tới.');
  }

  private announceCount(): void {
    void this.updateComplete.then(() => announce(this.localize(() => (this.filtering ? this.countText() : msg('Đã bỏ bộ lọc.'))), this.locale));
  }

  private toggleCategory(category: string): void {
    const key = fold(category);
    this.selectedCategories = this.selectedCategories.some((c) => fold(c) === key)
      ? this.selectedCategories.filter((c) => fold(c) !== key)
      : [...this.selectedCategories, category];
    this.announceCount();
  }

  private setPlace(place: string): void {
    this.selectedPlace = place;
    this.announceCount();
  }

  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private setQuery(query: string): void {
    this.query = query;
    // Announce once typing pauses, not at every key.
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.announceCount(), 600);
  }

  private clearFilters = (): void => {
    this.selectedCategories = [];
    this.selectedPlace = '';
    this.query = '';
    this.announceCount();
  };

  private switchView(view: 'agenda' | 'month'): void {
    this.view = view;
  }

  // ——— Agenda ———

  private renderAgenda(): TemplateResult {
    const now = this.clockNow;
    const upcoming = upcomingByDay(this.filtered, now);
    const page = firstPage(upcoming, this.dayLimit);
    return html`<div class="schedule__agenda">
      ${upcoming.length
        ? page.groups.map((group) => this.renderDay(group, 1))
        : html`<p class="schedule__empty">${this.emptyText(now)}</p>`}
      ${page.more
        ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => (this.dayLimit += DAYS_PER_PAGE)}>
            ${msg('Xem thêm ngày')}
          </button>`
        : nothing}
      ${this.renderPast(now)}
    </div>`;
  }

  private renderPast(now: Date): TemplateResult | typeof nothing {
    const past = pastByDay(this.filtered, now);
    if (!past.length) return nothing;
    const page = firstPage(past, this.pastLimit);
    return html`<div class="schedule__past">
      <button type="button" part="button" class="loa-button loa-button--secondary" aria-expanded=${String(this.showPast)} aria-controls="past" @click=${() => (this.showPast = !this.showPast)}>
        ${msg('Sự kiện đã qua')}
      </button>
      <div id="past" ?hidden=${!this.showPast}>
        ${this.showPast ? page.groups.map((group) => this.renderDay(group, 1)) : nothing}
        ${this.showPast && page.more
          ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => (this.pastLimit += DAYS_PER_PAGE)}>
              ${msg('Xem thêm ngày đã qua')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private dayLabel(key: string): string {
    if (this.plainDates) return formatLongDate(startOfDay(key), this.locale);
    const diff = daysBetween(this.clockNow, startOfDay(key));
    if (diff === 0) return msg('Hôm nay');
    if (diff === 1) return msg('Ngày mai');
    return formatLongDate(startOfDay(key), this.locale);
  }

  private lunarLabel(key: string): string {
    const lunarDates = tools.module;
    if (!lunarDates) return '';
    const lunar = lunarDates.lunarOfDayKey(key);
    return this.locale === 'vi' ? lunarDates.formatLunarVi(lunar) : lunarDates.formatLunarEn(lunar);
  }

  private renderDay(group: DayGroup, offset: number): TemplateResult {
    const date = startOfDay(group.key);
    const relative = daysBetween(this.clockNow, date);
    const label = this.dayLabel(group.key);
    // Headings, not landmarks: a region per day would drown the landmark list. The day's name and
    // date are one flex item (.schedule__day-name): split, the heading's gap put a space before the comma.
    return html`<section class="schedule__day" part="day">
      ${heading(
        this.level,
        html`<span class="schedule__day-name"><time datetime=${group.key}>${label}</time>${!this.plainDates && (relative === 0 || relative === 1)
              ? html`<span class="schedule__day-date">, ${formatLongDate(date, this.locale)}</span>`
              : nothing}</span>
          <span class="schedule__lunar" part="lunar">${this.lunarLabel(group.key)}</span>`,
        {offset, id: `day-${group.key}`, className: 'loa-heading schedule__day-heading'}
      )}
      <ul class="schedule__events">
        ${group.events.map((event) => this.renderEvent(event, group.key))}
      </ul>
    </section>`;
  }

  private timeLabel(event: ScheduleEvent, day: string): string {
    if (event.allDay) {
      const days = Math.round((event.end.getTime() - event.start.getTime()) / DAY_MS);
      return days > 1 ? msg(str`Cả ngày (${days} ngày)`) : msg('Cả ngày');
    }
    const startDay = dayKey(event.start);
    if (startDay < day) return msg(str`Đang diễn ra, đến ${formatTime(event.end, this.locale)} ${this.shortDate(event.end)}`);
    if (event.end.getTime() <= event.start.getTime()) return formatTime(event.start, this.locale);
    return `${formatTime(event.start, this.locale)}–${formatTime(event.end, this.locale)}`;
  }

  private shortDate(date: Date): string {
    return dateFormat(this.locale, {day: 'numeric', month: 'numeric', year: 'numeric'}).format(date);
  }

  private renderEvent(event: ScheduleEvent, day: string): TemplateResult {
    const open = this.openKey === event.key;
    const cancelled = event.status === 'cancelled';
    const panelId = `detail-${safeId(event.key)}-${day}`;
    return html`<li class="schedule__event ${cancelled ? 'is-cancelled' : ''}" part=${cancelled ? 'event cancelled' : 'event'}>
      <p class="schedule__time">
        <time datetime=${isoDateTime(event.start)}>${this.timeLabel(event, day)}</time>
        ${cancelled ? html`<span class="schedule__cancelled">${msg('Đã hủy')}</span>` : nothing}
      </p>
      <button type="button" part="button event-toggle" class="schedule__toggle" aria-expanded=${String(open)} aria-controls=${panelId} @click=${() => this.toggleEvent(event)}>
        <span class="schedule__event-title">${event.title || msg('(Không có tiêu đề)')}</span>${cancelled
          ? html`<span class="visually-hidden">, ${msg('Đã hủy')}</span>`
          : nothing}
      </button>
      ${event.location ? html`<p class="schedule__place">${event.location}</p>` : nothing}
      ${event.categories.length ? html`<p class="schedule__tags">${event.categories.join(' · ')}</p>` : nothing}
      <div id=${panelId} class="schedule__detail" part="detail" ?hidden=${!open}>${open ? this.renderDetail(event) : nothing}</div>
    </li>`;
  }

  private toggleEvent(event: ScheduleEvent): void {
    this.openKey = this.openKey === event.key ? '' : event.key;
  }

  private downloadUrl(exporter: CalendarTools, event: ScheduleEvent): string {
    let url = this.downloads.get(event.key);
    if (!url) {
      url = URL.createObjectURL(new Blob([exporter.eventToIcs(event, this.clockNow)], {type: 'text/calendar;charset=utf-8'}));
      this.downloads.set(event.key, url);
    }
    return url;
  }

  /** "thứ Ba, 30 tháng 9, 2025, từ 08:00 đến 10:30" and the other shapes of a date range. */
  private whenText(event: ScheduleEvent): string {
    const locale: Locale = this.locale;
    const startDay = dayKey(event.start);
    if (event.allDay) {
      const lastDay = addDays(dayKey(event.end), -1);
      if (lastDay <= startDay) return msg(str`Cả ngày ${formatLongDate(event.start, locale)}`);
      return msg(str`Từ ${formatLongDate(event.start, locale)} đến hết ${formatLongDate(startOfDay(lastDay), locale)}`);
    }
    const start = formatTime(event.start, locale);
    if (event.end.getTime() <= event.start.getTime()) return msg(str`${formatLongDate(event.start, locale)}, lúc ${start}`);
    const end = formatTime(event.end, locale);
    if (dayKey(event.end) === startDay || (dayKey(new Date(event.end.getTime() - 1)) === startDay && end === '00:00')) {
      return msg(str`${formatLongDate(event.start, locale)}, từ ${start} đến ${end}`);
    }
    return msg(str`Từ ${start} ${formatLongDate(event.start, locale)} đến ${end} ${formatLongDate(event.end, locale)}`);
  }

  private renderDetail(event: ScheduleEvent): TemplateResult {
    const map = event.geo ? `https://www.openstreetmap.org/?mlat=${event.geo.lat}&mlon=${event.geo.lon}#map=17/${event.geo.lat}/${event.geo.lon}` : '';
    return html`<dl class="schedule__facts">
        <dt>${msg('Thời gian')}</dt>
        <dd>${this.whenText(event)}</dd>
        ${event.location ? html`<dt>${msg('Địa điểm')}</dt><dd>${event.location}</dd>` : nothing}
        ${event.categories.length ? html`<dt>${msg('Nhóm')}</dt><dd>${event.categories.join(', ')}</dd>` : nothing}
        ${event.status === 'cancelled' ? html`<dt>${msg('Tình trạng')}</dt><dd class="schedule__cancelled-text">${msg('Sự kiện này đã bị hủy.')}</dd>` : nothing}
      </dl>
      ${event.description ? html`<p class="schedule__description">${event.description}</p>` : nothing}
      <p class="schedule__actions">
        ${this.renderAddToCalendar(event)}
        ${map ? html`<a class="loa-button loa-button--secondary" part="button" href=${map} rel="noopener">${msg('Xem bản đồ')}</a>` : nothing}
        ${event.url ? html`<a class="loa-button loa-button--secondary" part="button" href=${event.url} rel="noopener">${msg('Trang sự kiện')}</a>` : nothing}
      </p>
      ${this.subscribeOpen === event.key ? this.renderSubscribeQr() : nothing}
      ${event.url ? html`<loa-qr class="schedule__qr" href=${event.url} label=${event.title}></loa-qr>` : nothing}`;
  }

  /** The calendar's own address, for `add-to-calendar="qr"`: absolute, and one a QR code accepts. */
  private get subscribeUrl(): string {
    if (!this.src) return '';
    try {
      const url = new URL(this.src, document.baseURI);
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      // The rule of <loa-qr>: https, or http on localhost for development. Never blob: or data:.
      return url.protocol === 'https:' || (local && url.protocol === 'http:') ? url.href : '';
    } catch {
      return '';
    }
  }

  private renderAddToCalendar(event: ScheduleEvent): TemplateResult | typeof nothing {
    if (this.addToCalendar === 'qr') {
      if (!this.subscribeUrl) return nothing;
      const open = this.subscribeOpen === event.key;
      return html`<button
        type="button"
        class="loa-button"
        part="button add-to-calendar"
        aria-expanded=${String(open)}
        @click=${() => (this.subscribeOpen = open ? '' : event.key)}
      >
        ${msg('Thêm vào lịch')}
      </button>`;
    }
    if (!tools.module) return nothing;
    return html`<a class="loa-button" part="button add-to-calendar" href=${this.downloadUrl(tools.module, event)} download=${tools.module.icsFileName(event)}>${msg('Thêm vào lịch')}</a>`;
  }

  private renderSubscribeQr(): TemplateResult {
    const name = this.schedule?.name || msg('Lịch sự kiện');
    // Rendered right after the button's row, so the expanded content follows it in reading order.
    return html`<div class="schedule__subscribe">
      <p>${msg('Quét mã bằng điện thoại để thêm cả lịch này vào lịch của bạn. Sự kiện mới sẽ tự hiện ra.')}</p>
      <loa-qr class="schedule__qr" href=${this.subscribeUrl} label=${name}></loa-qr>
    </div>`;
  }

  // ——— Month ———

  private renderMonth(): TemplateResult {
    const counts = countsByDay(this.filtered, this.month);
    const today = dayKey(this.clockNow);
    const monthDate = startOfDay(`${this.month}-01`);
    const monthName = dateFormat(this.locale, {month: 'long', year: 'numeric'}).format(monthDate);
    // Monday-first weekday names, from Intl (5 Jan 2026 is a Monday).
    const weekdays = Array.from({length: 7}, (_, i) => startOfDay(addDays('2026-01-05', i)));
    const active = this.activeDay.startsWith(this.month) ? this.activeDay : `${this.month}-01`;
    return html`<div class="schedule__month">
      <div class="schedule__month-bar">
        <button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => this.goMonth(-1)}>
          <span aria-hidden="true">‹</span> ${msg('Tháng trước')}
        </button>
        ${heading(this.level, monthName, {offset: 1, id: 'month-heading', className: 'loa-heading schedule__month-heading'})}
        <button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => this.goMonth(1)}>
          ${msg('Tháng sau')} <span aria-hidden="true">›</span>
        </button>
      </div>
      <table role="grid" class="schedule__grid" part="grid" aria-labelledby="month-heading" @keydown=${this.onGridKey}>
        <thead>
          <tr>
            ${weekdays.map(
              (d) => html`<th scope="col" abbr=${dateFormat(this.locale, {weekday: 'long'}).format(d)}>
                ${dateFormat(this.locale, {weekday: 'short'}).format(d)}
              </th>`
            )}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(this.month).map(
            (week) => html`<tr>
              ${week.map((key) => (key ? this.renderCell(key, counts.get(key) ?? 0, key === active, key === today) : html`<td class="schedule__pad"></td>`))}
            </tr>`
          )}
        </tbody>
      </table>
      ${this.selectedDay ? this.renderSelectedDay() : html`<p class="schedule__hint">${msg('Chọn một ngày để xem các sự kiện trong ngày.')}</p>`}
    </div>`;
  }

  private renderCell(key: string, count: number, active: boolean, today: boolean): TemplateResult {
    const date = startOfDay(key);
    const day = Number(key.slice(8));
    const label = count
      ? msg(str`${formatLongDate(date, this.locale)}, ${count} sự kiện`)
      : msg(str`${formatLongDate(date, this.locale)}, không có sự kiện`);
    // The cell is named by its content: a full date and count for screen readers, the number for the eye.
    return html`<td
      role="gridcell"
      data-day=${key}
      tabindex=${active ? 0 : -1}
      aria-selected=${String(key === this.selectedDay)}
      aria-current=${today ? 'date' : 'false'}
      class="schedule__cell ${count ? 'has-events' : ''} ${today ? 'is-today' : ''}"
      @click=${() => this.selectDay(key)}
    >
      <span class="schedule__cell-day" aria-hidden="true">${day}</span>
      ${count ? html`<span class="schedule__cell-count" aria-hidden="true">${count}</span>` : nothing}
      <span class="visually-hidden">${today ? `${label} (${msg('hôm nay')})` : label}</span>
    </td>`;
  }

  private renderSelectedDay(): TemplateResult {
    const events = eventsOnDay(this.filtered, this.selectedDay);
    const page = firstPage([{key: this.selectedDay, events}], 1, this.selectedDayLimit);
    return html`<div class="schedule__selected">
      ${events.length
        ? html`${this.renderDay(page.groups[0], 2)}
          ${page.more
            ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => (this.selectedDayLimit += DAYS_PER_PAGE * EVENTS_PER_DAY_OF_PAGE)}>
                ${msg('Xem thêm sự kiện trong ngày')}
              </button>`
            : nothing}`
        : html`${heading(
              this.level,
              html`${this.dayLabel(this.selectedDay)} <span class="schedule__lunar" part="lunar">${this.lunarLabel(this.selectedDay)}</span>`,
              {offset: 2, id: `day-${this.selectedDay}`, className: 'loa-heading schedule__day-heading'}
            )}
            <p class="schedule__empty">${this.filtering ? msg('Không có sự kiện nào khớp bộ lọc trong ngày này.') : msg('Không có sự kiện trong ngày này.')}</p>`}
    </div>`;
  }

  private selectDay(key: string): void {
    this.activeDay = key;
    this.selectedDay = key;
    this.selectedDayLimit = DAYS_PER_PAGE * EVENTS_PER_DAY_OF_PAGE;
    const n = eventsOnDay(this.filtered, key).length;
    announce(
      this.localize(() => msg(str`${formatLongDate(startOfDay(key), this.locale)}: ${n} sự kiện.`)),
      this.locale
    );
  }

  private onGridKey = (event: KeyboardEvent): void => {
    const cell = (event.composedPath()[0] as HTMLElement).closest?.('td[data-day]') as HTMLElement | null;
    if (!cell) return;
    const key = cell.dataset.day!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectDay(key);
      return;
    }
    const next = moveDay(key, event.key);
    if (!next) return;
    event.preventDefault();
    this.moveTo(next);
  };

  private moveTo(key: string): void {
    this.activeDay = key;
    this.focusDayAfterRender = true;
    if (!key.startsWith(this.month)) this.showMonth(key.slice(0, 7));
  }

  private goMonth(step: number): void {
    const month = monthKeyAdd(this.month, step);
    const day = Math.min(Number(this.activeDay.slice(8)) || 1, new Date(Date.UTC(+month.slice(0, 4), +month.slice(5), 0)).getUTCDate());
    this.activeDay = `${month}-${String(day).padStart(2, '0')}`;
    this.showMonth(month);
    const monthName = dateFormat(this.locale, {month: 'long', year: 'numeric'}).format(startOfDay(`${month}-01`));
    const n = [...countsByDay(this.filtered, month).values()].length;
    announce(this.localize(() => msg(str`${monthName}: ${n} ngày có sự kiện.`)), this.locale);
  }

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
    void parseCalendar(text, this.window, base).then(
      (schedule) => {
        if (this.content.value?.text === text) this.content.set({text, base, schedule});
      },
      () => undefined
    );
  }
}

/** An id-safe form of an event key (UIDs hold @, dots and worse). */
function safeId(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-schedule': LoaSchedule;
  }
}
