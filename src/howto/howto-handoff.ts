/*
 * "Tiếp tục trên điện thoại": a disclosure (not a dialog) holding a <loa-qr>
 * for the current step and its address as text. The element defines <loa-qr>
 * with ensureQr() once the code is on screen; until then, and if that fails,
 * the address in words still leads there. Opening it scrolls the code into
 * view (see revealPanel). Call inside the element's render.
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
  /** The guide title's heading level; the code's heading is one below, like the step's. */
  level: number;
}

export function renderHandoff(view: HandoffView, onToggle: () => void): TemplateResult | typeof nothing {
  const {url, step} = view;
  if (!url) return nothing;
  const short = url.replace(/^https?:\/\//, '');
  const toggle = (event: Event) => {
    const opening = !view.open;
    onToggle();
    if (opening) revealPanel(event.currentTarget as HTMLElement);
  };
  return html`<div class="handoff" part="handoff" lang=${view.locale}>
    <button
      type="button"
      class="loa-button loa-button--secondary"
      part="button handoff"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="handoff-panel"
      @click=${toggle}
    >
      ${msg('Tiếp tục trên điện thoại')}
    </button>
    <div class="handoff__panel" id="handoff-panel" ?hidden=${!view.open}>
      ${view.open
        ? html`<p>${msg(str`Quét mã này bằng máy ảnh của điện thoại để mở bước ${step} trên điện thoại của bạn.`)}</p>
            <loa-qr href=${url} label=${msg(str`${view.guideName}, bước ${step}`)} heading-level=${Math.min(view.level + 1, 6)}></loa-qr>
            <p>${msg('Hoặc gõ địa chỉ này vào trình duyệt:')} <span class="handoff__url" translate="no">${short}</span></p>`
        : nothing}
    </div>
  </div>`;
}

/** How long after opening the panel follows its growing code (definition, encoder, drawing). */
const FOLLOW_MS = 3000;

/**
 * Scrolls the opened panel into view, then its QR code, with block 'nearest':
 * the page moves only as far as needed, and scrollIntoView honours the page's
 * `scroll-padding` (the kiosk sets `scroll-padding-bottom` on <html> to its
 * fixed dock's height, so the code ends up above the dock). The panel renders
 * after this click and the code grows as <loa-qr> is defined and draws, so it
 * follows the panel's size for a moment, until the resident scrolls, touches
 * or types, or the panel closes.
 */
function revealPanel(button: HTMLElement): void {
  const root = button.getRootNode();
  const panel = root instanceof ShadowRoot || root instanceof Document ? root.getElementById('handoff-panel') : null;
  if (!panel) return;
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  const observer = new ResizeObserver(() => {
    if (panel.hidden || !panel.isConnected) return stop();
    if (!panel.getClientRects().length) return;
    panel.scrollIntoView({block: 'nearest'});
    panel.querySelector('loa-qr')?.scrollIntoView({block: 'nearest'});
  });
  const timer = setTimeout(stop, FOLLOW_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of inputs) removeEventListener(type, stop, true);
  }
  observer.observe(panel);
  for (const type of inputs) addEventListener(type, stop, {capture: true, passive: true});
}
