/*
 * The three modal dialogs: the accessibility panel, the idle warning and the
 * QR card for outbound links. Native <dialog> opened with showModal() (by the
 * app, to match its state): focus moves inside, the rest is inert, Escape works.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TEXT_SIZES, type Settings} from './settings.js';
import type {Locale} from '../../src/core/locale.js';

export interface PanelState {
  settings: Settings;
  languages: Locale[];
  /** Speech mode is on but no voice reads the current language. */
  noVoice: boolean;
}

export interface PanelActions {
  onSet: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  onResetSettings: () => void;
  onClose: () => void;
}

export interface WarningActions {
  onExtend: () => void;
  onReset: () => void;
}

export interface LinkCardActions {
  onClose: () => void;
}

/** An outbound link the resident touched. */
export interface OutboundLink {
  href: string;
  label: string;
}

/**
 * Opens (modally) or closes the <dialog> `#id` inside `root` to match the app's
 * state. On opening, focus goes to the first button, or to `[data-dialog-focus]`
 * (the dialog itself when it has the attribute).
 */
export function syncDialog(root: ParentNode, id: string, open: boolean): void {
  const dialog = root.querySelector<HTMLDialogElement>(`#${id}`);
  if (!dialog) return;
  if (open && !dialog.open) {
    dialog.showModal();
    (dialog.matches('[data-dialog-focus]') ? dialog : dialog.querySelector<HTMLElement>('[data-dialog-focus]'))?.focus();
  }
  if (!open && dialog.open) dialog.close();
}

/** What the idle warning says, shown in the dialog and spoken in speech mode. */
export function warningTexts(): {title: string; text: string; more: string} {
  return {
    title: msg('Bạn còn ở đây không?'),
    text: msg('Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm.'),
    more: msg('Tôi cần thêm thời gian'),
  };
}

/*
 * The panel takes focus itself as it opens (tabindex="-1", data-dialog-focus).
 * The "Trợ năng" button that opened it leaves the accessibility tree as the
 * modal dialog makes the rest inert, and Orca then moves to the next focus
 * without a word: focus on the first option, as showModal() puts it, was
 * silent. A dialog taking focus is the case Orca speaks anyway: its name and
 * its groups. Tab then reaches the first option.
 */
export function renderPanel({settings, languages, noVoice}: PanelState, actions: PanelActions): TemplateResult {
  const choice = <K extends keyof Settings>(key: K, value: Settings[K], label: string, lang?: string) => html`<button
    type="button"
    class="option"
    lang=${lang ?? settings.lang}
    aria-pressed=${settings[key] === value ? 'true' : 'false'}
    @click=${() => actions.onSet(key, value)}
  >
    ${label}
  </button>`;
  return html`
    <dialog id="a11y-panel" class="panel" aria-labelledby="a11y-panel-title" tabindex="-1" data-dialog-focus @close=${actions.onClose}>
      <h2 id="a11y-panel-title">${msg('Trợ năng')}</h2>
      <div class="panel__group" role="group" aria-labelledby="a11y-size">
        <h3 id="a11y-size">${msg('Cỡ chữ')}</h3>
        <div class="options">
          ${TEXT_SIZES.map((size) => choice('textSize', size, `${Math.round(size * 100)}%`))}
        </div>
      </div>
      <div class="panel__group" role="group" aria-labelledby="a11y-contrast">
        <h3 id="a11y-contrast">${msg('Màu sắc')}</h3>
        <div class="options">
          ${choice('contrast', 'normal', msg('Bình thường'))} ${choice('contrast', 'high', msg('Tương phản cao'))}
        </div>
      </div>
      <div class="panel__group" role="group" aria-labelledby="a11y-reach">
        <h3 id="a11y-reach">${msg('Tầm với thấp')}</h3>
        <p class="panel__hint">${msg('Khi bật, mọi nút bấm nằm ở nửa dưới màn hình, dễ với khi ngồi xe lăn.')}</p>
        <div class="options">${choice('lowReach', false, msg('Tắt'))} ${choice('lowReach', true, msg('Bật'))}</div>
      </div>
      <div class="panel__group" role="group" aria-labelledby="a11y-speech">
        <h3 id="a11y-speech">${msg('Đọc to')}</h3>
        <p class="panel__hint" id="a11y-speech-hint">${msg('Khi bật, ki-ốt đọc to những gì bạn chạm vào.')}</p>
        <div class="options">${choice('speech', false, msg('Tắt'))} ${choice('speech', true, msg('Bật'))}</div>
        <p class="panel__warning" role="status">
          ${noVoice ? msg('Máy này chưa cài giọng đọc cho ngôn ngữ đang dùng, nên chưa đọc to được. Hãy báo cán bộ tại quầy.') : nothing}
        </p>
      </div>
      ${languages.length > 1
        ? html`<div class="panel__group" role="group" aria-labelledby="a11y-lang">
            <h3 id="a11y-lang">${msg('Ngôn ngữ')}</h3>
            <div class="options">
              ${languages.map((l) => choice('lang', l, l === 'vi' ? 'Tiếng Việt' : 'English', l))}
            </div>
          </div>`
        : ''}
      <div class="panel__actions">
        <button type="button" class="button button--secondary" @click=${actions.onResetSettings}>${msg('Về mặc định')}</button>
        <button type="button" class="button" @click=${actions.onClose}>${msg('Đóng')}</button>
      </div>
    </dialog>
  `;
}

/**
 * The idle warning; `left` is the countdown's seconds (undefined while closed).
 *
 * Heard once on open, with its countdown and both buttons. The alertdialog is
 * a box inside the modal <dialog> (which is only the modal frame, unnamed),
 * and its heading takes focus (`data-dialog-focus`): Chromium on Linux fires
 * an alert event for an alertdialog as it is shown, and Orca reads the alert
 * whole at that event. As the <dialog>'s own role it came twice (as the
 * dialog appeared, and as the alert), and with focus on a button Orca read
 * the alert's text a third time as the button's context. The seconds are
 * plain text, never a live region, so they are not re-read each second; the
 * big number is aria-hidden. The box is built anew at each opening: when the
 * same box was shown again, Orca took the heading's focus after the alert
 * and cut it short ("Bạn còn ở đây không?" twice, nothing else).
 */
export function renderWarning(left: number | undefined, actions: WarningActions): TemplateResult {
  const texts = warningTexts();
  return html`
    <dialog
      id="idle-warning"
      class="warning"
      @cancel=${(e: Event) => {
        // Escape means "I am still here".
        e.preventDefault();
        actions.onExtend();
      }}
    >
      ${left === undefined
        ? nothing
        : html`<div class="warning__box" role="alertdialog" aria-labelledby="idle-warning-title" aria-describedby="idle-warning-text">
            <h2 id="idle-warning-title" tabindex="-1" data-dialog-focus>${texts.title}</h2>
            <p id="idle-warning-text">${texts.text}</p>
            <p class="warning__count" aria-hidden="true">${left}</p>
            <p class="warning__left">${msg(str`Còn ${left} giây.`)}</p>
            <button type="button" class="button warning__more" @click=${actions.onExtend}>${texts.more}</button>
            <button type="button" class="button button--secondary" @click=${actions.onReset}>${msg('Tôi đã xong, xóa ngay')}</button>
          </div>`}
    </dialog>
  `;
}

/**
 * The card for a link the resident touched. Where it really leads (host and
 * path) is the code's title, the most prominent text; the link's own words
 * come second, quoted, because content could say "Cổng Dịch vụ công" while
 * pointing anywhere.
 */
export function renderLinkCard(link: OutboundLink | undefined, actions: LinkCardActions): TemplateResult {
  return html`
    <dialog id="link-card" class="link-card" aria-labelledby="link-card-title" @close=${onLinkCardClose(actions)}>
      <h2 id="link-card-title">${msg('Quét mã để mở trên điện thoại')}</h2>
      <p>${msg('Ki-ốt không mở trang web bên ngoài. Hãy dùng máy ảnh hoặc Zalo trên điện thoại để quét mã này.')}</p>
      ${link
        ? html`<loa-qr class="link-card__qr" href=${link.href} no-open no-copy heading-level="3"></loa-qr>
            ${link.label ? html`<p class="link-card__said">${msg(str`Chữ trên liên kết: “${link.label}”. Hãy xem địa chỉ ở trên để biết trang này thật sự là trang nào.`)}</p>` : nothing}`
        : nothing}
      <button type="button" class="button" @click=${actions.onClose}>${msg('Đóng')}</button>
    </dialog>
  `;
}

/*
 * The close event comes a task after close(). If another link reopened the card
 * in between, that event must not clear the new link.
 */
function onLinkCardClose(actions: LinkCardActions) {
  return (event: Event) => {
    if (!(event.target as HTMLDialogElement).open) actions.onClose();
  };
}
