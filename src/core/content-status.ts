import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ContentError} from './content-error.js';
import {formatShortDate, formatTime} from './dates.js';
import {entryFileName} from './lazy-part.js';
import {intlLocale, type Locale} from './locale.js';

/** What went wrong, in the resident's language. Call inside a render; `locale` formats numbers. */
export function errorMessage(error: ContentError, locale: Locale = 'vi'): string {
  const url = error.url;
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
    case 'format':
      return msg(str`Định dạng nội dung không được hỗ trợ (${error.detail}).`);
    case 'invalid':
      return msg(str`Nội dung bị lỗi nên không hiển thị được: ${error.detail}`);
    case 'missing-file':
      // For the webmaster who copied loa.js alone: what is missing and where it goes.
      return error.detail
        ? msg(str`Không tải được tệp ${error.detail}. Hãy chép cả thư mục chunks/ cạnh ${entryFileName()}.`)
        : msg(str`Không tải được một tệp trong thư mục chunks/. Hãy chép cả thư mục chunks/ cạnh ${entryFileName()}.`);
    case 'too-large': {
      const limit = formatBytes(Number(error.detail), locale);
      return msg(str`Tệp quá lớn (hơn ${limit}) nên không hiển thị.`);
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
}

/**
 * The status box every element shows above its content:
 * - loading with nothing yet: a polite "Đang tải…";
 * - an error with nothing to show: an alert with the reason and "Thử lại",
 *   then the element's light-DOM children (the link the webmaster wrote for
 *   browsers without JavaScript), so the page still leads somewhere;
 * - an error over older content: a note saying how old it is, plus "Thử lại".
 * Nothing at all when things are fine, so a working widget stays quiet.
 */
export function renderContentStatus(input: StatusInput): TemplateResult | typeof nothing {
  const {error, loading, loadedAt, hasContent, locale, onRetry} = input;
  if (!error) {
    return loading && !hasContent
      ? html`<p class="loa-status" role="status" part="status">${msg('Đang tải…')}</p>`
      : nothing;
  }
  const retry = html`<button class="loa-button" part="button retry" type="button" @click=${onRetry} ?disabled=${loading}>
    ${loading ? msg('Đang thử lại…') : msg('Thử lại')}
  </button>`;
  if (hasContent && loadedAt) {
    const stamp = `${formatTime(loadedAt, locale)}, ${formatShortDate(loadedAt, locale)}`;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return html`<div class="loa-status loa-status--stale" role="status" part="status">
      <p>
        ${offline
          ? msg(str`Đang ngoại tuyến — cập nhật lần cuối lúc ${stamp}.`)
          : msg(str`Chưa cập nhật được — nội dung từ lúc ${stamp}.`)}
      </p>
      <p class="loa-status__detail">${errorMessage(error, locale)}</p>
      ${retry}
    </div>`;
  }
  return html`<div class="loa-status loa-status--error" role="alert" part="status error">
      <p>${errorMessage(error, locale)}</p>
      ${retry}
    </div>
    <div class="loa-fallback"><slot></slot></div>`;
}
