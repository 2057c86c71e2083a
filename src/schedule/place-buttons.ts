/*
 * The places of <loa-schedule> as toggle buttons (`place-filter="buttons"`),
 * for touch screens where a native <select> is too small: "Tất cả địa điểm"
 * and one button per place, wrapping. They filter like the <select> of
 * schedule-filters.ts, through the same controller. Part of the lazy
 * calendar-tools chunk: filters only show once a calendar was read.
 */
import {html, type TemplateResult} from 'lit/html.js';
import {msg} from '@lit/localize';
import {fold} from '../core/text.js';
import type {ScheduleFilters} from './schedule-filters.js';

/** The places folded once per list (one per schedule): every render asks which one is pressed. */
const foldedLists = new WeakMap<string[], Map<string, string>>();

function foldedOf(places: string[]): Map<string, string> {
  let folded = foldedLists.get(places);
  if (!folded) foldedLists.set(places, (folded = new Map(places.map((p) => [p, fold(p)]))));
  return folded;
}

export function renderPlaceButtons(places: string[], filters: ScheduleFilters): TemplateResult {
  const {place} = filters.value;
  const chosen = fold(place);
  const folded = foldedOf(places);
  // A pressed place toggles back to every place; "Tất cả địa điểm" ('') stays pressed.
  const button = (value: string, label: string) => {
    const pressed = (folded.get(value) ?? fold(value)) === chosen;
    return html`<button
      type="button"
      part="button chip place"
      class="schedule__chip schedule__place-button"
      aria-pressed=${String(pressed)}
      @click=${() => filters.setPlace(pressed ? '' : value)}
    >
      ${label}
    </button>`;
  };
  return html`<div class="schedule__chips" role="group" aria-label=${msg('Lọc theo địa điểm')}>
    ${button('', msg('Tất cả địa điểm'))} ${places.map((p) => button(p, p))}
  </div>`;
}
