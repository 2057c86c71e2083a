/*
 * The staff status view (long-press the logo for 3 s, or Ctrl+Alt+S):
 * version, last content sync, service-worker state, storage use, recent errors.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {formatDateTime} from '../../src/core/dates.js';
import type {KioskApp} from './kiosk-app.js';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function renderStatus(app: KioskApp): TemplateResult {
  const lang = app.settings.lang;
  const {health} = app;
  const when = (date: Date | undefined) => (date ? formatDateTime(date, lang) : msg('chưa có'));
  return html`
    <main class="screen status" id="main">
      <h1 class="screen__title" tabindex="-1" data-screen-heading>${msg('Tình trạng ki-ốt')}</h1>
      <dl class="facts">
        <div><dt>${msg('Phiên bản')}</dt><dd>${__KIOSK_VERSION__}</dd></div>
        <div><dt>${msg('Đồng bộ nội dung lần cuối')}</dt><dd>${when(health.sync.lastSync)}</dd></div>
        <div><dt>${msg('Nội dung đang hiển thị được tải lúc')}</dt><dd>${when(health.sync.contentDate)}</dd></div>
        <div><dt>${msg('Mạng')}</dt><dd>${app.offline ? msg('Ngoại tuyến') : msg('Trực tuyến')}</dd></div>
        <div><dt>${msg('Service worker')}</dt><dd>${health.swState}${app.swDescription ? ` (${app.swDescription})` : ''}</dd></div>
        <div>
          <dt>${msg('Dung lượng lưu trữ')}</dt>
          <dd>${app.storage ? `${mb(app.storage.usage)} / ${mb(app.storage.quota)}` : msg('không rõ')}</dd>
        </div>
      </dl>
      <h2>${msg('Lỗi gần đây')}</h2>
      ${health.errors.length
        ? html`<ol class="errors">
            ${health.errors.map((e) => html`<li><time datetime=${e.at.toISOString()}>${formatDateTime(e.at, lang)}</time>: ${e.message}</li>`)}
          </ol>`
        : html`<p>${msg('Không có lỗi.')}</p>`}
      <div class="panel__actions">
        <button type="button" class="button" @click=${() => void app.refresh()}>${msg('Đồng bộ nội dung ngay')}</button>
        <button type="button" class="button" @click=${() => void app.updater?.check()}>${msg('Kiểm tra bản cập nhật')}</button>
        ${app.updater?.updateWaiting ? html`<p>${msg('Có bản cập nhật đang chờ: sẽ cài khi ki-ốt về màn hình chờ.')}</p>` : nothing}
      </div>
    </main>
  `;
}
