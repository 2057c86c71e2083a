import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {renderContentStatus} from '../core/content-status.js';
import {searchEngine as engine, sourceReaders} from './search-chunks.js';
import type {SearchSession} from './search-session.js';
import {searchStyles} from './loa-search.styles.js';

/** Pause after the last key before results follow the typing. */
const DEBOUNCE_MS = 250;

/**
 * A search over everything a commune publishes: guides, a question-and-answer
 * list, news and events, in the browser, forgiving of the way people type
 * Vietnamese: without diacritics, with a typo, with an abbreviation.
 *
 * This is the element's shell (the properties and the search form); reading
 * the sources, the index (MiniSearch) and the results are the search-engine
 * chunk (search-session.ts), loaded with the first source.
 *
 * @summary Search over guides (HowTo), FAQ (FAQPage), feeds and calendars, with inline answers.
 * @tag loa-search
 *
 * @attr {number} [max-bytes=5242880] - The largest source read, in bytes (default 5 MB). Read by ContentController.
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
 * @csspart error - The error box (together with `status`).
 * @csspart retry - The "Thử lại" button.
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

  @state() private session: SearchSession | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** True once the sources are read and indexed (a failed source counts as read). */
  get ready(): boolean {
    return this.session?.index !== undefined;
  }

  /** Reads every source again and rebuilds the index. */
  refresh(): Promise<void> {
    return this.loadAll();
  }

  /** Searches for `query` now and says how many results, as Enter in the field does (the kiosk's "Tìm" key). */
  submit(): void {
    this.search(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('synonyms')) void this.refresh();
    if (changed.has('query') && this.session && this.query !== this.session.searched) this.search(false);
  }

  private async loadAll(): Promise<void> {
    const urls = (this.src ?? '').split(/\s+/).filter(Boolean);
    if (!urls.length && !this.session) return;
    try {
      const {SearchSession} = await engine.load();
      this.session ??= new SearchSession(this, sourceReaders);
      await this.session.load(urls, this.synonyms);
    } catch {
      // The chunk did not arrive: engine.error says why, in the status box.
      this.requestUpdate();
    }
  }

  private search(speak: boolean): void {
    clearTimeout(this.timer);
    this.session?.search(speak);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (this.session) this.session.searched = this.query;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(true), DEBOUNCE_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.search(true);
  }

  override render() {
    const session = this.session;
    // Kept on few lines: template text is not minified, and this is in loa.js.
    return html`<div class="loa-root" lang=${this.locale}><form role="search" part="form" aria-labelledby="label" @submit=${this.onSubmit}>
<div class="field"><label id="label" for="query" part="label">${msg('Tìm kiếm')}</label>
<input id="query" part="input" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="hint" .value=${this.query} @input=${this.onInput} />
<span id="hint" class="hint">${msg('Gõ không dấu cũng được, ví dụ: cai vneid.')}</span></div>
<button class="loa-button" part="button submit" type="submit">${msg('Tìm')}</button></form>
      ${engine.error && !session
        ? renderContentStatus({
            error: engine.error,
            loading: false,
            loadedAt: undefined,
            hasContent: false,
            locale: this.locale,
            onRetry: () => void this.refresh(),
          })
        : nothing}
      ${session?.render(this.level, this.locale, (topic) => {
        this.query = topic;
        this.search(true);
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-search': LoaSearch;
  }
}
