/*
 * "Đang ngoại tuyến — cập nhật lần cuối lúc …": shown in the header and on the
 * attract screen while the content on screen came from the offline cache.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatShortDate, formatTime} from '../../src/core/dates.js';
import type {Locale} from '../../src/core/locale.js';

export interface OfflineState {
  offline: boolean;
  /** When the cached content was fetched (its Date header), if known. */
  fetchedAt?: Date;
  lang: Locale;
}

export function renderOfflineNote({offline, fetchedAt, lang}: OfflineState): TemplateResult | typeof nothing {
  if (!offline) return nothing;
  const text = fetchedAt
    ? msg(str`Đang ngoại tuyến — cập nhật lần cuối lúc ${formatTime(fetchedAt, lang)} ngày ${formatShortDate(fetchedAt, lang)}`)
    : msg('Đang ngoại tuyến — nội dung có thể chưa mới nhất');
  return html`<p class="offline-note" role="status">${text}</p>`;
}
