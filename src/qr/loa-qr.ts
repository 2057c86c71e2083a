import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {heading} from '../core/heading.js';
import {announce} from '../core/announcer.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {nfc} from '../core/text.js';
import {ContentError} from '../core/content-error.js';
import {errorMessage, errorMessageLang} from '../core/content-status.js';
import {qrStyles} from './loa-qr.styles.js';
// The QR encoder is a chunk of its own, shared by every <loa-qr>: a page that
// shows no code (the schedule before an event is opened) never loads it (qr-chunks.ts).
import {qrEncoder as encoder} from './qr-chunks.js';
import type {QrDrawing} from './qr-svg.js';
import {breakPoints, checkQrUrl, displayUrl, parseHostList, spokenUrl, type QrUrlCheck} from './qr-url.js';

/** Every connected <loa-qr>, so a change of the shared allowlist re-checks them all. */
const live = new Set<LoaQr>();
let sharedHosts: string[] | null = null;
/** Page-wide switches the kiosk sets once, for codes inside other elements' shadow roots too. */
const pageWide = {noCopy: false, noOpen: false};

type Feedback = 'copied' | 'copy-failed' | undefined;

/**
 * A QR code that carries a link from a screen or a printed sheet onto a
 * resident's phone, with the address in words, a copy button and an open link.
 * The code is drawn locally (no network service) as dark modules on white, with
 * a 4-module quiet zone and error correction M, in every theme and in forced
 * colours. Links other than https: (or http: on localhost) are refused with a
 * visible error and no code.
 *
 * Attributes (a stable contract; <loa-howto>, <loa-schedule> and the kiosk use them):
 * - `href`: the link to encode. The code holds the browser's canonical form of it (`new URL(href).href`).
 * - `label`: what the link opens, shown as the heading and spoken in the code's name.
 * - `heading-level`: 1–6, level of that heading (default 2).
 * - `variant`: `card` (default) or `poster` (a large A4/A5 sheet for notice boards; prints cleanly).
 * - `no-open`: hides the "open" link (the kiosk never navigates away).
 * - `no-copy`: hides the "copy link" button (a public kiosk never writes to the clipboard).
 * - `allowed-hosts`: space-separated hosts; only those and their sub-domains may become codes.
 *   It narrows the shared list `LoaQr.allowedHosts`, never widens it.
 *
 * @tag loa-qr
 * @summary A scannable, accessible QR code for a link, as a card or a printable poster.
 *
 * @slot commune - Poster variant: the commune's name, printed above the title.
 * @slot - The page's own fallback (the link written out), shown under the error only when the QR encoder chunk cannot be loaded.
 *
 * @csspart base - The card or poster.
 * @csspart code - The box holding the QR code.
 * @csspart qr - The QR code's <svg> (role="img").
 * @csspart heading - The label heading (or the address, without a label).
 * @csspart commune - The poster line holding the `commune` slot.
 * @csspart instruction - "Open your camera or Zalo and scan the code".
 * @csspart url - The readable address.
 * @csspart actions - The row of the copy button and the open link.
 * @csspart button - The copy button.
 * @csspart open - The open link.
 * @csspart feedback - The visible result of copying.
 * @csspart status - The error box when the link is refused, too long for a code, or the encoder cannot be loaded.
 *
 * @cssprop --loa-qr-size - A larger QR code (an em length); it never goes below 12em.
 * @cssprop --loa-qr-module - Size of one module (default 0.3em), so dense codes grow instead of shrinking their dots.
 *
 * @fires loa-link-activate - When the open link is followed; cancel it to stay on the page (see outbound-links).
 */
export class LoaQr extends LoaElement {
  static override styles = [themeStyles, qrStyles];

  /**
   * Hosts every <loa-qr> on the page accepts (and their sub-domains), or null
   * for no shared restriction. The kiosk sets it once:
   * `customElements.get('loa-qr').allowedHosts = ['gov.vn', 'mobiedu.vn']`.
   */
  static get allowedHosts(): string[] | null {
    return sharedHosts;
  }
  static set allowedHosts(hosts: string[] | null) {
    sharedHosts = hosts ? [...hosts] : null;
    live.forEach((el) => el.requestUpdate());
  }

  /**
   * `no-copy` for every <loa-qr> on the page, including those inside
   * <loa-schedule> and <loa-howto>, which a page cannot reach by attribute.
   * The kiosk sets it: `customElements.get('loa-qr').noCopy = true`.
   */
  static get noCopy(): boolean {
    return pageWide.noCopy;
  }
  static set noCopy(value: boolean) {
    pageWide.noCopy = value;
    live.forEach((el) => el.requestUpdate());
  }

  /** `no-open` for every <loa-qr> on the page, as `noCopy`. */
  static get noOpen(): boolean {
    return pageWide.noOpen;
  }
  static set noOpen(value: boolean) {
    pageWide.noOpen = value;
    live.forEach((el) => el.requestUpdate());
  }

  /** The link to encode: https:, or http: on localhost for development. */
  @property() href = '';

  /** What the link opens, in words ("Cổng Dịch vụ công quốc gia"). */
  @property() label = '';

  /** `card` or `poster`. */
  @property({reflect: true}) variant: 'card' | 'poster' = 'card';

  /** Hides the open link; the kiosk sets it because it never leaves the app. */
  @property({type: Boolean, attribute: 'no-open', reflect: true}) noOpen = false;

  /** Hides the copy button; the kiosk sets it because a public terminal never writes to the clipboard. */
  @property({type: Boolean, attribute: 'no-copy', reflect: true}) noCopy = false;

  /** Space-separated hosts allowed for this element, narrowing `LoaQr.allowedHosts`. */
  @property({attribute: 'allowed-hosts'}) allowedHosts: string | null = null;

  @state() private feedback: Feedback;
  @state() private hasCommune = false;

  private check: QrUrlCheck = {ok: false, problem: 'empty'};
  private drawing: QrDrawing | undefined;
  /** Set when the link is valid but longer than the largest QR code holds. */
  private tooLong = false;
  /** Set when the encoder chunk could not be loaded. */
  private noEncoder = false;
  private lastEncoded = '';
  private feedbackTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    clearTimeout(this.feedbackTimer);
  }

  /** The text the code holds, or '' when the link was refused. */
  get encodedText(): string {
    return this.check.ok && !this.tooLong ? this.check.url.href : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.check = checkQrUrl(this.href, [LoaQr.allowedHosts, parseHostList(this.allowedHosts)]);
    const text = this.check.ok ? this.check.url.href : '';
    // Unchanged link: nothing to do, unless the code is still to be drawn. After a failed
    // encoder load the error stays until the link changes (no retry loop while offline).
    if (text === this.lastEncoded && (this.drawing || this.tooLong || this.noEncoder || !text)) return;
    this.drawing = undefined;
    this.tooLong = false;
    this.noEncoder = false;
    if (text !== this.lastEncoded) this.feedback = undefined;
    this.lastEncoded = text;
    if (!text) return;
    if (!encoder.module) {
      // The card shows at once with the address and a placeholder; the code follows.
      // A failed load stays an error until the link changes (or the page reloads).
      encoder.load().then(
        () => this.requestUpdate(),
        () => {
          this.noEncoder = true;
          this.requestUpdate();
        }
      );
      return;
    }
    try {
      this.drawing = encoder.module.drawQr(text);
    } catch {
      this.tooLong = true;
    }
  }

  /** Resolves once the code is drawn (or cannot be), not merely once the placeholder shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.check.ok && !encoder.module && !this.noEncoder) {
      await encoder.load().catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Dense codes grow so each module stays big enough for a camera at arm's length.
    // A CSSOM write, allowed under a strict style-src CSP (a style attribute is not).
    const box = this.renderRoot.querySelector<HTMLElement>('.qr__code');
    if (box && this.drawing) box.style.setProperty('--_qr-modules', String(this.drawing.size));
  }

  override render() {
    const poster = this.variant === 'poster';
    const url = this.check.ok && !this.tooLong && !this.noEncoder ? this.check.url : undefined;
    const label = nfc(this.label.trim());
    const title = label || (url ? spokenUrl(url) : '');
    return html`<div class="loa-root qr ${poster ? 'qr--poster' : 'qr--card'}" lang=${this.locale} part="base">
      ${poster
        ? html`<p class="qr__commune" part="commune" ?hidden=${!this.hasCommune}>
            <slot name="commune" @slotchange=${this.onCommuneChange}></slot>
          </p>`
        : nothing}
      ${title ? heading(this.level, title, {className: 'loa-heading qr__title'}) : nothing}
      ${url ? this.renderCode(url, title, label) : this.renderProblem()}
    </div>`;
  }

  private renderCode(url: URL, title: string, label: string): TemplateResult {
    const drawing = this.drawing;
    const where = spokenUrl(url);
    // Without a label the address is the title: say it once, not twice.
    const name = label ? msg(str`Mã QR: mở ${label} (${where})`) : msg(str`Mã QR: mở ${where}`);
    return html`<div class="qr__body">
      <div class="qr__code" part="code">
        ${drawing
          ? html`<svg
              class="qr__svg"
              part="qr"
              role="img"
              aria-label=${name}
              viewBox="0 0 ${drawing.size} ${drawing.size}"
              shape-rendering="crispEdges"
              focusable="false"
              xmlns="http://www.w3.org/2000/svg"
            >
              <rect width=${drawing.size} height=${drawing.size} fill="#fff"></rect>
              <path d=${drawing.path} fill="#000"></path>
            </svg>`
          : html`<p class="qr__pending">${msg('Đang tạo mã QR…')}</p>`}
      </div>
      <div class="qr__text">
        <p class="qr__instruction" part="instruction">${msg('Mở camera hoặc Zalo và quét mã')}</p>
        <p class="qr__url" part="url">
          <span class="qr__url-label">${msg('Địa chỉ:')}</span>
          <span class="qr__url-text" translate="no" dir="ltr">${breakPoints(displayUrl(url)).map((piece) => html`${piece}<wbr>`)}</span>
        </p>
        ${this.renderActions(url, title)}
      </div>
    </div>`;
  }

  private renderActions(url: URL, title: string): TemplateResult | typeof nothing {
    const canCopy = !this.noCopy && !pageWide.noCopy && typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
    const canOpen = !this.noOpen && !pageWide.noOpen;
    if (!canCopy && !canOpen) return nothing;
    return html`<div class="qr__actions" part="actions">
        ${canCopy
          ? html`<button class="loa-button" part="button" type="button" @click=${this.copy}>
              ${msg('Sao chép liên kết')}<span class="visually-hidden">: ${title}</span>
            </button>`
          : nothing}
        ${!canOpen
          ? nothing
          : html`<a class="loa-button loa-button--secondary qr__open" part="open" href=${url.href} @click=${this.onOpen}>
              ${msg('Mở liên kết')}<span class="visually-hidden">: ${title}</span>
            </a>`}
      </div>
      ${this.feedback ? html`<p class="qr__feedback" part="feedback">${this.feedbackText()}</p>` : nothing}`;
  }

  private renderProblem(): TemplateResult {
    // Without the encoder the link is fine: the webmaster's own fallback link still leads there.
    const unloaded = this.check.ok && this.noEncoder ? errorMessageLang(encoder.error ?? new ContentError('network')) : undefined;
    return html`<div class="loa-status loa-status--error qr__error" role="alert" part="status">
        <p lang=${unloaded ?? nothing}>${this.problemText()}</p>
      </div>
      ${this.check.ok && this.noEncoder ? html`<slot></slot>` : nothing}`;
  }

  private problemText(): string {
    const shown = shorten(this.href.trim());
    // The same words as every other element whose lazy part did not load (a missing file or no network).
    if (this.check.ok && this.noEncoder) return errorMessage(encoder.error ?? new ContentError('network'));
    if (this.check.ok) return msg('Liên kết quá dài để tạo mã QR. Hãy dùng một địa chỉ ngắn hơn.');
    switch (this.check.problem) {
      case 'empty':
        return msg('Chưa có liên kết nên không tạo được mã QR.');
      case 'invalid':
        return msg(str`“${shown}” không phải là một liên kết đầy đủ (cần bắt đầu bằng https://), nên không tạo mã QR.`);
      case 'scheme':
        return msg(str`Chỉ tạo mã QR cho liên kết an toàn bắt đầu bằng https://. Liên kết “${shown}” bị từ chối.`);
      case 'credentials':
        return msg('Liên kết có chứa tên đăng nhập hoặc mật khẩu, nên không tạo mã QR.');
      case 'host':
        return msg(str`Trang ${this.check.host ?? ''} không nằm trong danh sách trang được phép, nên không tạo mã QR.`);
    }
  }

  private feedbackText(): string {
    return this.feedback === 'copied'
      ? msg('Đã sao chép liên kết.')
      : msg('Không sao chép được. Hãy chép địa chỉ ghi ở trên.');
  }

  private onCommuneChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasCommune = slot.assignedNodes({flatten: true}).some((node) => (node.textContent ?? '').trim() !== '' || node instanceof Element);
  }

  private onOpen(event: MouseEvent): void {
    routeLinkClick(this, event);
  }

  private async copy(): Promise<void> {
    const text = this.encodedText;
    if (!text || this.noCopy || pageWide.noCopy) return;
    let result: Feedback;
    try {
      await navigator.clipboard.writeText(text);
      result = 'copied';
    } catch {
      // No permission, or the page lost focus: the address stays on screen to copy by hand.
      result = 'copy-failed';
    }
    this.feedback = result;
    announce(this.localize(() => this.feedbackText()), this.locale);
    clearTimeout(this.feedbackTimer);
    this.feedbackTimer = setTimeout(() => (this.feedback = undefined), 6000);
  }
}

/** Refused input is shown so the author can find it, but a pasted script should not fill the screen. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-qr': LoaQr;
  }
}
