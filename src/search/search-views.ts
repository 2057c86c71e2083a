/*
 * How <loa-search> shows results: grouped by kind (Hỏi đáp, Hướng dẫn, Tin
 * tức, Sự kiện), each with its title (a link to the item, or the question of
 * an answer shown inline), its snippet with the matched words marked, and a
 * date for news and events; or, with none, a sentence, topics to try and the
 * help desk. Called inside the element's render (msg() works). Part of the
 * search-engine chunk: results exist only once the index does, so loa.js
 * carries none of this.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {heading} from '../core/heading.js';
import {formatDateTime, formatLongDate, isoDateTime} from '../core/dates.js';
import type {Locale} from '../core/locale.js';
import {SEARCH_KINDS, type SearchHit, type SearchKind, type Segment} from './search-model.js';

/** Results of a group shown at first, and added by each "Xem thêm". */
export const FIRST = 10;
export const MORE = 20;

export function kindName(kind: SearchKind): string {
  switch (kind) {
    case 'faq':
      return msg('Hỏi đáp');
    case 'guide':
      return msg('Hướng dẫn');
    case 'news':
      return msg('Tin tức');
    case 'event':
      return msg('Sự kiện');
  }
}

/** What is announced: "Tìm thấy 4 kết quả" (one result apart, for English's singular), or that there is none. */
export function countSentence(count: number): string {
  if (!count) return msg('Không tìm thấy kết quả nào');
  return count === 1 ? msg('Tìm thấy 1 kết quả') : msg(str`Tìm thấy ${count} kết quả`);
}

export interface NoResultsView {
  query: string;
  topics: string[];
  help: string;
  onTopic: (topic: string) => void;
}

/** Nothing found: a plain sentence, topics to try (real buttons), and who helps. */
export function renderNoResults(view: NoResultsView): TemplateResult {
  return html`<p class="count">${msg(str`Không tìm thấy kết quả nào cho “${view.query}”.`)}</p>
    ${view.topics.length
      ? html`<p id="suggest">${msg('Thử tìm theo chủ đề:')}</p>
          <ul class="suggestions" part="suggestions" aria-labelledby="suggest">
            ${view.topics.map(
              (topic) =>
                html`<li><button class="loa-button loa-button--secondary" part="button" type="button" @click=${() => view.onTopic(topic)}>${topic}</button></li>`
            )}
          </ul>`
      : nothing}
    ${view.help ? html`<p class="help">${msg(str`Cần người giúp? ${view.help}`)}</p>` : nothing}`;
}

/** The quiet note naming the sources that could not be read, by file name. */
export function renderFailedNote(urls: string[]): TemplateResult {
  return html`<p class="note" part="note">${msg(str`Không đọc được: ${urls.map(fileName).join(', ')}.`)}</p>`;
}

/** "news.json", from any address. */
function fileName(url: string): string {
  const path = url.split(/[?#]/)[0];
  const name = path.split('/').filter(Boolean).pop() ?? path;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function segments(parts: Segment[]): TemplateResult {
  return html`${parts.map((part) => (part.mark ? html`<mark part="mark">${part.text}</mark>` : part.text))}`;
}

export interface ResultsView {
  hits: SearchHit[];
  /** How many of a group's results are shown (the first ones; "Xem thêm" shows more). */
  shown: (kind: SearchKind) => number;
  onMore: (kind: SearchKind) => void;
  level: number;
  locale: Locale;
  onOpen: (hit: SearchHit, event: MouseEvent) => void;
}

/** The button under a group that shows `count` more of its results. */
function moreLabel(count: number): string {
  return count === 1 ? msg('Xem thêm 1 kết quả') : msg(str`Xem thêm ${count} kết quả`);
}

/** The groups, in a fixed order; a kind with no result is left out. */
export function renderGroups(view: ResultsView): TemplateResult {
  const count = html`<p class="count">${countSentence(view.hits.length)}</p>`;
  // The answer opens when a question is the best match of all: "cai vneid cho me" is
  // answered at once, while "ngay hoi" (the event first) does not open an answer that
  // merely holds "ngay" and "hỏi" apart.
  const topFaq = view.hits[0]?.doc.kind === 'faq' ? view.hits[0] : undefined;
  return html`${count}${SEARCH_KINDS.map((kind) => {
    const hits = view.hits.filter((hit) => hit.doc.kind === kind);
    if (!hits.length) return nothing;
    // Only the first results of a group are in the page: a common word finds hundreds, and
    // putting them all in (and taking them out at the next key) took longer than the search.
    const shown = view.shown(kind);
    const rest = hits.length - shown;
    return html`<section class="group" part="group" aria-labelledby="group-${kind}">
      ${heading(view.level, html`${kindName(kind)} (${hits.length})`, {id: `group-${kind}`, className: 'loa-heading group__title'})}
      <ul class="results" part="results">
        ${hits.slice(0, shown).map((hit) => html`<li class="result" part="result">${renderHit(hit, view, hit === topFaq)}</li>`)}
      </ul>
      ${rest > 0
        ? html`<button class="loa-button loa-button--secondary more" part="button" type="button" aria-describedby="group-${kind}" @click=${() => view.onMore(kind)}>
            ${moreLabel(Math.min(rest, MORE))}
          </button>`
        : nothing}
    </section>`;
  })}`;
}

function renderHit(hit: SearchHit, view: ResultsView, open: boolean): TemplateResult {
  const doc = hit.doc;
  const lang = doc.lang && doc.lang.slice(0, 2) !== view.locale ? doc.lang : nothing;
  if (doc.kind === 'faq') {
    // The answer is the result: shown inline, the best one already open.
    return html`<details ?open=${open} lang=${lang} part="answer">
      <summary>${segments(hit.title)}</summary>
      <div class="answer">${(doc.answer ?? '').split('\n').map((line) => html`<p>${line}</p>`)}</div>
    </details>`;
  }
  const title = segments(hit.title);
  const link = doc.url
    ? html`<a href=${doc.url} part="link" @click=${(event: MouseEvent) => view.onOpen(hit, event)}>${title}</a>`
    : html`<button class="result__open" part="link" type="button" @click=${(event: MouseEvent) => view.onOpen(hit, event)}>${title}</button>`;
  return html`<div lang=${lang}>
    ${heading(view.level, link, {offset: 1, className: 'loa-heading'})}
    ${doc.step !== undefined ? html`<p class="step">${msg(str`Bước ${doc.step}: ${doc.stepName ?? ''}`)}</p>` : nothing}
    ${doc.date ? html`<p class="date"><time datetime=${isoDateTime(doc.date)}>${doc.allDay ? formatLongDate(doc.date, view.locale) : formatDateTime(doc.date, view.locale)}</time></p>` : nothing}
    <p class="snippet" part="snippet">${segments(hit.snippet)}</p>
  </div>`;
}
