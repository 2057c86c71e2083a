/*
 * What the resident needs before starting: the time it takes, what to bring
 * (supply) and what to have (tool). Shown under the title in both
 * presentations. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import type {Guide} from './howto-model.js';
import {durationWords} from './howto-messages.js';

/** The facts box, or nothing when the guide gives none. */
export function renderFacts(guide: Guide, locale: Locale): TemplateResult | typeof nothing {
  if (!guide.totalTime && !guide.supply.length && !guide.tool.length) return nothing;
  return html`<div class="facts" part="facts" lang=${locale}>
    ${guide.totalTime
      ? html`<p class="facts__time"><strong>${msg('Thời gian:')}</strong> ${durationWords(guide.totalTime, locale)}</p>`
      : nothing}
    ${renderList(msg('Cần mang theo:'), guide.supply, guide.inLanguage)}
    ${renderList(msg('Cần có:'), guide.tool, guide.inLanguage)}
  </div>`;
}

/** The items are the guide's words, so they carry its language. */
function renderList(label: string, items: string[], lang: string | undefined): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div class="facts__list">
    <p><strong>${label}</strong></p>
    <ul lang=${ifDefined(lang)}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </div>`;
}
