/*
 * The guided presentation: one large step card with progress, "Bước trước"
 * and "Bước tiếp" (swipe and arrow keys too), and the panel after the last
 * step: the guide's page as a QR code to take home, the host's own actions
 * (the `finished-actions` slot), "Làm lại", and what to read next. Call
 * inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {keyed} from 'lit/directives/keyed.js';
import {msg, str} from '@lit/localize';
import {heading} from '../core/heading.js';
import type {Locale} from '../core/locale.js';
import {webUrl} from '../core/urls.js';
import {checkQrUrl} from '../qr/qr-url.js';
import {handoffUrl, type Guide, type RelatedGuide} from './howto-model.js';
import {renderStepBody, type ReadAloudActions, type StepView} from './howto-step.js';
import type {SwipeHandlers} from './swipe-controller.js';

export interface GuidedView extends StepView {
  guide: Guide;
  /** The guide title's heading level; the step heading is one below. */
  level: number;
  /** The step on the card, 1-based. */
  current: number;
}

export interface GuidedActions extends ReadAloudActions {
  previous: () => void;
  /** Next step, or "Xong" on the last one. */
  next: () => void;
  /** ArrowLeft / ArrowRight, anywhere in the card and its buttons. */
  keydown: (event: KeyboardEvent) => void;
  /** Bound on the card. */
  swipe: SwipeHandlers;
}

export function renderGuided(view: GuidedView, actions: GuidedActions): TemplateResult {
  const n = view.current;
  const total = view.guide.steps.length;
  const step = view.guide.steps[n - 1];
  const last = n === total;
  // Progress is the text, "Bước 2 trên 9". The bar is a picture of it, hidden
  // from assistive technology: as a progressbar Orca read it as a percentage
  // ("25 percent") whatever its aria-valuetext said, disagreeing with the text.
  return html`<div class="guided" @keydown=${actions.keydown}>
    <section
      class="card"
      part="card"
      aria-labelledby="step-heading"
      @pointerdown=${actions.swipe.onPointerDown}
      @pointerup=${actions.swipe.onPointerUp}
      @pointercancel=${actions.swipe.onPointerCancel}
    >
      <div class="progress" part="progress" lang=${view.locale}>
        <p class="progress__text">
          <span aria-hidden="true">${msg(str`Bước ${n}/${total}`)}</span>
          <span class="visually-hidden">${msg(str`Bước ${n} trên ${total}`)}</span>
        </p>
        <div class="progress__bar" aria-hidden="true"><span class="progress__fill"></span></div>
      </div>
      ${step.section ? html`<p class="step__section">${step.section}</p>` : nothing}
      ${/* A new heading for each step, not the last one's with new words: Orca kept the name it had read
           (at step 4 it said step 3's "Chọn đăng nhập bằng tài khoản định danh điện tử heading level 2"). */
      keyed(
        n,
        heading(view.level, step.name, {
          offset: 1,
          id: 'step-heading',
          tabindex: -1,
          className: 'card__heading',
          part: 'step-heading',
        })
      )}
      <div class="card__body ${step.image ? 'card__body--picture' : ''}">${renderStepBody(step, view, actions)}</div>
    </section>
    <div class="nav" part="nav" lang=${view.locale}>
      <button
        type="button"
        class="loa-button loa-button--secondary nav__button"
        part="button previous"
        ?disabled=${n === 1}
        @click=${() => actions.previous()}
      >
        <span aria-hidden="true">←</span> ${msg('Bước trước')}
      </button>
      <button type="button" class="loa-button nav__button" part=${last ? 'button done' : 'button next'} @click=${() => actions.next()}>
        ${last ? msg('Xong') : msg('Bước tiếp')} <span aria-hidden="true">${last ? '✓' : '→'}</span>
      </button>
    </div>
  </div>`;
}

export interface FinishedView {
  guideName: string;
  total: number;
  level: number;
  locale: Locale;
  related: readonly RelatedGuide[];
  /** The host has `slot="next"` children. */
  hasSlotted: boolean;
  /** The guide's public page, for the take-home QR code; none: no code. */
  takeHome: string | undefined;
}

export interface FinishedActions {
  /** Back to the last step. */
  previous: () => void;
  /** Back to step 1. */
  restart: () => void;
  keydown: (event: KeyboardEvent) => void;
}

/**
 * The guide's public page, for "Mang hướng dẫn về điện thoại": where the phone
 * hand-off leads (`handoff-base`, else the guide's own `url`), without the
 * step. Only an address <loa-qr> accepts (https, or http on localhost), so
 * the done card never shows a refused code; otherwise none.
 */
export function takeHomeUrl(
  guide: Pick<Guide, 'identifier' | 'url'>,
  src: string,
  handoffBase: string | null | undefined,
  pageUrl: string
): string | undefined {
  const url = handoffUrl(guide, src, 1, handoffBase, pageUrl);
  if (!url) return undefined;
  const check = checkQrUrl(url.replace(/#.*$/, ''));
  return check.ok ? check.url.href : undefined;
}

/**
 * "Bạn đã làm xong!": first the take-home QR code, then the host's actions
 * (`finished-actions` slot: the kiosk's "Trang chủ"), "Làm lại" and
 * "Xem lại bước cuối", then the related guides and the `next` slot. On a
 * wide card the code is a column of its own, beside the rest.
 */
export function renderFinished(view: FinishedView, actions: FinishedActions): TemplateResult {
  const hasNext = view.related.length > 0 || view.hasSlotted;
  return html`<section
    class="finished"
    part="finished"
    aria-labelledby="finished-heading"
    lang=${view.locale}
    @keydown=${actions.keydown}
  >
    <div class="finished__layout ${view.takeHome ? 'finished__layout--qr' : ''}">
      <div class="finished__head">
        ${heading(view.level, msg('Bạn đã làm xong!'), {offset: 1, id: 'finished-heading', tabindex: -1, className: 'card__heading'})}
        <p>${msg(str`Bạn đã đi hết ${view.total} bước của hướng dẫn “${view.guideName}”.`)}</p>
      </div>
      ${view.takeHome
        ? html`<div class="takehome" part="takehome">
            ${heading(view.level, msg('Mang hướng dẫn về điện thoại'), {offset: 2, className: 'takehome__heading', part: 'takehome-heading'})}
            <loa-qr href=${view.takeHome} label=${view.guideName} heading-level=${Math.min(view.level + 3, 6)}></loa-qr>
          </div>`
        : nothing}
      <div class="finished__rest">
        <div class="nav finished__actions" part="nav">
          <slot name="finished-actions"></slot>
          <button type="button" class="loa-button loa-button--secondary nav__button" part="button restart" @click=${() => actions.restart()}>
            ${msg('Làm lại từ bước 1')}
          </button>
          <button type="button" class="loa-button loa-button--secondary nav__button" part="button previous" @click=${() => actions.previous()}>
            <span aria-hidden="true">←</span> ${msg('Xem lại bước cuối')}
          </button>
        </div>
        ${hasNext
          ? html`<p>${msg('Bạn có thể xem tiếp:')}</p>
              <ul class="related">
                ${view.related.map((r) => {
                  // Links go through the same http(s) allowlist as the guide's own URLs; others are left out.
                  const href = webUrl(r.href, document.baseURI);
                  return href ? html`<li><a href=${href}>${r.label}</a></li>` : nothing;
                })}
              </ul>`
          : nothing}
        <slot name="next"></slot>
      </div>
    </div>
  </section>`;
}
