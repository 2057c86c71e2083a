/*
 * The staff view's "Lỗi gần đây" in the kiosk's language: each logged error
 * (health.ts) said in words, with what to do where there is something to do.
 * Its raw detail (a browser's message, an HTTP status, a URL) comes second,
 * marked as English and not for translation.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatDateTime} from '../../src/core/dates.js';
import type {Locale} from '../../src/core/locale.js';
import type {LogEvent, LoggedError} from './health.js';

/** A logged error in words. */
export function logText(event: LogEvent): string {
  switch (event.kind) {
    case 'script-error':
      return msg('Lỗi trong phần mềm ki-ốt (một lỗi chưa được xử lý).');
    case 'rejection':
      return msg('Lỗi trong phần mềm ki-ốt (một tác vụ thất bại mà không được xử lý).');
    case 'config-invalid':
      return msg('Tệp cấu hình bị lỗi: ki-ốt chưa khởi động được.');
    case 'config-refused':
      return msg('Địa chỉ cấu hình trong ?config= bị từ chối vì không nằm trên máy chủ của ki-ốt, và không được tải. Ki-ốt dùng tệp cấu hình mặc định.');
    case 'clock':
      return event.problem === 'before-build'
        ? msg('Đồng hồ sai: trước cả ngày cài phần mềm. Ki-ốt chỉ ghi ngày, không nói "hôm nay" hay "sắp tới".')
        : msg('Đồng hồ sai: sau nội dung mới nhất hơn một năm. Ki-ốt chỉ ghi ngày, không nói "hôm nay" hay "sắp tới".');
    case 'source':
      return event.source === 'news'
        ? msg('Không tải được tin tức: ki-ốt hiển thị bản đã lưu, nếu có.')
        : event.source === 'events'
          ? msg('Không tải được lịch sự kiện: ki-ốt hiển thị bản đã lưu, nếu có.')
          : msg('Không tải được danh sách mã QR: ki-ốt hiển thị bản đã lưu, nếu có.');
    case 'qr-dropped': {
      const count = event.count;
      return msg(str`${count} mã QR trong danh sách bị bỏ qua: không phải https, hoặc không nằm trong allowedHosts.`);
    }
    case 'panel-orientation':
      return msg('Hướng màn hình khác với cấu hình (panel.orientation): hãy sửa cấu hình hoặc xoay màn hình.');
    case 'service-worker':
      return msg('Không đăng ký được service worker: khi mất mạng, ki-ốt sẽ không chạy được.');
    case 'update-check':
      return msg('Không kiểm tra được bản cập nhật (thường do mất mạng); ki-ốt sẽ thử lại sau.');
    case 'now-ignored':
      return msg('Tham số ?now= bị bỏ qua: cấu hình không bật testClock (chỉ dùng khi thử nghiệm), nên ki-ốt dùng đồng hồ của máy.');
  }
}

/** The list of recent errors: the time, the error in words, then its raw detail. */
export function renderErrors(errors: readonly LoggedError[], lang: Locale): TemplateResult {
  if (!errors.length) return html`<p>${msg('Không có lỗi.')}</p>`;
  return html`<ol class="errors">
    ${errors.map(
      (e) => html`<li>
        <time datetime=${e.at.toISOString()}>${formatDateTime(e.at, lang)}</time>: ${logText(e)}
        ${e.detail ? html`<span class="errors__detail" lang="en" translate="no">(${e.detail})</span>` : nothing}
      </li>`
    )}
  </ol>`;
}
