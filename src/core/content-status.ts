import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ContentError} from './content-error.js';
import {formatShortDate, formatTime} from './dates.js';
import {entryFileName} from './lazy-part.js';
import {englishMissing, intlLocale, type Locale} from './locale.js';

/*
 * What an element says when its content cannot be shown. Every sentence is in
 * the reader's language. Content that does not parse, or is not the kind the
 * element reads, would otherwise show the parser's own English ("…: XML: error
 * on line 2 at column 124: Une…"): its words, which only a webmaster can use,
 * wait in a collapsed "Chi tiết kỹ thuật" instead.
 */

/*
 * English without msg(), for the two failures that also keep msg() from
 * speaking English: the English strings are a lazy chunk (chunks/en-….js), so
 * a page whose chunks/ folder was not copied, or that lost the network, has
 * none, and an English element would say why in Vietnamese. These sentences
 * are the English targets of the msg() calls in errorMessage, word for word
 * (locales/en.xlf; test/node/content-status-english.test.ts checks they stay
 * equal), and are used only while those targets cannot be loaded.
 */
function builtInEnglish(error: ContentError): string | undefined {
  if (!englishMissing()) return undefined;
  if (error.kind === 'network') return 'Cannot connect to the network. Please check the connection and try again.';
  if (error.kind !== 'missing-file') return undefined;
  const where = error.detail ? `the file ${error.detail}` : 'a file from the chunks/ folder';
  return `Could not load ${where}. Copy the whole chunks/ folder next to ${entryFileName()}.`;
}

/**
 * 'en' when errorMessage() says this error in built-in English inside an
 * element whose text is otherwise Vietnamese: the sentence's own `lang`, so a
 * screen reader reads it as English.
 */
export function errorMessageLang(error: ContentError): Locale | undefined {
  return builtInEnglish(error) ? 'en' : undefined;
}

/** What went wrong, in the resident's language. Call inside a render; `locale` formats numbers. */
export function errorMessage(error: ContentError, locale: Locale = 'vi'): string {
  const url = error.url;
  const english = builtInEnglish(error);
  if (english) return english;
  switch (error.kind) {
    case 'network':
      return msg('Không kết nối được mạng. Vui lòng kiểm tra kết nối rồi thử lại.');
    case 'cors':
      return msg(
        str`Không tải được ${url}. Trang web chứa nguồn này chưa cho phép trang hiện tại đọc (CORS): trang đó cần cho phép địa chỉ của trang này, hoặc đặt nguồn trên cùng trang web.`
      );
    case 'timeout':
      return msg('Máy chủ trả lời quá chậm. Vui lòng thử lại sau ít phút.');
    case 'http':
      return msg(str`Máy chủ báo lỗi (mã ${error.detail}) khi tải ${url}.`);
    // What the parser said is in the technical details (see renderContentStatus).
    case 'format':
      return msg('Định dạng nội dung không được hỗ trợ.');
    case 'invalid':
      return msg('Nội dung bị lỗi nên không hiển thị được. Trang web đăng nội dung này cần kiểm tra lại.');
    case 'missing-file':
      // For the webmaster who copied loa.js alone: what is missing and where it goes.
      return error.detail
        ? msg(str`Không tải được tệp ${error.detail}. Hãy chép cả thư mục chunks/ cạnh ${entryFileName()}.`)
        : msg(str`Không tải được một tệp trong thư mục chunks/. Hãy chép cả thư mục chunks/ cạnh ${entryFileName()}.`);
    case 'too-large': {
      const limit = formatBytes(Number(error.detail), locale);
      // The size is known when the server sent a Content-Length (a body streamed without one stops
      // at the limit); one that rounds to the limit ("5 MB, quá giới hạn 5 MB") is said as "hơn".
      const size = error.size ? formatBytes(error.size, locale) : limit;
      return size === limit
        ? msg(str`Tệp quá lớn (hơn ${limit}) nên không hiển thị.`)
        : msg(str`Tệp ${size}, quá giới hạn ${limit}, nên không hiển thị.`);
    }
  }
}

/** "5 MB", "1,5 MB", "800 kB" (1 MB = 1024 kB, as file managers say). */
function formatBytes(bytes: number, locale: Locale): string {
  const mega = bytes >= 1024 * 1024;
  const value = bytes / (mega ? 1024 * 1024 : 1024);
  return new Intl.NumberFormat(intlLocale(locale), {style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1}).format(value);
}

export interface StatusInput {
  error: ContentError | undefined;
  loading: boolean;
  /** When the content on screen was loaded, if there is any. */
  loadedAt: Date | undefined;
  hasContent: boolean;
  locale: Locale;
  onRetry: () => void;
  /**
   * The element's own sentence for content it cannot read (see `unreadable`),
   * e.g. "the news feed has errors", instead of errorMessage's general one.
   * Called inside the render, so msg() works.
   */
  describe?: (error: ContentError) => string;
}

/** The content arrived but cannot be read: not the kind the element reads, or broken. */
function unreadable(error: ContentError): boolean {
  return error.kind === 'format' || error.kind === 'invalid';
}

/**
 * The parser's words (English unless the element says otherwise, and marked
 * so) and the content's address, folded away for a webmaster. Only for
 * content that did not parse: other failures say all there is in the sentence.
 */
function technicalDetails(error: ContentError): TemplateResult | typeof nothing {
  if (!unreadable(error)) return nothing;
  return html`<details class="loa-status__tech">
    <summary>${msg('Chi tiết kỹ thuật')}</summary>
    <p><code lang=${error.detailLang}>${error.detail || error.kind}</code></p>
    ${error.url ? html`<p><code>${error.url}</code></p>` : nothing}
  </details>`;
}

/**
 * The status box every element shows above its content:
 * - loading with nothing yet: a polite "Đang tải…";
 * - an error with nothing to show: an alert with the reason and "Thử lại",
 *   then the element's light-DOM children (the link the webmaster wrote for
 *   browsers without JavaScript), so the page still leads somewhere;
 * - an error over older content: a note saying how old it is, plus "Thử lại";
 *   the older content stays on screen.
 * Either error box folds a parser's words into "Chi tiết kỹ thuật".
 * Nothing at all when things are fine, so a working widget stays quiet.
 */
export function renderContentStatus(input: StatusInput): TemplateResult | typeof nothing {
  const {error, loading, loadedAt, hasContent, locale, onRetry, describe} = input;
  if (!error) {
    return loading && !hasContent
      ? html`<p class="loa-status" role="status" part="status">${msg('Đang tải…')}</p>`
      : nothing;
  }
  const retry = html`<button class="loa-button" part="button retry" type="button" @click=${onRetry} ?disabled=${loading}>
    ${loading ? msg('Đang thử lại…') : msg('Thử lại')}
  </button>`;
  const reason = describe && unreadable(error) ? describe(error) : errorMessage(error, locale);
  if (hasContent && loadedAt) {
    const stamp = `${formatTime(loadedAt, locale)}, ${formatShortDate(loadedAt, locale)}`;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return html`<div class="loa-status loa-status--stale" role="status" part="status">
      <p>
        ${offline
          ? msg(str`Đang ngoại tuyến — cập nhật lần cuối lúc ${stamp}.`)
          : msg(str`Chưa cập nhật được — nội dung từ lúc ${stamp}.`)}
      </p>
      <p class="loa-status__detail" lang=${errorMessageLang(error) ?? nothing}>${reason}</p>
      ${technicalDetails(error)} ${retry}
    </div>`;
  }
  return html`<div class="loa-status loa-status--error" role="alert" part="status error">
      <p lang=${errorMessageLang(error) ?? nothing}>${reason}</p>
      ${technicalDetails(error)} ${retry}
    </div>
    <div class="loa-fallback"><slot></slot></div>`;
}
