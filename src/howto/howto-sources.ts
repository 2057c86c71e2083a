/*
 * The end of a guide: where its facts come from and when its steps were last
 * checked, "Nguồn: … · Kiểm tra lần cuối: 11/2026" (schema.org `citation`
 * and `dateModified`, docs/content.md). After the steps in the overview, and
 * under the done card in guided mode. Each source is a plain link, named by
 * the guide (or by its host); the element routes its clicks like any other
 * link, so the kiosk shows it as a QR card. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {dateFormat} from '../core/dates.js';
import type {Locale} from '../core/locale.js';
import type {Guide, GuideSource} from './howto-model.js';

/** "11/2026" / "November 2026": a review is a month's news, not a day's. */
export function reviewMonth(day: string, locale: Locale): string {
  // Noon in Vietnam, so the zone never moves the day into another month.
  const date = new Date(`${day}T12:00:00+07:00`);
  return dateFormat(locale, {month: locale === 'vi' ? 'numeric' : 'long', year: 'numeric'}).format(date);
}

/** A source's words: its name, else the host of its page ("dichvucong.gov.vn"). */
function sourceLabel(source: GuideSource): string {
  return source.name ?? new URL(source.url!).host.replace(/^www\./, '');
}

export function renderSources(guide: Pick<Guide, 'sources' | 'reviewed' | 'inLanguage'>, locale: Locale): TemplateResult | typeof nothing {
  const {sources, reviewed} = guide;
  if (!sources.length && !reviewed) return nothing;
  const links = sources.map((source, i) => {
    const label = sourceLabel(source);
    return html`${i ? '; ' : ''}${source.url ? html`<a href=${source.url}>${label}</a>` : label}`;
  });
  // The names are the guide's words, in its language. No white space before the hidden full stop.
  const cited = sources.length ? html`<span>${msg('Nguồn:')} <span lang=${ifDefined(guide.inLanguage)}>${links}</span></span>` : nothing;
  const separator = sources.length && reviewed ? html`<span class="visually-hidden">.</span><span aria-hidden="true"> · </span>` : nothing;
  const date = reviewed ? html`<span>${msg('Kiểm tra lần cuối:')} <time datetime=${reviewed}>${reviewMonth(reviewed, locale)}</time></span>` : nothing;
  return html`<p class="sources" part="sources" lang=${locale}>${cited}${separator}${date}</p>`;
}
