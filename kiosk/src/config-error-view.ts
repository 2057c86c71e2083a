/*
 * What staff see when the config cannot be used: every problem with its JSON
 * path, in words, and a reload button. Never a blank screen. When `?config=`
 * was refused, the kiosk runs on its default config: the screen says so and
 * offers to continue (the idle reset also leaves it, for the next resident).
 */
import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ConfigError, ConfigProblem} from './config.js';

function problemText(p: ConfigProblem): string {
  switch (p.kind) {
    case 'required':
      return msg('thiếu mục bắt buộc');
    case 'text':
      return msg('cần một đoạn chữ (hoặc {"vi": …, "en": …})');
    case 'url':
      return msg('địa chỉ không hợp lệ');
    case 'source':
      return msg('nguồn nội dung phải là một địa chỉ https://, hoặc nằm trên chính máy chủ của ki-ốt');
    case 'host':
      return msg(str`máy chủ ${p.detail} không nằm trong allowedHosts`);
    case 'https':
      return msg('cần một địa chỉ https:// (http chỉ dùng được trên localhost)');
    case 'origin':
      return msg('ki-ốt chỉ nhận tệp cấu hình trên chính máy chủ của mình (một đường dẫn như ?config=cau-hinh/xa.json); địa chỉ này bị từ chối và không được tải');
    case 'number':
      return msg(str`cần một số trong khoảng ${p.detail}`);
    case 'language':
      return msg(str`ngôn ngữ phải là một trong: ${p.detail}`);
    case 'list':
      return msg('cần một danh sách');
    case 'colour':
      return msg('cần một mã màu dạng #rrggbb');
    case 'boolean':
      return msg('cần true hoặc false');
    case 'orientation':
      return msg('hướng màn hình phải là "portrait" (dọc) hoặc "landscape" (ngang)');
    case 'json':
      return msg(str`tệp không phải JSON hợp lệ (${p.detail})`);
    case 'load':
      return msg(str`không tải được tệp (${p.detail})`);
  }
}

/** The default config the kiosk runs on instead of a refused `?config=`. */
export interface ConfigFallback {
  /** The default config file, loaded instead. */
  url: string;
  /** Leaves this screen for the attract screen. */
  onContinue: () => void;
}

/** For staff: what is wrong with the config, never a blank screen. */
export function renderConfigError(error: ConfigError, fallback?: ConfigFallback): TemplateResult {
  return html`
    <main class="screen config-error" id="main">
      <div role="alert">
        <h1 class="screen__title">
          ${fallback ? msg('Địa chỉ cấu hình bị từ chối: ki-ốt dùng cấu hình mặc định') : msg('Ki-ốt chưa khởi động được: cấu hình bị lỗi')}
        </h1>
        <p>${msg(str`Tệp cấu hình: ${error.url}`)}</p>
      </div>
      <ul>
        ${error.problems.map((p) => html`<li><code>${p.path}</code>: ${problemText(p)}</li>`)}
      </ul>
      ${fallback
        ? html`<p>${msg(str`Ki-ốt đang chạy với tệp cấu hình mặc định: ${fallback.url}`)}</p>
            <button type="button" class="button" @click=${fallback.onContinue}>${msg('Tiếp tục với cấu hình mặc định')}</button>`
        : html`<p>${msg('Dành cho cán bộ: sửa tệp cấu hình (xem docs/kiosk.md) rồi bấm "Tải lại".')}</p>
            <button type="button" class="button" @click=${() => location.reload()}>${msg('Tải lại')}</button>`}
    </main>
  `;
}
