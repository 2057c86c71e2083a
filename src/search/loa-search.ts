import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {renderContentStatus} from '../core/content-status.js';
import {asContentError, type ContentError} from '../core/content-error.js';
import {announce} from '../core/announcer.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase} from '../core/urls.js';
import {searchEngine as engine} from './search-chunks.js';
import type {SearchIndex} from './search-index.js';
import type {SearchDoc, SearchHit} from './search-model.js';
import type {SearchDetail, SearchOpenDetail} from './search-events.js';
import {countSentence, renderGroups} from './search-views.js';
import {searchStyles} from './loa-search.styles.js';

/** Pause after the last key before results follow the typing. */
const DEBOUNCE_MS = 250;

/**
 * A search over everything a commune publishes: guides, a question-and-answer
 * list, news and events, in the browser, forgiving of the way people type
 * Vietnamese: without diacritics, with a typo, with an abbreviation.
 *
 * @summary Search over guides (HowTo), FAQ (FAQPage), feeds and calendars, with inline answers.
 * @tag loa-search
 *
 * @fires loa-search - A search ran (typing, Enter, or `query` set); `detail: {query, count}`.
 * @fires loa-search-open - A result was activated; `detail: {kind, url, id, step, source}`.
 *   Bubbles, composed, cancelable: call `preventDefault()` to open the item in place (the kiosk does).
 * @fires loa-link-activate - A result's link is followed (when `loa-search-open` was not canceled); `detail: {href, label}`. Cancelable.
 *
 * @csspart form - The search landmark (a `<form role="search">`).
 * @csspart label - The visible label "Tìm kiếm".
 * @csspart input - The search field.
 * @csspart button - Every button.
 * @csspart submit - The "Tìm" button.
 * @csspart status - The loading or error box.
 * @csspart note - The quiet note naming a source that could not be read.
 * @csspart group - One group of results (Hỏi đáp, Hướng dẫn, Tin tức, Sự kiện).
 * @csspart heading - Group and result headings.
 * @csspart results - The list of a group's results.
 * @csspart result - One result.
 * @csspart link - A result's title link (or button, for an item without an address).
 * @csspart snippet - A result's text with the matched words marked.
 * @csspart mark - A matched word.
 * @csspart answer - A question with its answer (`<details>`), shown inline.
 * @csspart suggestions - The topics offered when nothing is found.
 *
 * @cssprop --loa-color-accent - Links and buttons.
 * @cssprop --loa-color-mark - The background of matched words (default #ffe36e, with black text).
 * @cssprop --loa-target-size - Minimum size of every touch target (the kiosk sets 3em).
 */
export class LoaSearch extends LoaElement {
  static override styles = [themeStyles, searchStyles];

  /** Space-separated URLs: guides (HowTo), FAQ (FAQPage), feeds (JSON Feed, RSS, Atom), calendars (iCalendar). */
  @property() src = '';

  /** The query. Set it to search; it follows what is typed. */
  @property({reflect: true}) query = '';

  /** URL of a JSON object mapping a term to its equivalents: `{"sổ đỏ": ["giấy chứng nhận quyền sử dụng đất"]}`. */
  @property() synonyms = '';

  /** Who helps when nothing is found, shown then: "Bộ phận một cửa, UBND xã, 0234 3 123 456". */
  @property() help = '';

  @state() private index: SearchIndex | undefined;
  @state() private hits: SearchHit[] = [];
  @state() private building = false;
  @state() private failed: ContentError | undefined;

  private sources: ContentController<SearchDoc[]>[] = [];
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The query the shown results belong to. */
  private searched = '';

  /** True once the sources are read and indexed (a failed source counts as read). */
  get ready(): boolean {
    return this.index !== undefined;
  }

  /** How many documents are indexed (a guide counts once per step, plus itself). */
  get size(): number {
    return this.index?.size ?? 0;
  }

  /** Reads every source again and rebuilds the index. */
  refresh(): Promise<void> {
    return this.loadAll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('synonyms')) void this.loadAll();
    if (changed.has('query') && this.query !== this.searched) this.search(false);
  }

  private urls(): string[] {
    return (this.src ?? '').split(/\s+/).filter(Boolean);
  }

  private async loadAll(): Promise<void> {
    const generation = ++this.generation;
    const urls = this.urls();
    for (const source of this.sources) this.removeController(source);
    this.index = undefined;
    this.failed = undefined;
    if (!urls.length) return;
    engine.prefetch();
    this.building = true;
    this.sources = urls.map(
      (url, i) =>
        new ContentController<SearchDoc[]>(this, {
          decode: async (bytes, response) => (await engine.load()).decodeSource(bytes, response.headers.get('content-type')),
          parse: async (text, response) => (await engine.load()).readSource(text, url, i, contentBase(response.url, url)),
        })
    );
    const [extra] = await Promise.all([this.loadSynonyms(), ...this.sources.map((source, i) => source.load(urls[i]))]);
    if (generation !== this.generation) return;
    try {
      const {SearchIndex} = await engine.load();
      const index = await SearchIndex.build(
        this.sources.flatMap((source) => source.value ?? []),
        extra
      );
      if (generation !== this.generation) return;
      this.index = index;
    } catch (error) {
      if (generation === this.generation) this.failed = asContentError(error, '');
    }
    this.building = false;
    if (this.query) this.search(false);
  }

  /** The `synonyms` file's groups; one that fails is left out (the built-in table still works). */
  private async loadSynonyms(): Promise<string[][]> {
    if (!this.synonyms) return [];
    try {
      const [response, {parseSynonyms}] = await Promise.all([fetch(this.synonyms, {credentials: 'same-origin'}), engine.load()]);
      return response.ok ? parseSynonyms(await response.text()) : [];
    } catch {
      return [];
    }
  }

  /** Runs the query; `speak` says the count through the shared announcer. */
  private search(speak: boolean): void {
    clearTimeout(this.timer);
    const query = this.query.trim();
    this.searched = this.query;
    if (!this.index) return;
    this.hits = query ? this.index.search(query) : [];
    if (!query) return;
    const count = this.hits.length;
    this.dispatchEvent(new CustomEvent<SearchDetail>('loa-search', {detail: {query, count}, bubbles: true, composed: true}));
    if (speak) {
      const said = this.localize(() => (count ? countSentence(count) : msg('Không tìm thấy kết quả nào')));
      announce(said, this.locale);
    }
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.searched = this.query;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(true), DEBOUNCE_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.search(true);
  }

  private suggest(topic: string): void {
    this.query = topic;
    this.search(true);
  }

  private open(hit: SearchHit, event: MouseEvent): void {
    const {doc} = hit;
    const detail: SearchOpenDetail = {kind: doc.kind, url: doc.url, id: doc.itemId, step: doc.step, source: doc.source};
    const opened = new CustomEvent<SearchOpenDetail>('loa-search-open', {detail, bubbles: true, composed: true, cancelable: true});
    if (!this.dispatchEvent(opened)) {
      event.preventDefault();
      return;
    }
    routeLinkClick(this, event);
  }

  override render() {
    const failedSources = this.sources.filter((source) => source.error);
    const allFailed = this.sources.length > 0 && failedSources.length === this.sources.length;
    return html`<div class="loa-root" lang=${this.locale}>
      <form role="search" part="form" aria-labelledby="label" @submit=${this.onSubmit}>
        <div class="field">
          <label id="label" for="query" part="label">${msg('Tìm kiếm')}</label>
          <input
            id="query"
            part="input"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="hint"
            .value=${this.query}
            @input=${this.onInput}
          />
          <span id="hint" class="hint">${msg('Gõ không dấu cũng được, ví dụ: cai vneid.')}</span>
        </div>
        <button class="loa-button" part="button submit" type="submit">${msg('Tìm')}</button>
      </form>
      ${allFailed || this.failed
        ? renderContentStatus({
            error: this.failed ?? failedSources[0].error,
            loading: false,
            loadedAt: undefined,
            hasContent: false,
            locale: this.locale,
            onRetry: () => void this.loadAll(),
          })
        : this.building
          ? html`<p class="loa-status" part="status">${msg('Đang chuẩn bị tìm kiếm…')}</p>`
          : nothing}
      ${failedSources.length && !allFailed
        ? html`<p class="note" part="note">${msg(str`Không đọc được: ${failedSources.map((source) => fileName(this.urls()[this.sources.indexOf(source)])).join(', ')}.`)}</p>`
        : nothing}
      ${this.renderResults()}
    </div>`;
  }

  private renderResults() {
    const query = this.searched.trim();
    if (!this.index || !query) return nothing;
    if (!this.hits.length) {
      const topics = this.index.topics(5);
      return html`<p class="count">${msg(str`Không tìm thấy kết quả nào cho “${query}”.`)}</p>
        ${topics.length
          ? html`<p id="suggest">${msg('Thử tìm theo chủ đề:')}</p>
              <ul class="suggestions" part="suggestions" aria-labelledby="suggest">
                ${topics.map(
                  (topic) => html`<li><button class="loa-button loa-button--secondary" part="button" type="button" @click=${() => this.suggest(topic)}>${topic}</button></li>`
                )}
              </ul>`
          : nothing}
        ${this.help ? html`<p class="help">${msg(str`Cần người giúp? ${this.help}`)}</p>` : nothing}`;
    }
    return html`<p class="count">${countSentence(this.hits.length)}</p>
      ${renderGroups({hits: this.hits, level: this.level, locale: this.locale, onOpen: (hit, event) => this.open(hit, event)})}`;
  }
}

/** "news.json" for a note, from any address. */
function fileName(url: string | undefined): string {
  const path = (url ?? '').split(/[?#]/)[0];
  const name = path.split('/').filter(Boolean).pop() ?? path;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-search': LoaSearch;
  }
}
