/*
 * What <loa-search> does once its engine is here, in the search-engine chunk
 * so that loa.js carries only the element's shell (loa-search.ts: the
 * properties and the search form): reading the sources (one
 * ContentController each), building the index, running queries, saying the
 * count, firing `loa-search` and `loa-search-open`, and rendering the status,
 * the note on failed sources and the results.
 */
import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {ContentController} from '../core/content-controller.js';
import {renderContentStatus} from '../core/content-status.js';
import {asContentError, type ContentError} from '../core/content-error.js';
import {announce} from '../core/announcer.js';
import {languageOf, withLocale, type Locale} from '../core/locale.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase} from '../core/urls.js';
import {timeSlicer} from '../core/yield.js';
import {SearchIndex} from './search-index.js';
import type {SearchDoc, SearchHit, SearchKind} from './search-model.js';
import type {SearchDetail, SearchOpenDetail} from './search-events.js';
import {decodeSource, readSource, type SourceReaders} from './search-read.js';
import {parseSynonyms} from './synonyms.js';
import {countSentence, FIRST, MORE, renderFailedNote, renderGroups, renderNoResults} from './search-views.js';
import {resultStyles} from './search-views.styles.js';

/** The element, as the session sees it. */
export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  query: string;
  help: string;
}

export class SearchSession {
  index: SearchIndex | undefined;
  hits: SearchHit[] = [];
  building = false;
  failed: ContentError | undefined;
  /** The query the shown results belong to. */
  searched = '';
  /** How many results of each group are shown, past the first FIRST ("Xem thêm"); reset by each search. */
  private shown = new Map<SearchKind, number>();
  private sources: ContentController<SearchDoc[]>[] = [];
  private urls: string[] = [];
  private generation = 0;

  constructor(
    private readonly host: SearchHost,
    private readonly readers: SourceReaders
  ) {
    const root = host.shadowRoot;
    const sheet = resultStyles.styleSheet;
    // The results' styles, adopted once (a constructed sheet: a strict style-src CSP allows it).
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Reads every source (and the synonyms file), then builds the index. */
  async load(urls: string[], synonyms: string): Promise<void> {
    const generation = ++this.generation;
    for (const source of this.sources) this.host.removeController(source);
    this.urls = urls;
    this.index = undefined;
    this.failed = undefined;
    this.building = urls.length > 0;
    this.sources = urls.map(
      (url, i) =>
        new ContentController<SearchDoc[]>(this.host, {
          decode: (bytes, response) => decodeSource(this.readers, bytes, response.headers.get('content-type')),
          parse: (text, response) => readSource(this.readers, text, url, i, contentBase(response.url, url)),
        })
    );
    this.host.requestUpdate();
    if (!urls.length) return;
    // Fetches are started a slice at a time: starting fifty in one go was one long task.
    const slice = timeSlicer(20);
    const extraLoad = loadSynonyms(synonyms);
    const loads: Promise<unknown>[] = [];
    const sources = this.sources;
    for (let i = 0; i < urls.length; i++) {
      loads.push(sources[i].load(urls[i]));
      await slice();
      if (generation !== this.generation) return;
    }
    const [extra] = await Promise.all([extraLoad, ...loads]);
    if (generation !== this.generation) return;
    try {
      const index = await SearchIndex.build(this.sources.flatMap((source) => source.value ?? []), extra);
      if (generation !== this.generation) return;
      this.index = index;
    } catch (error) {
      this.failed = asContentError(error, '');
    }
    this.building = false;
    this.search(false);
  }

  /** Runs the host's query; `speak` says the count through the shared announcer. */
  search(speak: boolean): void {
    const query = this.host.query.trim();
    this.searched = this.host.query;
    this.host.requestUpdate();
    if (!this.index) return;
    this.hits = query ? this.index.search(query) : [];
    this.shown = new Map();
    if (!query) return;
    const count = this.hits.length;
    this.host.dispatchEvent(new CustomEvent<SearchDetail>('loa-search', {detail: {query, count}, bubbles: true, composed: true}));
    if (speak) {
      const locale = languageOf(this.host);
      announce(withLocale(locale, () => countSentence(count)), locale);
    }
  }

  /** "Xem thêm": MORE more results of a group, and focus on the first of them, where reading goes on. */
  private async more(kind: SearchKind): Promise<void> {
    const from = this.shown.get(kind) ?? FIRST;
    this.shown.set(kind, from + MORE);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const group = this.host.shadowRoot?.getElementById(`group-${kind}`)?.closest('section');
    group?.querySelectorAll('.result')[from]?.querySelector<HTMLElement>('a, summary, button')?.focus();
  }

  private open(hit: SearchHit, event: MouseEvent): void {
    const {doc} = hit;
    const detail: SearchOpenDetail = {kind: doc.kind, url: doc.url, id: doc.itemId, step: doc.step, source: doc.source};
    const opened = new CustomEvent<SearchOpenDetail>('loa-search-open', {detail, bubbles: true, composed: true, cancelable: true});
    if (!this.host.dispatchEvent(opened)) {
      event.preventDefault();
      return;
    }
    routeLinkClick(this.host, event);
  }

  /** The status, the note on failed sources and the results; inside the element's render. */
  render(level: number, locale: Locale, onTopic: (topic: string) => void): TemplateResult {
    const failed = this.sources.filter((source) => source.error);
    const all = failed.length > 0 && failed.length === this.sources.length;
    const error = this.failed ?? (all ? failed[0].error : undefined);
    const query = this.searched.trim();
    return html`${this.building ? html`<p class="loa-status" part="status">${msg('Đang chuẩn bị tìm kiếm…')}</p>` : nothing}
    ${error
      ? renderContentStatus({error, loading: false, loadedAt: undefined, hasContent: false, locale, onRetry: () => void this.load(this.urls, '')})
      : nothing}
    ${failed.length && !all ? renderFailedNote(failed.map((source) => this.urls[this.sources.indexOf(source)] ?? '')) : nothing}
    ${!this.index || !query
      ? nothing
      : this.hits.length
        ? renderGroups({
            hits: this.hits,
            shown: (kind) => this.shown.get(kind) ?? FIRST,
            onMore: (kind) => void this.more(kind),
            level,
            locale,
            onOpen: (hit, event) => this.open(hit, event),
          })
        : renderNoResults({query, topics: this.index.topics(5), help: this.host.help, onTopic})}`;
  }
}

/** The `synonyms` file's groups; one that fails is left out (the built-in table still works). */
async function loadSynonyms(url: string): Promise<string[][]> {
  if (!url) return [];
  try {
    const response = await fetch(url, {credentials: 'same-origin'});
    return response.ok ? parseSynonyms(await response.text()) : [];
  } catch {
    return [];
  }
}
