/*
 * The guided presentation: one large step card with progress, "Bước trước"
 * and "Bước tiếp" (swipe and arrow keys too), and the "what next" panel after
 * the last step. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import {heading} from '../core/heading.js';
import type {Locale} from '../core/locale.js';
import {webUrl} from '../core/urls.js';
import type {Guide, RelatedGuide} from './howto-model.js';
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
        <div
          class="progress__bar"
          role="progressbar"
          aria-label=${msg('Tiến độ')}
          aria-valuemin="1"
          aria-valuemax=${total}
          aria-valuenow=${n}
          aria-valuetext=${msg(str`Bước ${n} trên ${total}`)}
        >
          <span class="progress__fill"></span>
        </div>
      </div>
      ${step.section ? html`<p class="step__section">${step.section}</p>` : nothing}
      ${heading(view.level, step.name, {
        offset: 1,
        id: 'step-heading',
        tabindex: -1,
        className: 'card__heading',
        part: 'step-heading',
      })}
      ${renderStepBody(step, view, actions)}
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
}

export interface FinishedActions {
  /** Back to the last step. */
  previous: () => void;
  /** Back to step 1. */
  restart: () => void;
  keydown: (event: KeyboardEvent) => void;
}

/** "Bạn đã làm xong!": the related guides, the `next` slot, and the way back. */
export function renderFinished(view: FinishedView, actions: FinishedActions): TemplateResult {
  const hasNext = view.related.length > 0 || view.hasSlotted;
  return html`<section
    class="finished"
    part="finished"
    aria-labelledby="finished-heading"
    lang=${view.locale}
    @keydown=${actions.keydown}
  >
    ${heading(view.level, msg('Bạn đã làm xong!'), {offset: 1, id: 'finished-heading', tabindex: -1, className: 'card__heading'})}
    <p>${msg(str`Bạn đã đi hết ${view.total} bước của hướng dẫn “${view.guideName}”.`)}</p>
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
    <div class="nav" part="nav">
      <button type="button" class="loa-button loa-button--secondary nav__button" part="button previous" @click=${() => actions.previous()}>
        <span aria-hidden="true">←</span> ${msg('Xem lại bước cuối')}
      </button>
      <button type="button" class="loa-button nav__button" part="button restart" @click=${() => actions.restart()}>
        ${msg('Làm lại từ bước 1')}
      </button>
    </div>
  </section>`;
}
