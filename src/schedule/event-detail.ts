/*
 * The details panel of an open event in <loa-schedule>: the time range in
 * words, place, groups, status, description, and the ways out: "Thêm vào
 * lịch", "Xem bản đồ", "Trang sự kiện" with its <loa-qr>. Like every view of
 * events, this comes with the calendar-tools chunk, and the .ics export with
 * it. The element defines <loa-qr> once one is on screen (ensureQr).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import type {ScheduleEvent} from './event-model.js';
import {eventToIcs, icsFileName} from './ics-export.js';
import type {IcsDownloads} from './ics-downloads.js';
import {whenText} from './schedule-messages.js';
import {checkQrUrl} from '../qr/qr-url.js';

export interface DetailContext {
  locale: Locale;
  /** The clock: the DTSTAMP of an exported event. */
  now: Date;
  /** What "Thêm vào lịch" gives: the element's `add-to-calendar`. */
  addToCalendar: 'file' | 'qr';
  /** The element's `src`: with `qr`, the QR code holds its address. */
  src: string;
  /** The calendar's name (X-WR-CALNAME), the QR code's label; '' when it has none. */
  calendarName: string;
  /** The key of the event whose subscription QR code is open, or ''. */
  subscribeOpen: string;
  onSubscribe: (event: ScheduleEvent) => void;
  downloads: IcsDownloads;
}

export function renderDetail(event: ScheduleEvent, ctx: DetailContext): TemplateResult {
  const map = event.geo ? `https://www.openstreetmap.org/?mlat=${event.geo.lat}&mlon=${event.geo.lon}#map=17/${event.geo.lat}/${event.geo.lon}` : '';
  return html`<dl class="schedule__facts">
      <dt>${msg('Thời gian')}</dt>
      <dd>${whenText(event, ctx.locale)}</dd>
      ${event.location ? html`<dt>${msg('Địa điểm')}</dt><dd>${event.location}</dd>` : nothing}
      ${event.categories.length ? html`<dt>${msg('Nhóm')}</dt><dd>${event.categories.join(', ')}</dd>` : nothing}
      ${event.status === 'cancelled' ? html`<dt>${msg('Tình trạng')}</dt><dd class="schedule__cancelled-text">${msg('Sự kiện này đã bị hủy.')}</dd>` : nothing}
    </dl>
    ${event.description ? html`<p class="schedule__description">${event.description}</p>` : nothing}
    <p class="schedule__actions">
      ${renderAddToCalendar(event, ctx)}
      ${map ? html`<a class="loa-button loa-button--secondary" part="button" href=${map} rel="noopener">${msg('Xem bản đồ')}</a>` : nothing}
      ${event.url ? html`<a class="loa-button loa-button--secondary" part="button" href=${event.url} rel="noopener">${msg('Trang sự kiện')}</a>` : nothing}
    </p>
    ${ctx.subscribeOpen === event.key ? renderSubscribeQr(ctx) : nothing}
    ${event.url ? html`<loa-qr class="schedule__qr" href=${event.url} label=${event.title}></loa-qr>` : nothing}`;
}

/** The calendar's own address, for `add-to-calendar="qr"`: absolute, and one a QR code accepts; '' otherwise. */
export function subscribeAddress(src: string): string {
  if (!src || !URL.canParse(src, document.baseURI)) return '';
  // The rule of <loa-qr> itself: https, or http on localhost for development. Never blob: or data:.
  const check = checkQrUrl(new URL(src, document.baseURI).href);
  return check.ok ? check.url.href : '';
}

/** A disclosure button for the QR code (`qr`, left out when the address cannot be one), or the .ics link (`file`). */
function renderAddToCalendar(event: ScheduleEvent, ctx: DetailContext): TemplateResult | typeof nothing {
  if (ctx.addToCalendar === 'qr') {
    if (!subscribeAddress(ctx.src)) return nothing;
    const open = ctx.subscribeOpen === event.key;
    return html`<button type="button" class="loa-button" part="button add-to-calendar" aria-expanded=${String(open)} @click=${() => ctx.onSubscribe(event)}>
      ${msg('Thêm vào lịch')}
    </button>`;
  }
  const href = ctx.downloads.url(event.key, () => eventToIcs(event, ctx.now));
  return html`<a class="loa-button" part="button add-to-calendar" href=${href} download=${icsFileName(event)}>${msg('Thêm vào lịch')}</a>`;
}

function renderSubscribeQr(ctx: DetailContext): TemplateResult {
  const name = ctx.calendarName || msg('Lịch sự kiện');
  // Rendered right after the button's row, so the expanded content follows it in reading order.
  return html`<div class="schedule__subscribe">
    <p>${msg('Quét mã bằng điện thoại để thêm cả lịch này vào lịch của bạn. Sự kiện mới sẽ tự hiện ra.')}</p>
    <loa-qr class="schedule__qr" href=${subscribeAddress(ctx.src)} label=${name}></loa-qr>
  </div>`;
}
