/*
 * The filters of <loa-schedule>: category chips, a place list and a search
 * box. A controller holds what is chosen and the events that pass (cached:
 * thousands of occurrences, many renders); `renderFilters` draws the bar.
 * The element says how many events match (its view decides which ones count).
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {compareVi, fold} from '../core/text.js';
import type {Schedule, ScheduleEvent} from './event-model.js';
import {distinct, matchesFilters, type Filters} from './schedule-view.js';

export class ScheduleFilters implements ReactiveController {
  private categories: string[] = [];
  private place = '';
  private query = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private cache: {schedule: Schedule; key: string; events: ScheduleEvent[]} | undefined;

  /** `onChange` runs after a reader changed a filter (not after `preset`): the element announces the count. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: () => void
  ) {
    host.addController(this);
  }

  get value(): Filters {
    return {categories: this.categories, place: this.place, query: this.query};
  }

  /** True when any filter is set. */
  get active(): boolean {
    return Boolean(this.categories.length || this.place || this.query.trim());
  }

  /** The events of `schedule` that pass the filters. */
  events(schedule: Schedule): ScheduleEvent[] {
    const key = JSON.stringify(this.value);
    if (this.cache?.schedule !== schedule || this.cache.key !== key) {
      const filters = this.value;
      const events = this.active ? schedule.events.filter((e) => matchesFilters(e, filters)) : schedule.events;
      this.cache = {schedule, key, events};
    }
    return this.cache.events;
  }

  /** The filters given by attributes (`category`, `place`); set during an update, so nothing is announced. */
  preset(filters: {category?: string; place?: string}): void {
    if (filters.category !== undefined) this.categories = filters.category ? [filters.category] : [];
    if (filters.place !== undefined) this.place = filters.place;
  }

  isSelected(category: string): boolean {
    return this.categories.some((c) => fold(c) === fold(category));
  }

  toggleCategory(category: string): void {
    const key = fold(category);
    this.categories = this.isSelected(category) ? this.categories.filter((c) => fold(c) !== key) : [...this.categories, category];
    this.changed();
  }

  setPlace(place: string): void {
    this.place = place;
    this.changed();
  }

  setQuery(query: string): void {
    this.query = query;
    this.host.requestUpdate();
    // Announce once typing pauses, not at every key.
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.onChange(), 600);
  }

  clear(): void {
    this.categories = [];
    this.place = '';
    this.query = '';
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.onChange();
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }
}

/** Each schedule's categories and places, worked out once: every render shows them (each step of the first drawing too). */
const choices = new WeakMap<Schedule, {categories: string[]; places: string[]}>();

function choicesOf(schedule: Schedule): {categories: string[]; places: string[]} {
  let found = choices.get(schedule);
  if (!found) {
    found = {
      categories: distinct(schedule.events.flatMap((e) => e.categories), compareVi),
      places: distinct(schedule.events.map((e) => e.location), compareVi),
    };
    choices.set(schedule, found);
  }
  return found;
}

/**
 * The filter bar: chips for the categories, the places when there are two or
 * more (a `<select>`, or the toggle buttons `placeButtons` renders: the
 * element's `place-filter="buttons"`), the search box, and `count` while filtering.
 */
export function renderFilters(
  schedule: Schedule,
  filters: ScheduleFilters,
  count: () => string,
  placeButtons?: (places: string[]) => TemplateResult
): TemplateResult {
  const {categories, places} = choicesOf(schedule);
  const {place, query} = filters.value;
  const buttons = placeButtons && places.length > 1;
  return html`<div class="schedule__filters" part="filters">
    ${categories.length
      ? html`<div class="schedule__chips" role="group" aria-label=${msg('Lọc theo nhóm')}>
          ${categories.map(
            (category) => html`<button
              type="button"
              part="button chip"
              class="schedule__chip"
              aria-pressed=${String(filters.isSelected(category))}
              @click=${() => filters.toggleCategory(category)}
            >
              ${category}
            </button>`
          )}
        </div>`
      : nothing}
    ${buttons ? placeButtons(places) : nothing}
    <div class="schedule__fields">
      ${places.length > 1 && !buttons
        ? html`<label class="schedule__field">
            <span>${msg('Địa điểm')}</span>
            <select @change=${(e: Event) => filters.setPlace((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!place}>${msg('Tất cả địa điểm')}</option>
              ${places.map((p) => html`<option value=${p} ?selected=${fold(p) === fold(place)}>${p}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="schedule__field">
        <span>${msg('Tìm sự kiện')}</span>
        <input type="search" .value=${query} @input=${(e: Event) => filters.setQuery((e.target as HTMLInputElement).value)} />
      </label>
    </div>
    ${filters.active
      ? html`<p class="schedule__count">
          ${count()}
          <button type="button" part="button" class="loa-button loa-button--secondary" @click=${() => filters.clear()}>${msg('Xóa bộ lọc')}</button>
        </p>`
      : nothing}
  </div>`;
}
