/*
 * The agenda of <loa-schedule>: the next event, upcoming days, the "Sự kiện đã qua"
 * disclosure, and the day sections (with the lunar date) and event rows that
 * the month view's chosen day shows too. Render functions of plain data and
 * callbacks; the element owns every state they show. Like every view of
 * events, this comes with the calendar-tools chunk.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {heading} from '../core/heading.js';
import {daysBetween, formatLongDate, isoDateTime} from '../core/dates.js';
import type {Locale} from '../core/locale.js';
import type {ScheduleEvent} from './event-model.js';
import {countdown, firstPage, nextEvent, type DayGroup} from './schedule-view.js';
import {countdownText, dayLabel, timeLabel, whenText} from './schedule-messages.js';
import {startOfDay} from './zoned-time.js';
import {formatLunarEn, formatLunarVi, lunarOfDayKey} from './lunar.js';

/** What every day section and event row needs. */
export interface DayContext {
  /** The element's heading level; days sit one or two levels below. */
  level: number;
  locale: Locale;
  /** The clock, for "Hôm nay" and "Ngày mai"; undefined with `plain-dates`. */
  now: Date | undefined;
  /** The key of the event whose details are open, or ''. */
  openKey: string;
  onToggle: (event: ScheduleEvent) => void;
  /** The open event's details (event-detail.ts). */
  renderDetail: (event: ScheduleEvent) => TemplateResult;
}

export interface AgendaState {
  upcoming: DayGroup[];
  /** The past days, grouped when asked: only once "Sự kiện đã qua" is opened. */
  past: () => DayGroup[];
  hasPast: boolean;
  /** How many days show, of the upcoming ones and of the past ones. */
  dayLimit: number;
  pastLimit: number;
  showPast: boolean;
  /** What to say when nothing is upcoming (schedule-messages.ts emptyText). */
  emptyText: string;
}

export interface AgendaActions {
  onMore: () => void;
  onMorePast: () => void;
  onTogglePast: () => void;
}

/** "Sự kiện tiếp theo": the next event, with a countdown, above the agenda and the month grid. */
export function renderNext(events: ScheduleEvent[], {level, locale, now}: {level: number; locale: Locale; now: Date}): TemplateResult | typeof nothing {
  const next = nextEvent(events, now);
  if (!next) return nothing;
  return html`<section class="schedule__next" part="next" aria-labelledby="next-heading">
    ${heading(level, msg('Sự kiện tiếp theo'), {offset: 1, id: 'next-heading', className: 'loa-heading schedule__next-heading'})}
    <p class="schedule__next-title">${next.title}</p>
    <p class="schedule__countdown"><strong>${countdownText(countdown(next, now), locale)}</strong></p>
    <p>${whenText(next, locale)}${next.location ? html` · ${next.location}` : nothing}</p>
  </section>`;
}

export function renderAgenda(ctx: DayContext, state: AgendaState, actions: AgendaActions): TemplateResult {
  const page = firstPage(state.upcoming, state.dayLimit);
  return html`<div class="schedule__agenda">
    ${state.upcoming.length
      ? page.groups.map((group) => renderDay(ctx, group, 1))
      : html`<p class="schedule__empty">${state.emptyText}</p>`}
    ${page.more
      ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${actions.onMore}>
          ${msg('Xem thêm ngày')}
        </button>`
      : nothing}
    ${renderPast(ctx, state, actions)}
  </div>`;
}

function renderPast(ctx: DayContext, state: AgendaState, actions: AgendaActions): TemplateResult | typeof nothing {
  if (!state.hasPast) return nothing;
  const page = state.showPast ? firstPage(state.past(), state.pastLimit) : undefined;
  return html`<div class="schedule__past">
    <button type="button" part="button" class="loa-button loa-button--secondary" aria-expanded=${String(state.showPast)} aria-controls="past" @click=${actions.onTogglePast}>
      ${msg('Sự kiện đã qua')}
    </button>
    <div id="past" ?hidden=${!state.showPast}>
      ${page ? page.groups.map((group) => renderDay(ctx, group, 1)) : nothing}
      ${page?.more
        ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${actions.onMorePast}>
            ${msg('Xem thêm ngày đã qua')}
          </button>`
        : nothing}
    </div>
  </div>`;
}

/** One day and its events, under a heading `offset` levels below the element's. */
export function renderDay(ctx: DayContext, group: DayGroup, offset: number): TemplateResult {
  const date = startOfDay(group.key);
  const relative = ctx.now ? daysBetween(ctx.now, date) : undefined;
  // Headings, not landmarks: a region per day would drown the landmark list. The day's name and
  // date are one flex item (.schedule__day-name): split, the heading's gap put a space before the comma.
  return html`<section class="schedule__day" part="day">
    ${heading(
      ctx.level,
      html`<span class="schedule__day-name"><time datetime=${group.key}>${dayLabel(group.key, ctx.locale, ctx.now)}</time>${relative === 0 || relative === 1
            ? html`<span class="schedule__day-date">, ${formatLongDate(date, ctx.locale)}</span>`
            : nothing}</span>
        <span class="schedule__lunar" part="lunar">${lunarLabel(group.key, ctx.locale)}</span>`,
      {offset, id: `day-${group.key}`, className: 'loa-heading schedule__day-heading'}
    )}
    <ul class="schedule__events">
      ${group.events.map((event) => renderEvent(ctx, event, group.key))}
    </ul>
  </section>`;
}

/** An event under `day`: its time, a disclosure button with its title, place, groups, and the details panel. */
function renderEvent(ctx: DayContext, event: ScheduleEvent, day: string): TemplateResult {
  const open = ctx.openKey === event.key;
  const cancelled = event.status === 'cancelled';
  const panelId = `detail-${safeId(event.key)}-${day}`;
  return html`<li class="schedule__event ${cancelled ? 'is-cancelled' : ''}" part=${cancelled ? 'event cancelled' : 'event'}>
    <p class="schedule__time">
      <time datetime=${isoDateTime(event.start)}>${timeLabel(event, day, ctx.locale)}</time>
      ${cancelled ? html`<span class="schedule__cancelled">${msg('Đã hủy')}</span>` : nothing}
    </p>
    <button type="button" part="button event-toggle" class="schedule__toggle" aria-expanded=${String(open)} aria-controls=${panelId} @click=${() => ctx.onToggle(event)}>
      <span class="schedule__event-title">${event.title || msg('(Không có tiêu đề)')}</span>${cancelled
        ? html`<span class="visually-hidden">, ${msg('Đã hủy')}</span>`
        : nothing}
    </button>
    ${event.location ? html`<p class="schedule__place">${event.location}</p>` : nothing}
    ${event.categories.length ? html`<p class="schedule__tags">${event.categories.join(' · ')}</p>` : nothing}
    <div id=${panelId} class="schedule__detail" part="detail" ?hidden=${!open}>${open ? ctx.renderDetail(event) : nothing}</div>
  </li>`;
}

/*
 * A page of days renders again for each step of its first drawing and each
 * toggle: what its rows derive from their keys (a lunar date takes the new
 * moons around it) is worked out once. Bounded: a kiosk runs for months.
 */
const derived = new Map<string, string>();
function once(key: string, work: () => string): string {
  let value = derived.get(key);
  if (value === undefined) {
    if (derived.size >= 5000) derived.clear();
    value = work();
    derived.set(key, value);
  }
  return value;
}

/** "Ngày 14 tháng 8 âm lịch" (English: "Lunar 14/8") for a day key. */
export function lunarLabel(key: string, locale: Locale): string {
  return once(`lunar ${locale} ${key}`, () => {
    const lunar = lunarOfDayKey(key);
    return locale === 'vi' ? formatLunarVi(lunar) : formatLunarEn(lunar);
  });
}

/** An id-safe form of an event key (UIDs hold @, dots and worse). */
function safeId(key: string): string {
  return once(`id ${key}`, () => {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    return (hash >>> 0).toString(36);
  });
}
