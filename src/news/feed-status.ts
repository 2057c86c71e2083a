import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {renderContentStatus, type StatusInput} from '../core/content-status.js';
import type {ContentError} from '../core/content-error.js';
import {formatShortDate, formatTime} from '../core/dates.js';

/*
 * The status box of <loa-news>. A feed that does not parse, or is not a feed,
 * would otherwise show the parser's own English inside the Vietnamese sentence
 * ("…: XML: error on line 2 at column 124: Une…"). The reader gets one sentence
 * in their language; the parser's words, which only a webmaster can use, wait
 * in a collapsed "Chi tiết kỹ thuật". Every other failure (network, CORS,
 * timeout, HTTP) is the shared status box of core.
 *
 * Like core's box: an alert with "Thử lại" when there is nothing to show, or a
 * note over the last good feed, which stays on screen.
 */

/** Failures of the feed itself: its content, not the way to it. */
function isFeedProblem(error: ContentError): boolean {
  return error.kind === 'invalid' || error.kind === 'format';
}

/** What is wrong, for the reader. Call inside a render. */
function feedProblem(error: ContentError): string {
  return error.kind === 'format'
    ? msg('Địa chỉ này không phải một nguồn tin ở định dạng được hỗ trợ (RSS, Atom hoặc JSON Feed).')
    : msg('Nguồn tin bị lỗi nên chưa đọc được. Trang web đăng nguồn tin cần kiểm tra lại.');
}

function technicalDetails(error: ContentError): TemplateResult {
  // The parser's and our own details are English, and marked so for screen readers.
  return html`<details class="loa-status__tech">
    <summary>${msg('Chi tiết kỹ thuật')}</summary>
    <p><code lang="en">${error.detail || error.kind}</code></p>
    ${error.url ? html`<p><code>${error.url}</code></p>` : ''}
  </details>`;
}

/** The status box for `input`, with feed problems said in the reader's language. Call inside a render. */
export function renderFeedStatus(input: StatusInput): ReturnType<typeof renderContentStatus> {
  const {error, loading, loadedAt, hasContent, locale, onRetry} = input;
  if (!error || !isFeedProblem(error)) return renderContentStatus(input);
  const retry = html`<button class="loa-button" part="button retry" type="button" @click=${onRetry} ?disabled=${loading}>
    ${loading ? msg('Đang thử lại…') : msg('Thử lại')}
  </button>`;
  if (hasContent && loadedAt) {
    const stamp = `${formatTime(loadedAt, locale)}, ${formatShortDate(loadedAt, locale)}`;
    return html`<div class="loa-status loa-status--stale" role="status" part="status">
      <p>${msg(str`Chưa cập nhật được — nội dung từ lúc ${stamp}.`)}</p>
      <p class="loa-status__detail">${feedProblem(error)}</p>
      ${technicalDetails(error)} ${retry}
    </div>`;
  }
  return html`<div class="loa-status loa-status--error" role="alert" part="status error">
    <p>${feedProblem(error)}</p>
    ${technicalDetails(error)} ${retry}
  </div>`;
}
