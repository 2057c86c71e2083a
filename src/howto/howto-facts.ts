/*
 * The guide's intro: its description and what the resident needs before
 * starting: the time it takes, what to bring (supply) and what to have
 * (tool). Shown in full under the title, except past step 1 of the guided
 * card, where it folds to one line ("Chuẩn bị: khoảng 30 phút, 2 thứ cần
 * mang") that opens it again, so the step card sits near the top of the
 * screen. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import type {Guide} from './howto-model.js';
import {durationWords} from './howto-messages.js';

export interface IntroView {
  locale: Locale;
  /** Folded to its one-line button (guided card, past step 1, or finished). */
  folded: boolean;
  /** Folded, but opened again by the resident. */
  open: boolean;
}

/** The description and the facts box; folded, a disclosure button that shows them. */
export function renderIntro(guide: Guide, view: IntroView, onToggle: () => void): TemplateResult | typeof nothing {
  const body = html`${guide.description.map((line) => html`<p class="guide__description">${line}</p>`)}
  ${renderFacts(guide, view.locale)}`;
  if (!view.folded) return body;
  if (!guide.description.length && !hasFacts(guide)) return nothing;
  return html`<div class="intro" part="intro">
    <button
      type="button"
      class="intro__toggle"
      part="intro-toggle"
      lang=${view.locale}
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="intro-panel"
      @click=${() => onToggle()}
    >
      ${introSummary(guide, view.locale)}
    </button>
    <div class="intro__panel" id="intro-panel" ?hidden=${!view.open}>${body}</div>
  </div>`;
}

function hasFacts(guide: Guide): boolean {
  return Boolean(guide.totalTime || guide.supply.length || guide.tool.length);
}

/** "Chuẩn bị: khoảng 30 phút, 2 thứ cần mang, 1 thứ cần có", or "Giới thiệu" for a guide with a description only. */
function introSummary(guide: Guide, locale: Locale): string {
  const parts: string[] = [];
  if (guide.totalTime) parts.push(durationWords(guide.totalTime, locale));
  const bring = guide.supply.length;
  if (bring) parts.push(bring === 1 ? msg('1 thứ cần mang') : msg(str`${bring} thứ cần mang`));
  const have = guide.tool.length;
  if (have) parts.push(have === 1 ? msg('1 thứ cần có') : msg(str`${have} thứ cần có`));
  if (!parts.length) return msg('Giới thiệu');
  const list = parts.join(', ');
  return msg(str`Chuẩn bị: ${list}`);
}

/** The facts box, or nothing when the guide gives none. */
export function renderFacts(guide: Guide, locale: Locale): TemplateResult | typeof nothing {
  if (!hasFacts(guide)) return nothing;
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
