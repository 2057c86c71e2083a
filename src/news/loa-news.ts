import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {languageOf} from '../core/locale.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {errorMessage, errorMessageLang, renderContentStatus} from '../core/content-status.js';
import {ContentError} from '../core/content-error.js';
import {heading} from '../core/heading.js';
import {announce} from '../core/announcer.js';
import {formatDateTime} from '../core/dates.js';
import {compareVi, fold} from '../core/text.js';
import {ReadAloudController} from '../core/read-aloud-controller.js';
import {FocusAfterRender} from '../core/focus-after-render.js';
import {routeLinkClick} from '../core/outbound-links.js';
import type {Feed, FeedItem} from './feed-model.js';
import {newsStyles} from './loa-news.styles.js';
// The feed readers load with the first feed, the sanitiser when an item with
// HTML is first opened: chunks of their own (news-chunks.ts).
import {feedReaders as readers, htmlSanitizer as sanitizer} from './news-chunks.js';

/** How many items show before "Xem thêm" when `limit` is missing or nonsense. */
const DEFAULT_LIMIT = 6;

/** An opened item's HTML; `error` is set when the sanitiser chunk did not load. */
type Body = {state: 'loading'} | {state: 'ready'; node: HTMLElement} | {state: 'failed'; error?: ContentError};

/**
 * The campaign news column: a commune's JSON Feed, RSS or Atom feed as a list
 * of articles that open in place.
 *
 * Item HTML is sanitised with DOMPurify (loaded on first open) under an
 * allowlist; titles and summaries are always text. Works under Trusted Types
 * with the policy names "loa-news", "dompurify" and "lit-html" (see docs/news.md).
 *
 * @summary News list from a JSON Feed 1.1, RSS 2.0 or Atom 1.0 feed, safe against any feed.
 * @tag loa-news
 *
 * @attr {number} [max-bytes=5242880] - The largest feed read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
 *
 * @fires loa-link-activate - A link in an article was activated; `detail: {href, label}`.
 *   Bubbles, composed, cancelable: call `preventDefault()` to stop navigation (the kiosk shows a QR card instead).
 *
 * @csspart status - The loading, error or "last updated" box.
 * @csspart error - The error box (together with `status`).
 * @csspart button - Every button.
 * @csspart retry - The "Thử lại" button.
 * @csspart filters - The group of topic chips, or the "Chủ đề" menu with its label.
 * @csspart chip - One topic chip (a toggle button).
 * @csspart topics - The "Chủ đề" drop-down (`topics="menu"`).
 * @csspart list - The list of items.
 * @csspart item - One item in the list (an `<article>`).
 * @csspart heading - Item and article headings.
 * @csspart image - Item and article images.
 * @csspart more - The "Xem thêm" button.
 * @csspart article - The opened article.
 * @csspart back - The "Quay lại danh sách" buttons.
 * @csspart read-aloud - The "Đọc to" button.
 * @csspart read-aloud-unavailable - The "Đọc to" button too, once it is known that no voice reads the article's language (a kiosk hides it).
 *
 * @cssprop --loa-color-accent - Buttons, links and chips.
 * @cssprop --loa-target-size - Minimum size of every touch target (the kiosk sets 3em).
 */
export class LoaNews extends LoaElement {
  static override styles = [themeStyles, newsStyles];

  /** URL of the feed (JSON Feed 1.1, RSS 2.0/0.9x, RSS 1.0 or Atom 1.0/0.3). */
  @property() src = '';

  /** How many items show at first, and how many more each "Xem thêm" adds. */
  @property({type: Number}) limit = DEFAULT_LIMIT;

  /** Shows only items with this category or tag (compared without diacritics). Empty: all. */
  @property({reflect: true}) category = '';

  /**
   * How the feed's topics (categories and tags) are offered: `chips` (the
   * default), one toggle button each; `menu`, one "Chủ đề" drop-down, for a
   * narrow sidebar where a dozen chips would fill the first screen; `none`, no
   * control at all (`category` still filters).
   */
  @property() topics: 'chips' | 'menu' | 'none' = 'chips';

  /**
   * The id of an item to open, as if its title were pressed (the kiosk opens a
   * search result in place this way). Kept until the feed has the item, then
   * emptied: the article stays open until the reader closes it.
   */
  @property() item = '';

  @state() private shown = DEFAULT_LIMIT;
  @state() private openId: string | undefined;
  @state() private speechNote = '';

  private bodies = new Map<string, Body>();
  private bodiesFeed: Feed | undefined;
  private bodiesKey = '';
  /** Reading the open article aloud; keyed by item id. */
  private readonly readAloud = new ReadAloudController<string>(this);
  private readonly focusLater = new FocusAfterRender(this);

  private readonly content = new ContentController<Feed>(this, {
    decode: async (bytes, response) => (await readers.load()).decodeFeed(bytes, response.headers.get('content-type')),
    parse: async (text, response) => (await readers.load()).parseFeed(text, feedBase(response.url || this.src)),
  });

  constructor() {
    super();
    // Links come from feed HTML, so they are handled where their clicks arrive: at the host.
    this.addEventListener('click', (event) => routeLinkClick(this, event));
  }

  /** Loads the feed again, keeping what is shown if that fails. The kiosk calls this periodically. */
  refresh(): Promise<void> {
    return this.content.reload();
  }

  /** The parsed feed, once loaded. */
  get feed(): Feed | undefined {
    return this.content.value;
  }

  private get step(): number {
    const n = Math.trunc(Number(this.limit));
    return Number.isFinite(n) && n >= 1 ? n : DEFAULT_LIMIT;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      this.openId = undefined;
      if (this.src) readers.prefetch();
      void this.content.load(this.src);
    }
    if (changed.has('limit') || changed.has('category') || changed.has('src')) this.shown = this.step;
    // A refresh may drop the open item; then the list comes back.
    if (this.openId && !this.feed?.items.some((item) => item.id === this.openId)) this.openId = undefined;
    const wanted = this.item ? this.feed?.items.find((item) => item.id === this.item) : undefined;
    if (wanted) {
      this.item = '';
      this.openItem(wanted);
    }
    // An article that is gone (a refresh dropped it, a new src) is not read on with no button to stop it.
    if (this.readAloud.reading && this.readAloud.reading.key !== this.openId) this.readAloud.stop();
    // Sanitised bodies belong to one feed and one language (their "external" labels).
    const key = `${languageOf(this)}|${this.level}`;
    if (this.feed !== this.bodiesFeed || key !== this.bodiesKey) {
      // A new map, so a sanitisation still in flight lands in the old one.
      this.bodies = new Map();
      this.bodiesFeed = this.feed;
      this.bodiesKey = key;
      const open = this.feed?.items.find((item) => item.id === this.openId);
      if (open) void this.prepareBody(open);
    }
  }

  /** Items that pass the category filter. */
  private get filtered(): FeedItem[] {
    const items = this.feed?.items ?? [];
    const wanted = fold(this.category ?? '');
    return wanted ? items.filter((item) => item.tags.some((tag) => fold(tag) === wanted)) : items;
  }

  private get allTags(): string[] {
    const byKey = new Map<string, string>();
    for (const item of this.feed?.items ?? []) for (const tag of item.tags) if (!byKey.has(fold(tag))) byKey.set(fold(tag), tag);
    return [...byKey.values()].sort(compareVi);
  }

  override render() {
    const feed = this.feed;
    const open = this.openId ? feed?.items.find((item) => item.id === this.openId) : undefined;
    return html`<div class="loa-root" lang=${this.locale}>
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: feed !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
        describe: feedProblem,
      })}
      ${feed
        ? html`<div class="panes" ?data-open=${open !== undefined}>
            <div class="panes__grid">
              <div class="list-view" ?data-behind=${open !== undefined}>
                ${/* The list stays in place while an article is open: hidden on a narrow element (going
                     back is instant and keeps the list as it was), beside the article on a wide one
                     (styles: the "panes" container). Re-rendered only when what it shows changes. */
                guard([feed, this.shown, this.category, this.topics, this.locale, this.level, this.step, this.openId], () => this.renderList(feed))}
              </div>
              ${open ? this.renderArticle(open, feed) : nothing}
            </div>
          </div>`
        : nothing}
    </div>`;
  }

  private renderList(feed: Feed): TemplateResult {
    if (feed.items.length === 0) return html`<p class="empty">${msg('Chưa có tin nào.')}</p>`;
    const items = this.filtered;
    const visible = items.slice(0, this.shown);
    const remaining = items.length - visible.length;
    return html`${this.renderFilters()}
      ${items.length === 0
        ? html`<p class="empty">${msg(str`Không có tin nào thuộc chủ đề “${this.category}”.`)}</p>`
        : html`<ul class="list" part="list">
            ${visible.map((item) => html`<li>${this.renderItem(item, feed)}</li>`)}
          </ul>`}
      ${remaining > 0
        ? html`<button class="loa-button loa-button--secondary more" part="button more" type="button" @click=${this.showMore}>
            ${msg(str`Xem thêm (còn ${remaining} tin)`)}
          </button>`
        : nothing}`;
  }

  private renderFilters(): TemplateResult | typeof nothing {
    const tags = this.allTags;
    if (tags.length === 0 || this.topics === 'none') return nothing;
    const current = fold(this.category ?? '');
    if (this.topics === 'menu') {
      // A category no item has still shows as the choice, not "Tất cả" over an empty list.
      const choices = current && !tags.some((tag) => fold(tag) === current) ? [this.category, ...tags] : tags;
      // .selected, not the attribute: the attribute stops counting once the reader has chosen.
      return html`<div class="filters topics" part="filters">
        <label for="topics">${msg('Chủ đề')}</label>
        <select id="topics" part="topics" @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}>
          <option value="" .selected=${current === ''}>${msg('Tất cả')}</option>
          ${choices.map((tag) => html`<option value=${tag} .selected=${fold(tag) === current}>${tag}</option>`)}
        </select>
      </div>`;
    }
    const chip = (label: string, value: string, pressed: boolean) =>
      html`<button
        class="chip"
        part="button chip"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => this.choose(value)}
      >${label}</button>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${msg('Lọc theo chủ đề')}>
      ${chip(msg('Tất cả'), '', current === '')}
      ${tags.map((tag) => chip(tag, tag, fold(tag) === current))}
    </div>`;
  }

  private renderItem(item: FeedItem, feed: Feed): TemplateResult {
    const lang = item.lang && item.lang !== feed.lang ? item.lang : nothing;
    // The open item, when the list stays beside its article (a wide element).
    const current = item.id === this.openId ? 'true' : nothing;
    return html`<article class="item" part="item" lang=${lang}>
      ${item.image
        ? html`<img class="item__image" part="image" src=${item.image.src} alt=${item.image.alt} loading="lazy" decoding="async" />`
        : nothing}
      <div class="item__text">
        ${heading(
          this.level,
          html`<button class="item__open" type="button" data-id=${item.id} aria-current=${current} @click=${() => this.openItem(item)}>${this.titleOf(item)}</button>`,
          {className: 'loa-heading item__title'}
        )}
        ${this.renderDate(item)}
        ${item.summary ? html`<p class="item__summary">${item.summary}</p>` : nothing}
      </div>
    </article>`;
  }

  private titleOf(item: FeedItem): string {
    return item.title || msg('(Tin không có tiêu đề)');
  }

  private renderDate(item: FeedItem): TemplateResult | typeof nothing {
    if (!item.date) return nothing;
    // No title="…" with the long date: screen readers read it as well, the date twice (Orca: "16:30 20/11/2026." then "Thứ Sáu, 20 tháng 11, 2026.").
    return html`<p class="item__date"><time datetime=${item.date.toISOString()}>${formatDateTime(item.date, this.locale)}</time></p>`;
  }

  private renderArticle(item: FeedItem, feed: Feed): TemplateResult {
    const lang = item.lang && item.lang !== feed.lang ? item.lang : nothing;
    // Only this element's own reading: another element speaking leaves "Đọc to" as it is.
    const reading = this.readAloud.reading !== undefined;
    const unusable = this.readAloud.voice === 'no' || this.speechNote !== '';
    const back = (where: string) =>
      html`<button class="loa-button loa-button--secondary back back--${where}" part="button back" type="button" @click=${this.closeItem}>
        <span aria-hidden="true">←</span> ${msg('Quay lại danh sách')}
      </button>`;
    return html`<article class="article" part="article" lang=${lang}>
      ${back('top')}
      ${heading(this.level, this.titleOf(item), {className: 'loa-heading article__title', tabindex: -1})}
      ${this.renderDate(item)}
      ${item.tags.length ? html`<p class="article__tags">${item.tags.join(' · ')}</p>` : nothing}
      ${this.readAloud.supported
        ? html`<p class="article__tools">
            <button
              class="loa-button loa-button--secondary read"
              part=${unusable ? 'button read-aloud read-aloud-unavailable' : 'button read-aloud'}
              type="button"
              aria-pressed=${reading ? 'true' : 'false'} @click=${() => this.toggleSpeech(item, feed)}>
              ${reading ? msg('Dừng đọc') : msg('Đọc to')}
            </button>
            ${this.speechNote ? html`<span class="article__note">${this.speechNote}</span>` : nothing}
          </p>`
        : nothing}
      ${item.image
        ? html`<img class="article__image" part="image" src=${item.image.src} alt=${item.image.alt} loading="lazy" decoding="async" />`
        : nothing}
      ${this.renderBody(item)}
      ${item.url
        ? html`<p class="article__source">
            <a href=${item.url} rel="noopener noreferrer">${msg('Xem bài gốc')}<span class="visually-hidden"> ${msg('(trang ngoài)')}</span></a>
          </p>`
        : nothing}
      ${back('bottom')}
    </article>`;
  }

  private renderBody(item: FeedItem): TemplateResult {
    if (item.html) {
      const body = this.bodies.get(item.id);
      if (body?.state === 'ready') return html`${body.node}`;
      if (body?.state === 'failed') {
        // A missing chunk says which file and where it belongs, like every other chunk.
        const why = body.error ? errorMessage(body.error, this.locale) : msg('Không hiển thị được toàn bộ bài. Vui lòng thử lại sau.');
        return html`<p class="article__summary">${item.summary}</p>
          <p class="loa-status" role="status" lang=${(body.error && errorMessageLang(body.error)) || nothing}>${why}</p>`;
      }
      return html`<p class="article__summary">${item.summary}</p><p class="loa-status" role="status">${msg('Đang tải nội dung…')}</p>`;
    }
    const text = item.text ?? item.summary;
    return html`<div class="loa-article-body">${text.split(/\n\s*\n/).map((para) => html`<p>${para.trim()}</p>`)}</div>`;
  }

  private async prepareBody(item: FeedItem): Promise<void> {
    const bodies = this.bodies;
    // One that failed is tried again when the item is opened again.
    if (!item.html || (bodies.has(item.id) && bodies.get(item.id)?.state !== 'failed')) return;
    bodies.set(item.id, {state: 'loading'});
    const options = this.localize(() => ({
      base: item.url ?? this.feed?.homeUrl ?? feedBase(this.src),
      headingLevel: this.level,
      externalLabel: msg('(trang ngoài)'),
      tableLabel: msg('Bảng'),
      shown: {title: item.title, summary: item.summary, date: item.date},
    }));
    try {
      const {sanitizeItemHtml} = await sanitizer.load();
      bodies.set(item.id, {state: 'ready', node: sanitizeItemHtml(item.html, options)});
    } catch (error) {
      // The chunk did not load (offline kiosk, chunks/ not copied: a ContentError), or
      // DOMPurify could not run (a Trusted Types page without "dompurify"): the summary instead.
      bodies.set(item.id, {state: 'failed', error: error instanceof ContentError ? error : undefined});
    }
    this.requestUpdate();
  }

  private openItem(item: FeedItem): void {
    this.openId = item.id;
    this.speechNote = '';
    // Known before a press, so a host can hide a button that cannot work (::part(read-aloud-unavailable)).
    this.readAloud.checkVoice(item.lang ?? this.feed?.lang ?? this.locale);
    void this.prepareBody(item);
    this.focusLater.request('.article__title', (title) => {
      // Where the article hides the list, the item's button that had focus is gone, and a screen reader may
      // move to the title without a word (Orca said only "Đang tải nội dung…"): the title is said through the
      // shared announcer too. Beside the list (a wide element) the button stays, and the focus move is heard.
      const list = this.renderRoot.querySelector('.list-view');
      if (title && list && getComputedStyle(list).display === 'none') {
        this.localize(() => announce(this.titleOf(item), item.lang ?? this.feed?.lang ?? this.locale));
      }
    });
  }

  private closeItem = (): void => {
    const id = this.openId;
    this.readAloud.stop();
    this.openId = undefined;
    this.focusLater.request(() =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('.item__open')].find((button) => button.dataset.id === id)
    );
  };

  private choose(value: string): void {
    this.category = value;
    const count = this.filtered.length;
    this.localize(() =>
      announce(value ? msg(str`${count} tin thuộc chủ đề “${value}”.`) : msg(str`Tất cả ${count} tin.`), this.locale)
    );
  }

  private showMore = (): void => {
    const before = Math.min(this.shown, this.filtered.length);
    this.shown += this.step;
    const after = Math.min(this.shown, this.filtered.length);
    const added = after - before;
    const total = this.filtered.length;
    this.focusLater.request(() => this.renderRoot.querySelectorAll<HTMLElement>('.item__open')[before]);
    this.localize(() => announce(msg(str`Đã thêm ${added} tin. Đang hiển thị ${after} trên ${total} tin.`), this.locale));
  };

  private async toggleSpeech(item: FeedItem, feed: Feed): Promise<void> {
    if (this.readAloud.reading) {
      this.readAloud.stop();
      return;
    }
    const lang = item.lang ?? feed.lang ?? this.locale;
    // What is on screen, once sanitised (so a header the article view dropped is
    // not read either); before that, the item HTML as text. The feed readers are
    // loaded by then: they read the feed this item came from.
    const {spokenText, htmlToText} = await readers.load();
    const shown = this.bodies.get(item.id);
    const body = item.text ?? (shown?.state === 'ready' ? spokenText(shown.node) : item.html ? htmlToText(item.html) : item.summary);
    this.speechNote = '';
    const result = await this.readAloud.speak(`${item.title ? `${item.title}. ` : ''}${body}`, lang, item.id);
    if (result === 'no-voice' || result === 'unsupported') {
      this.speechNote = this.localize(() => msg('Máy này chưa có giọng đọc cho ngôn ngữ của bài.'));
    }
  }
}

/**
 * What is wrong with a feed that could not be read ('format' or 'invalid'),
 * said for the reader in the words of news; core's status box folds the
 * parser's own words into "Chi tiết kỹ thuật". Call inside a render.
 */
function feedProblem(error: ContentError): string {
  return error.kind === 'format'
    ? msg('Địa chỉ này không phải một nguồn tin ở định dạng được hỗ trợ (RSS, Atom hoặc JSON Feed).')
    : msg('Nguồn tin bị lỗi nên chưa đọc được. Trang web đăng nguồn tin cần kiểm tra lại.');
}

/** An absolute base for relative URLs in the feed. */
function feedBase(src: string): string | undefined {
  try {
    return new URL(src, location.href).href;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-news': LoaNews;
  }
}
