/*
 * The staff status view (long-press the logo for 3 s, or Ctrl+Alt+S): what
 * the kiosk is running, where its config came from and what it allows, the
 * clock, the voices, the guides due for a new check, the last content sync, the service worker, storage and
 * recent errors. Every line is in the kiosk's language; raw technical states
 * are put into words here, and errors in log-text.ts (their raw detail second, marked English).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {dateFormat, formatDateTime} from '../../src/core/dates.js';
import type {WorkerDescription} from './sw-register.js';
import type {KioskConfig} from './config.js';
import type {VoiceReport} from './staff-status.js';
import {REVIEW_MONTHS, type ReviewReport} from './guide-reviews.js';
import type {ClockProblem} from './clock.js';
import type {LoggedError, SyncState} from './health.js';
import {renderErrors} from './log-text.js';
import type {Locale} from '../../src/core/locale.js';

export interface StatusState {
  lang: Locale;
  config: KioskConfig;
  /** The config file actually loaded. */
  configSource: string;
  clock: Date;
  clockProblem?: ClockProblem;
  /** The voices found, or undefined while still looking. */
  voices?: VoiceReport;
  /** The guides' review dates, or undefined while still reading them. */
  reviews?: ReviewReport;
  errors: readonly LoggedError[];
  sync: SyncState;
  offline: boolean;
  swState: string;
  worker?: WorkerDescription;
  storage?: {usage: number; quota: number};
  /** What the last staff action did. */
  staffNote?: string;
  updateWaiting: boolean;
}

export interface StatusActions {
  onSync: () => void;
  onCheckUpdate: () => void;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The service worker's state (as Health records it) in words. */
function workerState(state: string): string {
  switch (state) {
    case 'none':
      return msg('chưa đăng ký');
    case 'unsupported':
      return msg('trình duyệt không hỗ trợ');
    case 'installing':
      return msg('đang cài');
    case 'waiting':
      return msg('bản mới đang chờ');
    case 'activating':
      return msg('đang chuyển sang bản mới');
    case 'activated':
      return msg('đang chạy');
    case 'error':
      return msg('lỗi khi đăng ký');
    default:
      return state;
  }
}

function workerDetail(description: WorkerDescription | undefined): string {
  if (!description) return '';
  const parts = [
    description.controlling ? msg('điều khiển trang này') : msg('chưa điều khiển trang này'),
    description.waiting ? msg('có bản chờ cài') : '',
    description.installing ? msg('có bản đang cài') : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function clockText({clock, clockProblem, lang}: StatusState): string {
  const now = formatDateTime(clock, lang);
  switch (clockProblem) {
    case 'before-build':
      return msg(str`SAI: đồng hồ chỉ ${now}, trước cả ngày cài phần mềm. Hãy chỉnh giờ máy (pin CMOS, NTP). Trong lúc chờ, ki-ốt chỉ ghi ngày, không nói "hôm nay" hay "sắp tới".`);
    case 'after-content':
      return msg(str`SAI: đồng hồ chỉ ${now}, sau nội dung mới nhất hơn một năm. Hãy chỉnh giờ máy (NTP). Trong lúc chờ, ki-ốt chỉ ghi ngày, không nói "hôm nay" hay "sắp tới".`);
    default:
      return msg(str`Đúng (${now})`);
  }
}

function voicesText({voices}: StatusState): string {
  if (voices === undefined) return msg('đang kiểm tra…');
  if (!voices.supported) return msg('Trình duyệt này không có chức năng đọc to: chế độ đọc to sẽ không nói được.');
  if (!voices.all.length) return msg('Không có giọng đọc nào được cài: chế độ đọc to sẽ không nói được.');
  const vi = voices.vi ?? msg('không có');
  const en = voices.en ?? msg('không có');
  return msg(str`Tiếng Việt: ${vi}; tiếng Anh: ${en}`);
}

/** Said plainly when no voice reads Vietnamese, with where to get one (docs/kiosk.md, "A Vietnamese voice for speech mode"). */
function noVietnameseText(): string {
  return msg('Máy này không có giọng đọc tiếng Việt: chế độ đọc to không đọc được tiếng Việt. Cách cài: Windows, gói giọng nói tiếng Việt (giọng Microsoft An); ChromeOS và Android, giọng Tiếng Việt của Google (tải về để dùng ngoại tuyến); Debian và Ubuntu, speech-dispatcher với espeak-ng. Chi tiết trong docs/kiosk.md.');
}

function voiceCount(count: number): string {
  return msg(str`Trình duyệt báo ${count} giọng đọc:`);
}

/** Whether a voice is installed on the machine or needs the network; nothing when the browser does not say. */
function voiceWhere(local: boolean | undefined): string {
  if (local === undefined) return '';
  return local ? msg('cài trên máy') : msg('qua mạng, cần Internet');
}

/** The voices line: which voice reads each language, the warning when none reads Vietnamese, then every voice. */
function renderVoices(state: StatusState): TemplateResult {
  const {voices} = state;
  const all = voices?.all ?? [];
  return html`
    <p class="voices__summary">${voicesText(state)}</p>
    ${voices?.supported && !voices.vi ? html`<p class="voices__missing"><strong>${noVietnameseText()}</strong></p>` : nothing}
    ${all.length
      ? html`<p>${voiceCount(all.length)}</p>
          <ul class="voices">
            ${all.map((v) => {
              const where = voiceWhere(v.local);
              return html`<li><span translate="no">${v.name}</span> (<span translate="no">${v.lang}</span>${where ? `, ${where}` : ''})</li>`;
            })}
          </ul>`
      : nothing}
  `;
}

/**
 * The guides last checked more than a year before the clock, by name and
 * date, with what to do; a warning only (the kiosk still shows them).
 */
function renderReviews({reviews, lang}: StatusState): TemplateResult | string {
  if (!reviews) return msg('đang kiểm tra…');
  const {total, stale, unknown} = reviews;
  const months = REVIEW_MONTHS;
  const day = (reviewed: string) => dateFormat(lang, {day: 'numeric', month: 'numeric', year: 'numeric'}).format(new Date(`${reviewed}T12:00:00+07:00`));
  const unread = unknown.map((g) => g.title).join(', ');
  return html`
    ${stale.length
      ? html`<p>
            <strong>${msg(str`${stale.length} hướng dẫn đã hơn ${months} tháng chưa được kiểm tra lại:`)}</strong>
          </p>
          <ul>
            ${stale.map((g) => html`<li>${g.title} (${msg(str`kiểm tra lần cuối ${day(g.reviewed!)}`)})</li>`)}
          </ul>
          <p>${msg('Hãy làm lại từng bước với ứng dụng thật, đọc lại các nguồn, rồi cập nhật ngày kiểm tra (dateModified, xem docs/content.md). Trong lúc chờ, ki-ốt vẫn hiển thị các hướng dẫn này.')}</p>`
      : unknown.length
        ? nothing
        : html`<p>${msg(str`Cả ${total} hướng dẫn đều được kiểm tra trong ${months} tháng qua.`)}</p>`}
    ${unknown.length ? html`<p>${msg(str`Chưa đọc được ngày kiểm tra của: ${unread}.`)}</p>` : nothing}
  `;
}

function idleText({config}: StatusState): string {
  const {timeoutSeconds, warningSeconds} = config.idle;
  return msg(str`Cảnh báo sau ${timeoutSeconds} giây không dùng, đếm ngược ${warningSeconds} giây`);
}

export function renderStatus(state: StatusState, actions: StatusActions): TemplateResult {
  const {lang, config, sync} = state;
  const when = (date: Date | undefined) => (date ? formatDateTime(date, lang) : msg('chưa có'));
  const detail = workerDetail(state.worker);
  return html`
    <main class="screen status" id="main">
      <h1 class="screen__title" tabindex="-1" data-screen-heading>${msg('Tình trạng ki-ốt')}</h1>
      <dl class="facts">
        <div><dt>${msg('Phiên bản')}</dt><dd>${__KIOSK_VERSION__}</dd></div>
        <div class=${state.clockProblem ? 'facts__warning' : ''}><dt>${msg('Đồng hồ')}</dt><dd>${clockText(state)}</dd></div>
        <div>
          <dt>${msg('Giọng đọc')}</dt>
          <dd>${renderVoices(state)}</dd>
        </div>
        <div class=${state.reviews?.stale.length ? 'facts__warning' : ''}><dt>${msg('Ngày kiểm tra hướng dẫn')}</dt><dd>${renderReviews(state)}</dd></div>
        <div><dt>${msg('Tệp cấu hình')}</dt><dd translate="no">${state.configSource}</dd></div>
        <div>
          <dt>${msg('Thời gian chờ')}</dt>
          <dd>${idleText(state)}</dd>
        </div>
        <div>
          <dt>${msg('Mã QR được dẫn tới')}</dt>
          <dd>
            ${config.allowedHosts.length
              ? html`<span translate="no">${config.allowedHosts.join(', ')}</span> ${msg('và máy chủ của ki-ốt (allowedHosts)')}`
              : msg('mọi trang https (allowedHosts chưa đặt)')}
          </dd>
        </div>
        <div><dt>${msg('Đồng bộ nội dung lần cuối')}</dt><dd>${when(sync.lastSync)}</dd></div>
        <div><dt>${msg('Nội dung đang hiển thị được tải lúc')}</dt><dd>${when(sync.contentDate)}</dd></div>
        <div><dt>${msg('Mạng')}</dt><dd>${state.offline ? msg('Ngoại tuyến') : msg('Trực tuyến')}</dd></div>
        <div><dt>${msg('Service worker')}</dt><dd>${workerState(state.swState)}${detail ? ` (${detail})` : ''}</dd></div>
        <div>
          <dt>${msg('Dung lượng lưu trữ')}</dt>
          <dd>${state.storage ? `${mb(state.storage.usage)} / ${mb(state.storage.quota)}` : msg('không rõ')}</dd>
        </div>
      </dl>
      <h2>${msg('Lỗi gần đây')}</h2>
      ${renderErrors(state.errors, lang)}
      <div class="panel__actions">
        <button type="button" class="button" @click=${actions.onSync}>${msg('Đồng bộ nội dung ngay')}</button>
        <button type="button" class="button" @click=${actions.onCheckUpdate}>${msg('Kiểm tra bản cập nhật')}</button>
      </div>
      <p class="status__note">${state.staffNote ?? nothing}</p>
      ${state.updateWaiting ? html`<p>${msg('Có bản cập nhật đang chờ: sẽ cài khi ki-ốt về màn hình chờ.')}</p>` : nothing}
    </main>
  `;
}
