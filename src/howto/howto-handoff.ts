/*
 * "Tiếp tục trên điện thoại": a disclosure (not a dialog) holding a <loa-qr>
 * for the current step and its address as text. The element defines <loa-qr>
 * with ensureQr() once the code is on screen; until then, and if that fails,
 * the address in words still leads there. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';

export interface HandoffView {
  /** The phone link for the current step (http(s) only, see handoffUrl); none: no button. */
  url: string | undefined;
  step: number;
  guideName: string;
  open: boolean;
  locale: Locale;
}

export function renderHandoff(view: HandoffView, onToggle: () => void): TemplateResult | typeof nothing {
  const {url, step} = view;
  if (!url) return nothing;
  const short = url.replace(/^https?:\/\//, '');
  return html`<div class="handoff" part="handoff" lang=${view.locale}>
    <button
      type="button"
      class="loa-button loa-button--secondary"
      part="button handoff"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="handoff-panel"
      @click=${() => onToggle()}
    >
      ${msg('Tiếp tục trên điện thoại')}
    </button>
    <div class="handoff__panel" id="handoff-panel" ?hidden=${!view.open}>
      ${view.open
        ? html`<p>${msg(str`Quét mã này bằng máy ảnh của điện thoại để mở bước ${step} trên điện thoại của bạn.`)}</p>
            <loa-qr href=${url} label=${msg(str`${view.guideName}, bước ${step}`)}></loa-qr>
            <p>${msg('Hoặc gõ địa chỉ này vào trình duyệt:')} <span class="handoff__url" translate="no">${short}</span></p>`
        : nothing}
    </div>
  </div>`;
}
