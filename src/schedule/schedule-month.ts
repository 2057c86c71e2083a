/*
 * The month view of <loa-schedule>: a `<table role="grid">`, Monday first,
 * with one tab stop (roving tabindex) and the keys of the APG date grid, and
 * the chosen day's events below it. Render functions of plain data and
 * callbacks; the element owns the month, the active and the chosen day. Like
 * every view of events, this comes with the calendar-tools chunk.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {heading} from '../core/heading.js';
import {dateFormat} from '../core/dates.js';
import type {ScheduleEvent} from './event-model.js';
import {countsByDay, eventsOnDay, firstPage, monthWeeks, moveDay} from './schedule-view.js';
import {lunarLabel, renderDay, type DayContext} from './schedule-agenda.js';
import {dayLabel, gridDayLabel, monthTitle} from './schedule-messages.js';
import {addDays, startOfDay} from './zoned-time.js';

export interface MonthState {
  /** The month shown, "2025-10". */
  month: string;
  /** Today's day key: marked `aria-current="date"`; '' (no day marked) with plain dates. */
  today: string;
  /** The day that holds the grid's tab stop. */
  activeDay: string;
  /** The chosen day, whose events show below the grid; '' for none. */
  selectedDay: string;
  /** The events that pass the filters. */
  events: ScheduleEvent[];
  /** How many of the chosen day's events show. */
  selectedLimit: number;
  filtering: boolean;
}

export interface MonthActions {
  /** "Tháng trước" (-1) and "Tháng sau" (+1). */
  onMonth: (step: number) => void;
  /** A day chosen by tap, Enter or Space. */
  onSelect: (key: string) => void;
  /** A key moved the tab stop to `key` (perhaps in another month); it wants focus once rendered. */
  onMove: (key: string) => void;
  /** "Xem thêm sự kiện trong ngày". */
  onMoreOfDay: () => void;
}

export function renderMonth(ctx: DayContext, state: MonthState, actions: MonthActions): TemplateResult {
  const {month} = state;
  const {locale} = ctx;
  const counts = countsByDay(state.events, month);
  // Monday-first weekday names, from Intl (5 Jan 2026 is a Monday).
  const weekdays = Array.from({length: 7}, (_, i) => startOfDay(addDays('2026-01-05', i)));
  const active = state.activeDay.startsWith(month) ? state.activeDay : `${month}-01`;
  // .schedule__month is the container queried: from 1200 px, the chosen day sits beside the grid (loa-schedule.styles.ts).
  return html`<div class="schedule__month"><div class="schedule__month-cols"><div>
    <div class="schedule__month-bar">
      <button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => actions.onMonth(-1)}>
        <span aria-hidden="true">‹</span> ${msg('Tháng trước')}
      </button>
      ${heading(ctx.level, monthTitle(month, locale), {offset: 1, id: 'month-heading', className: 'loa-heading schedule__month-heading'})}
      <button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => actions.onMonth(1)}>
        ${msg('Tháng sau')} <span aria-hidden="true">›</span>
      </button>
    </div>
    <table role="grid" class="schedule__grid" part="grid" aria-labelledby="month-heading" @keydown=${(e: KeyboardEvent) => onGridKey(e, actions)}>
      <thead>
        <tr>
          ${weekdays.map(
            (d) => html`<th scope="col" abbr=${dateFormat(locale, {weekday: 'long'}).format(d)}>
              ${dateFormat(locale, {weekday: 'short'}).format(d)}
            </th>`
          )}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(month).map(
          (week) => html`<tr>
            ${week.map((key) => (key ? renderCell(ctx, state, actions, key, counts.get(key) ?? 0, key === active) : html`<td class="schedule__pad"></td>`))}
          </tr>`
        )}
      </tbody>
    </table></div>
    ${state.selectedDay ? renderSelectedDay(ctx, state, actions) : html`<p class="schedule__hint">${msg('Chọn một ngày để xem các sự kiện trong ngày.')}</p>`}
  </div></div>`;
}

/**
 * After a day was chosen: when its events are below the grid (not beside it),
 * scrolls them into view, as little as needed ('nearest', within the page's
 * scroll-padding). Focus stays where it is.
 */
export function revealDay(root: ParentNode): void {
  const list = root.querySelector('.schedule__selected');
  const grid = root.querySelector('.schedule__grid');
  if (list && grid && list.getBoundingClientRect().top >= grid.getBoundingClientRect().bottom) list.scrollIntoView({block: 'nearest'});
}

function renderCell(ctx: DayContext, state: MonthState, actions: MonthActions, key: string, count: number, active: boolean): TemplateResult {
  const today = key === state.today;
  // The cell is named by its content: a full date and count for screen readers, the number for the eye.
  return html`<td
    role="gridcell"
    data-day=${key}
    tabindex=${active ? 0 : -1}
    aria-selected=${String(key === state.selectedDay)}
    aria-current=${today ? 'date' : 'false'}
    class="schedule__cell ${count ? 'has-events' : ''} ${today ? 'is-today' : ''}"
    @click=${() => actions.onSelect(key)}
  >
    <span class="schedule__cell-day" aria-hidden="true">${Number(key.slice(8))}</span>
    ${count ? html`<span class="schedule__cell-count" aria-hidden="true">${count}</span>` : nothing}
    <span class="visually-hidden">${gridDayLabel(key, count, today, ctx.locale)}</span>
  </td>`;
}

/** The chosen day under the grid: its events a page at a time, or a heading and "no events". */
function renderSelectedDay(ctx: DayContext, state: MonthState, actions: MonthActions): TemplateResult {
  const key = state.selectedDay;
  const events = eventsOnDay(state.events, key);
  const page = firstPage([{key, events}], 1, state.selectedLimit);
  return html`<div class="schedule__selected" part="selected-day">
    ${events.length
      ? html`${renderDay(ctx, page.groups[0], 2)}
        ${page.more
          ? html`<button type="button" part="button" class="loa-button loa-button--secondary" @click=${actions.onMoreOfDay}>
              ${msg('Xem thêm sự kiện trong ngày')}
            </button>`
          : nothing}`
      : html`${heading(
            ctx.level,
            html`${dayLabel(key, ctx.locale, ctx.now)} <span class="schedule__lunar" part="lunar">${lunarLabel(key, ctx.locale)}</span>`,
            {offset: 2, id: `day-${key}`, className: 'loa-heading schedule__day-heading'}
          )}
          <p class="schedule__empty">${state.filtering ? msg('Không có sự kiện nào khớp bộ lọc trong ngày này.') : msg('Không có sự kiện trong ngày này.')}</p>`}
  </div>`;
}

/** Enter and Space choose the focused day; arrows, Home/End and PageUp/PageDown move (moveDay in schedule-view.ts). */
function onGridKey(event: KeyboardEvent, actions: MonthActions): void {
  const cell = (event.composedPath()[0] as HTMLElement).closest?.('td[data-day]') as HTMLElement | null;
  if (!cell) return;
  const key = cell.dataset.day!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    actions.onSelect(key);
    return;
  }
  const next = moveDay(key, event.key);
  if (!next) return;
  event.preventDefault();
  actions.onMove(next);
}
