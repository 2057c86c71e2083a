/*
 * One step's content, the same in both presentations: image, text, tips and
 * the read-aloud controls (a recording when the guide has one, else the
 * device's voice). Call inside the element's render, so msg() answers in its
 * language.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import type {Reading, VoiceState} from '../core/read-aloud-controller.js';
import type {GuideImage, GuideStep} from './howto-model.js';
import {languageName} from './howto-messages.js';

/** What a step's content depends on besides the step: the same for every step of one render. */
export interface StepView {
  /** The element's UI language: the words around the guide's own text. */
  locale: Locale;
  /** The guide's language (its inLanguage, else `locale`): the voice it needs. */
  contentLang: string;
  /** Printing: no read-aloud controls, images load at once. */
  printing: boolean;
  voice: VoiceState;
  /** The step being read aloud (keyed by step number), if any. */
  reading: Reading<number> | undefined;
}

export interface ReadAloudActions {
  read: (step: GuideStep) => void;
  pause: () => void;
  resume: () => void;
  /** Stops the voice and any recording. */
  stop: () => void;
}

/**
 * The picture, then the words (text, tips, read aloud) in one box of their
 * own, so a wide guided card can set them beside the picture (the styles'
 * container query on the card).
 */
export function renderStepBody(step: GuideStep, view: StepView, actions: ReadAloudActions): TemplateResult {
  return html`${step.image ? renderImage(step.image, view.printing) : nothing}
    <div class="step__words">
      ${step.text.map((line) => html`<p class="step__text">${line}</p>`)}
      ${step.tips.length
        ? html`<div class="step__tips">
            <p lang=${view.locale}><strong>${msg('Mẹo:')}</strong></p>
            ${step.tips.map((tip) => html`<p>${tip}</p>`)}
          </div>`
        : nothing}
      ${view.printing ? nothing : renderReadAloud(step, view, actions)}
    </div>`;
}

function renderImage(image: GuideImage, printing: boolean): TemplateResult {
  return html`<figure class="step__figure">
    <img
      class="step__image"
      part="image"
      src=${image.url}
      alt=${image.alt}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading=${printing ? 'eager' : 'lazy'}
      decoding="async"
    />
  </figure>`;
}

/** `data-speech` marks the controls whose clicks do not stop the reading (see the element's click handler). */
function renderReadAloud(step: GuideStep, view: StepView, actions: ReadAloudActions): TemplateResult {
  const n = step.number;
  if (step.audio) {
    return html`<div class="read" data-speech lang=${view.locale}>
      <!-- No download or speed menu: on a public kiosk the player must not save files. -->
      <audio
        class="read__audio"
        controls
        controlslist="nodownload noplaybackrate"
        preload="none"
        src=${step.audio}
        aria-label=${msg(str`Nghe hướng dẫn bước ${n}`)}
        @play=${() => actions.stop()}
      ></audio>
    </div>`;
  }
  if (view.voice === 'no' || view.voice === 'unsupported') {
    const lang = languageName(view.contentLang);
    return html`<div class="read" lang=${view.locale}>
      <button type="button" class="loa-button loa-button--secondary" part="button read read-aloud-unavailable" disabled>
        ${view.voice === 'no' ? msg(str`Máy này không có giọng đọc ${lang}`) : msg('Trình duyệt này không đọc to được')}
      </button>
    </div>`;
  }
  const reading = view.reading?.key === n ? view.reading : undefined;
  const stepLabel = html`<span class="visually-hidden">${msg(str`bước ${n}`)}</span>`;
  if (!reading) {
    return html`<div class="read" data-speech lang=${view.locale}>
      <button type="button" class="loa-button loa-button--secondary" part="button read" @click=${() => actions.read(step)}>
        ${msg('Đọc to')} ${stepLabel}
      </button>
    </div>`;
  }
  return html`<div class="read" data-speech lang=${view.locale}>
    <button
      type="button"
      class="loa-button loa-button--secondary"
      part="button read pause"
      @click=${() => (reading.paused ? actions.resume() : actions.pause())}
    >
      ${reading.paused ? msg('Đọc tiếp') : msg('Tạm dừng')} ${stepLabel}
    </button>
    <button type="button" class="loa-button loa-button--secondary" part="button read stop" @click=${() => actions.stop()}>
      ${msg('Dừng đọc')}
    </button>
  </div>`;
}
