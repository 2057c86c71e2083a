/*
 * The three modal dialogs: the accessibility panel, the idle warning and the
 * QR card for outbound links. Native <dialog> opened with showModal() (by the
 * app, to match its state): focus moves inside, the rest is inert, Escape works.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TEXT_SIZES, type Settings} from './settings.js';
import type {KioskApp} from './kiosk-app.js';

function choice<K extends keyof Settings>(app: KioskApp, key: K, value: Settings[K], label: string, lang?: string): TemplateResult {
  const pressed = app.settings[key] === value;
  return html`<button
    type="button"
    class="option"
    lang=${lang ?? app.settings.lang}
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${() => app.set(key, value)}
  >
    ${label}
  </button>`;
}

export function renderPanel(app: KioskApp): TemplateResult {
  const languages = app.config?.languages ?? ['vi'];
  return html`
    <dialog id="a11y-panel" class="panel" aria-labelledby="a11y-panel-title" @close=${() => (app.panelOpen = false)}>
      <h2 id="a11y-panel-title">${msg('Trợ năng')}</h2>
      <div class="panel__group" role="group" aria-labelledby="a11y-size">
        <h3 id="a11y-size">${msg('Cỡ chữ')}</h3>
        <div class="options">
          ${TEXT_SIZES.map((size) => choice(app, 'textSize', size, `${Math.round(size * 100)}%`))}
        </div>
      </div>
      <div class="panel__group" role="group" aria-labelledby="a11y-contrast">
        <h3 id="a11y-contrast">${msg('Màu sắc')}</h3>
        <div class="options">
          ${choice(app, 'contrast', 'normal', msg('Bình thường'))} ${choice(app, 'contrast', 'high', msg('Tương phản cao'))}
        </div>
      </div>
      <div class="panel__group" role="group" aria-labelledby="a11y-speech">
        <h3 id="a11y-speech">${msg('Đọc to')}</h3>
        <p class="panel__hint" id="a11y-speech-hint">${msg('Khi bật, ki-ốt đọc to những gì bạn chạm vào.')}</p>
        <div class="options">${choice(app, 'speech', false, msg('Tắt'))} ${choice(app, 'speech', true, msg('Bật'))}</div>
      </div>
      ${languages.length > 1
        ? html`<div class="panel__group" role="group" aria-labelledby="a11y-lang">
            <h3 id="a11y-lang">${msg('Ngôn ngữ')}</h3>
            <div class="options">
              ${languages.map((l) => choice(app, 'lang', l, l === 'vi' ? 'Tiếng Việt' : 'English', l))}
            </div>
          </div>`
        : ''}
      <div class="panel__actions">
        <button type="button" class="button button--secondary" @click=${() => app.resetSettings()}>${msg('Về mặc định')}</button>
        <button type="button" class="button" @click=${() => (app.panelOpen = false)}>${msg('Đóng')}</button>
      </div>
    </dialog>
  `;
}

export function renderWarning(app: KioskApp): TemplateResult {
  const left = app.warningLeft ?? 0;
  return html`
    <dialog
      id="idle-warning"
      class="warning"
      role="alertdialog"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      @cancel=${(e: Event) => {
        // Escape means "I am still here".
        e.preventDefault();
        app.extend();
      }}
    >
      <h2 id="idle-warning-title">${msg('Bạn còn ở đây không?')}</h2>
      <p id="idle-warning-text">${msg('Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm.')}</p>
      <p class="warning__count" aria-hidden="true">${left}</p>
      <p class="warning__left">${msg(str`Còn ${left} giây.`)}</p>
      <button type="button" class="button warning__more" @click=${() => app.extend()}>${msg('Tôi cần thêm thời gian')}</button>
      <button type="button" class="button button--secondary" @click=${() => app.reset()}>${msg('Tôi đã xong, xóa ngay')}</button>
    </dialog>
  `;
}

/**
 * The card for a link the resident touched. Where it really leads (host and
 * path) is the code's title, the most prominent text; the link's own words
 * come second, quoted, because content could say "Cổng Dịch vụ công" while
 * pointing anywhere.
 */
export function renderLinkCard(app: KioskApp): TemplateResult {
  const link = app.link;
  return html`
    <dialog id="link-card" class="link-card" aria-labelledby="link-card-title" @close=${onLinkCardClose(app)}>
      <h2 id="link-card-title">${msg('Quét mã để mở trên điện thoại')}</h2>
      <p>${msg('Ki-ốt không mở trang web bên ngoài. Hãy dùng máy ảnh hoặc Zalo trên điện thoại để quét mã này.')}</p>
      ${link
        ? html`<loa-qr class="link-card__qr" href=${link.href} no-open no-copy heading-level="3"></loa-qr>
            ${link.label ? html`<p class="link-card__said">${msg(str`Chữ trên liên kết: “${link.label}”. Hãy xem địa chỉ ở trên để biết trang này thật sự là trang nào.`)}</p>` : nothing}`
        : nothing}
      <button type="button" class="button" @click=${() => app.closeLink()}>${msg('Đóng')}</button>
    </dialog>
  `;
}

/*
 * The close event comes a task after close(). If another link reopened the card
 * in between, that event must not clear the new link.
 */
function onLinkCardClose(app: KioskApp) {
  return (event: Event) => {
    if (!(event.target as HTMLDialogElement).open) app.closeLink();
  };
}
