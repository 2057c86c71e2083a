import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {lazyPart} from '../core/lazy-part.js';
import {ensureQr} from '../core/ensure-qr.js';
import {ContentError} from '../core/content-error.js';
import {renderContentStatus} from '../core/content-status.js';
import {heading} from '../core/heading.js';
import {announce} from '../core/announcer.js';
import {speech} from '../core/speech.js';
import {loadLocale, toLocale, withLocale} from '../core/locale.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase, webUrl} from '../core/urls.js';
import {
  clampStep,
  handoffUrl,
  stepFromFragment,
  type Guide,
  type GuideImage,
  type GuideStep,
  type Problem,
} from './howto-model.js';
import {durationWords, languageName, problemsSummary} from './howto-messages.js';
import {howtoStyles} from './loa-howto.styles.js';

/** The HowTo reader is a chunk of its own: it loads with the first guide, in parallel with its download. */
const reader = lazyPart(() => import('./howto-parse.js'));

export type HowtoMode = 'overview' | 'guided';

export interface StepChangeDetail {
  step: number;
  total: number;
}

/** A link for the "what next" panel. */
export interface RelatedGuide {
  href: string;
  label: string;
}

/** Horizontal travel (CSS px) that counts as a swipe. */
const SWIPE_MIN_PX = 50;

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Sandboxed iframes and some privacy modes throw on access.
    return undefined;
  }
}

/** The `related` attribute: a JSON array of {href, label}. Anything else is ignored, never thrown. */
function parseRelated(value: string | null): RelatedGuide[] {
  try {
    const list: unknown = JSON.parse(value ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is RelatedGuide =>
        typeof item === 'object' && item !== null && typeof item.href === 'string' && typeof item.label === 'string'
    );
  } catch {
    return [];
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'AUDIO', 'VIDEO'].includes(target.tagName))
  );
}

/**
 * A step-by-step guide (schema.org HowTo) that residents can follow at the
 * kiosk, on a website or on their phone, with or without a screen reader.
 *
 * - `mode="overview"` (default): GOV.UK's step-by-step navigation, every step a
 *   heading with a button that opens it; find-in-page opens collapsed steps.
 * - `mode="guided"`: one large step card at a time with progress, Previous and
 *   Next, swipe and arrow keys; focus and the shared announcer follow the step.
 *
 * The step survives a reload within the session (sessionStorage, keyed by
 * `src`); with `link-fragment`, `#buoc-N` in the page URL selects the step and
 * follows it. Priority when a guide loads: fragment, then session, then `step`.
 *
 * @tagname loa-howto
 * @summary Step-by-step guide from a schema.org HowTo document.
 *
 * @slot next - Links shown after the last step ("what next"), beside `related`.
 *
 * @fires loa-step-change - The current step or the step count changed (also once when a guide loads). `detail: {step, total}`.
 * @fires loa-howto-complete - The resident pressed "Xong" on the last step. `detail: {total}`.
 * @attr {number} max-bytes - The largest file read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
 *
 * @fires loa-link-activate - A related-guide link was activated (see docs/architecture.md, Outbound links).
 *
 * @csspart heading - The guide title and step headings.
 * @csspart steps - The ordered list of steps (overview).
 * @csspart step - One step item (overview).
 * @csspart step-toggle - The button that opens a step (overview).
 * @csspart step-heading - A step heading.
 * @csspart card - The step card (guided).
 * @csspart progress - The progress text and bar (guided).
 * @csspart nav - The Previous / Next buttons (guided).
 * @csspart button - Every button; also `previous`, `next`, `done`, `read`, `handoff`, `toggle-all`, `retry`.
 * @csspart image - Step images.
 * @csspart finished - The panel after the last step.
 * @csspart handoff - The "continue on your phone" disclosure.
 * @csspart status - The loading / error box.
 *
 * @cssprop --loa-howto-image-max-height - Tallest a step image may be on screen (default 60vh).
 */
export class LoaHowto extends LoaElement {
  static override styles = [themeStyles, howtoStyles];

  /** URL of a schema.org HowTo document (JSON or JSON-LD). */
  @property() src = '';

  /** The current step, 1-based. */
  @property({type: Number, reflect: true}) step = 1;

  /** `overview` (all steps, GOV.UK step-by-step) or `guided` (one step at a time). */
  @property({reflect: true}) mode: HowtoMode = 'overview';

  /** Base URL of the guides' public pages; the phone link is `<base><slug>/#buoc-N`. */
  @property({attribute: 'handoff-base'}) handoffBase: string | null = null;

  /** Read the step from `#buoc-N` and keep the page URL's fragment in step (replaceState, no history entries). */
  @property({type: Boolean, attribute: 'link-fragment'}) linkFragment = false;

  /** Guides to suggest after the last step: `[{href, label}]` (attribute: JSON). */
  @property({converter: {fromAttribute: parseRelated}}) related: RelatedGuide[] = [];

  /** Warnings about the loaded guide (image without alt text…), for tools and tests. */
  problems: Problem[] = [];

  @state() private openSteps = new Set<number>();
  @state() private finished = false;
  @state() private handoffOpen = false;
  @state() private printing = false;
  @state() private voice: 'checking' | 'yes' | 'no' | 'unsupported' = 'checking';
  @state() private reading: {step: number; paused: boolean} | undefined;

  private readonly content = new ContentController<Guide>(this, {
    parse: async (text, response) => {
      const base = contentBase(response.url, this.src);
      const {guide, problems} = (await reader.load()).parseHowto(text, base);
      if (!guide) {
        const kind = problems.some((p) => p.code === 'not-json' || p.code === 'no-howto') ? 'format' : 'invalid';
        throw new ContentError(kind, this.localize(() => problemsSummary(problems)));
      }
      this.problems = problems;
      return guide;
    },
  });

  private shownGuide: Guide | undefined;
  private restoredFor = '';
  private firedStep = '';
  private pendingFocus: 'step' | 'finished' | undefined;
  private voiceLang = '';
  private readToken = 0;
  private swipeStart: {id: number; x: number; y: number} | undefined;

  /** The loaded guide, if any. */
  get guide(): Guide | undefined {
    return this.content.value;
  }

  get total(): number {
    return this.guide?.steps.length ?? 0;
  }

  /** Loads the guide again, keeping what is shown if that fails. The kiosk calls this periodically. */
  refresh(): Promise<void> {
    return this.content.reload();
  }

  constructor() {
    super();
    // Clicks from the shadow root reach the host with their full composed path.
    this.addEventListener('click', this.onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.stopReading();
  }

  /** Goes to step `n` as the resident asked: focus and the announcer follow in guided mode. */
  goTo(n: number): void {
    if (!this.guide) return;
    this.finished = false;
    this.step = clampStep(n, this.total);
    if (this.mode === 'guided') this.pendingFocus = 'step';
  }

  next(): void {
    if (this.step >= this.total) this.finish();
    else this.goTo(this.step + 1);
  }

  previous(): void {
    if (this.finished) this.goTo(this.total);
    else if (this.step > 1) this.goTo(this.step - 1);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      // Another guide starts at its own step (session, fragment) or at 1, unless `step` was set with it.
      if (changed.get('src') && !changed.has('step')) this.step = 1;
      this.restoredFor = '';
      if (this.src) reader.prefetch();
      void this.content.load(this.src);
    }
    const guide = this.guide;
    if (guide && guide !== this.shownGuide) {
      this.shownGuide = guide;
      // A refresh of the same guide keeps the resident's place; a new guide restores its own.
      if (this.restoredFor !== this.src) {
        this.restoredFor = this.src;
        this.restore();
      }
    }
    if (guide) {
      this.step = clampStep(this.step, this.total);
      this.checkVoice(guide);
    }
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.stopReading();
    }
    if (changed.has('mode') && changed.get('mode') !== undefined) this.stopReading();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    ensureQr(this.renderRoot);
    const guide = this.guide;
    if (!guide) return;
    // CSSOM, not an inline style attribute: strict CSP hosts block those.
    this.renderRoot.querySelector<HTMLElement>('.progress__bar')?.style.setProperty('--_done', String(this.step / this.total));
    const key = `${this.step}/${this.total}`;
    if (key !== this.firedStep) {
      this.firedStep = key;
      this.save('step', String(this.step));
      if (this.linkFragment && stepFromFragment(location.hash) !== this.step) {
        history.replaceState(history.state, '', `#buoc-${this.step}`);
      }
      this.dispatchEvent(
        new CustomEvent<StepChangeDetail>('loa-step-change', {
          detail: {step: this.step, total: this.total},
          bubbles: true,
          composed: true,
        })
      );
    }
    if (this.pendingFocus) {
      const which = this.pendingFocus;
      this.pendingFocus = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(which === 'step' ? '#step-heading' : '#finished-heading');
      target?.focus();
      const step = guide.steps[this.step - 1];
      this.localize(() =>
        announce(
          which === 'step'
            ? msg(str`Bước ${this.step} trên ${this.total}: ${step.name}`)
            : msg(str`Bạn đã làm xong hướng dẫn: ${guide.name}`),
          this.locale
        )
      );
    }
  }

  override render(): TemplateResult {
    const guide = this.guide;
    return html`<div class="loa-root" lang=${this.locale}>
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: guide !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
      })}
      ${guide ? this.renderGuide(guide) : nothing}
    </div>`;
  }

  private renderGuide(guide: Guide): TemplateResult {
    const printAll = this.printing && this.mode === 'guided';
    return html`<article class="guide guide--${this.mode}" lang=${ifDefined(guide.inLanguage)}>
      ${heading(this.level, guide.name, {className: 'loa-heading guide__title'})}
      ${guide.description.map((line) => html`<p class="guide__description">${line}</p>`)} ${this.renderFacts(guide)}
      ${this.mode === 'guided' && !printAll ? this.renderGuided(guide) : this.renderOverview(guide, printAll)}
    </article>`;
  }

  private renderFacts(guide: Guide): TemplateResult | typeof nothing {
    if (!guide.totalTime && !guide.supply.length && !guide.tool.length) return nothing;
    return html`<div class="facts" part="facts" lang=${this.locale}>
      ${guide.totalTime
        ? html`<p class="facts__time"><strong>${msg('Thời gian:')}</strong> ${durationWords(guide.totalTime, this.locale)}</p>`
        : nothing}
      ${this.renderList(msg('Cần mang theo:'), guide.supply, guide.inLanguage)}
      ${this.renderList(msg('Cần có:'), guide.tool, guide.inLanguage)}
    </div>`;
  }

  private renderList(label: string, items: string[], lang: string | undefined): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<div class="facts__list">
      <p><strong>${label}</strong></p>
      <ul lang=${ifDefined(lang)}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }

  /* ---------- overview ---------- */

  private renderOverview(guide: Guide, printAll: boolean): TemplateResult {
    const allOpen = guide.steps.every((s) => this.openSteps.has(s.number));
    return html`${printAll
        ? nothing
        : html`<p class="toggle-all">
            <button
              type="button"
              class="loa-button loa-button--secondary"
              part="button toggle-all"
              aria-expanded=${allOpen ? 'true' : 'false'}
              aria-controls=${guide.steps.map((s) => `panel-${s.number}`).join(' ')}
              @click=${() => this.setAllOpen(!allOpen)}
            >
              ${allOpen ? msg('Ẩn tất cả các bước') : msg('Hiện tất cả các bước')}
            </button>
          </p>`}
      <ol class="steps" part="steps">
        ${guide.steps.map((step) => this.renderOverviewStep(step, printAll))}
      </ol>
      ${printAll ? nothing : this.renderHandoff(guide)}`;
  }

  private renderOverviewStep(step: GuideStep, printAll: boolean): TemplateResult {
    const n = step.number;
    const open = this.printing || printAll || this.openSteps.has(n);
    const current = n === this.step;
    const firstOfSection = step.section && this.guide?.steps[n - 2]?.section !== step.section;
    return html`<li class="step ${current ? 'step--current' : ''}" part="step" aria-current=${current ? 'step' : nothing}>
      ${firstOfSection ? html`<p class="step__section">${step.section}</p>` : nothing}
      ${heading(
        this.level,
        html`<button
          type="button"
          class="step__toggle"
          part="step-toggle"
          id="toggle-${n}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${n}"
          @click=${() => this.toggleStep(n)}
        >
          <span class="step__number" lang=${this.locale}>${msg(str`Bước ${n}:`)}</span>
          <span class="step__name">${step.name}</span>
        </button>`,
        {offset: 1, className: 'step__heading', part: 'step-heading'}
      )}
      <div
        class="step__panel"
        id="panel-${n}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggleStep(n, true)}
      >
        <div class="step__body">${this.renderStepBody(step)}</div>
      </div>
    </li>`;
  }

  private toggleStep(n: number, force?: boolean): void {
    const open = new Set(this.openSteps);
    const opening = force ?? !open.has(n);
    if (opening) open.add(n);
    else open.delete(n);
    this.openSteps = open;
    this.save('open', JSON.stringify([...open]));
    // Opening a step makes it the resident's place in the guide (and the phone link's step).
    if (opening) this.step = n;
  }

  private setAllOpen(open: boolean): void {
    this.openSteps = new Set(open ? this.guide?.steps.map((s) => s.number) : []);
    this.save('open', JSON.stringify([...this.openSteps]));
  }

  /* ---------- guided ---------- */

  private renderGuided(guide: Guide): TemplateResult {
    if (this.finished) return this.renderFinished(guide);
    const n = this.step;
    const total = this.total;
    const step = guide.steps[n - 1];
    const last = n === total;
    return html`<div class="guided" @keydown=${this.onKeydown}>
        <section
          class="card"
          part="card"
          aria-labelledby="step-heading"
          @pointerdown=${this.onPointerDown}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerCancel}
        >
          <div class="progress" part="progress" lang=${this.locale}>
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
          ${heading(this.level, step.name, {
            offset: 1,
            id: 'step-heading',
            tabindex: -1,
            className: 'card__heading',
            part: 'step-heading',
          })}
          ${this.renderStepBody(step)}
        </section>
        <div class="nav" part="nav" lang=${this.locale}>
          <button
            type="button"
            class="loa-button loa-button--secondary nav__button"
            part="button previous"
            ?disabled=${n === 1}
            @click=${() => this.previous()}
          >
            <span aria-hidden="true">←</span> ${msg('Bước trước')}
          </button>
          <button type="button" class="loa-button nav__button" part=${last ? 'button done' : 'button next'} @click=${() => this.next()}>
            ${last ? msg('Xong') : msg('Bước tiếp')} <span aria-hidden="true">${last ? '✓' : '→'}</span>
          </button>
        </div>
      </div>
      ${this.renderHandoff(guide)}`;
  }

  private renderFinished(guide: Guide): TemplateResult {
    const hasNext = this.related.length > 0 || this.querySelector(':scope > [slot="next"]') !== null;
    return html`<section
      class="finished"
      part="finished"
      aria-labelledby="finished-heading"
      lang=${this.locale}
      @keydown=${this.onKeydown}
    >
      ${heading(this.level, msg('Bạn đã làm xong!'), {offset: 1, id: 'finished-heading', tabindex: -1, className: 'card__heading'})}
      <p>${msg(str`Bạn đã đi hết ${this.total} bước của hướng dẫn “${guide.name}”.`)}</p>
      ${hasNext
        ? html`<p>${msg('Bạn có thể xem tiếp:')}</p>
            <ul class="related">
              ${this.related.map((r) => {
                // Links go through the same http(s) allowlist as the guide's own URLs; others are left out.
                const href = webUrl(r.href, document.baseURI);
                return href ? html`<li><a href=${href}>${r.label}</a></li>` : nothing;
              })}
            </ul>`
        : nothing}
      <slot name="next"></slot>
      <div class="nav" part="nav">
        <button type="button" class="loa-button loa-button--secondary nav__button" part="button previous" @click=${() => this.previous()}>
          <span aria-hidden="true">←</span> ${msg('Xem lại bước cuối')}
        </button>
        <button type="button" class="loa-button nav__button" part="button restart" @click=${() => this.goTo(1)}>
          ${msg('Làm lại từ bước 1')}
        </button>
      </div>
    </section>`;
  }

  private finish(): void {
    this.stopReading();
    this.finished = true;
    this.handoffOpen = false;
    this.pendingFocus = 'finished';
    this.dispatchEvent(new CustomEvent('loa-howto-complete', {detail: {total: this.total}, bubbles: true, composed: true}));
  }

  /* ---------- one step's content (both modes) ---------- */

  private renderStepBody(step: GuideStep): TemplateResult {
    return html`${step.image ? this.renderImage(step.image) : nothing}
      ${step.text.map((line) => html`<p class="step__text">${line}</p>`)}
      ${step.tips.length
        ? html`<div class="step__tips">
            <p lang=${this.locale}><strong>${msg('Mẹo:')}</strong></p>
            ${step.tips.map((tip) => html`<p>${tip}</p>`)}
          </div>`
        : nothing}
      ${this.printing ? nothing : this.renderReadAloud(step)}`;
  }

  private renderImage(image: GuideImage): TemplateResult {
    return html`<figure class="step__figure">
      <img
        class="step__image"
        part="image"
        src=${image.url}
        alt=${image.alt}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        loading=${this.printing ? 'eager' : 'lazy'}
        decoding="async"
      />
    </figure>`;
  }

  private renderReadAloud(step: GuideStep): TemplateResult {
    const n = step.number;
    if (step.audio) {
      return html`<div class="read" data-speech lang=${this.locale}>
        <!-- No download or speed menu: on a public kiosk the player must not save files. -->
        <audio
          class="read__audio"
          controls
          controlslist="nodownload noplaybackrate"
          preload="none"
          src=${step.audio}
          aria-label=${msg(str`Nghe hướng dẫn bước ${n}`)}
          @play=${() => this.stopReading()}
        ></audio>
      </div>`;
    }
    if (this.voice === 'no' || this.voice === 'unsupported') {
      const lang = languageName(this.contentLang());
      return html`<div class="read" lang=${this.locale}>
        <button type="button" class="loa-button loa-button--secondary" part="button read" disabled>
          ${this.voice === 'no' ? msg(str`Máy này không có giọng đọc ${lang}`) : msg('Trình duyệt này không đọc to được')}
        </button>
      </div>`;
    }
    const reading = this.reading?.step === n ? this.reading : undefined;
    const stepLabel = html`<span class="visually-hidden">${msg(str`bước ${n}`)}</span>`;
    if (!reading) {
      return html`<div class="read" data-speech lang=${this.locale}>
        <button type="button" class="loa-button loa-button--secondary" part="button read" @click=${() => void this.readAloud(step)}>
          ${msg('Đọc to')} ${stepLabel}
        </button>
      </div>`;
    }
    return html`<div class="read" data-speech lang=${this.locale}>
      <button
        type="button"
        class="loa-button loa-button--secondary"
        part="button read pause"
        @click=${() => (reading.paused ? this.resumeReading() : this.pauseReading())}
      >
        ${reading.paused ? msg('Đọc tiếp') : msg('Tạm dừng')} ${stepLabel}
      </button>
      <button type="button" class="loa-button loa-button--secondary" part="button read stop" @click=${() => this.stopReading()}>
        ${msg('Dừng đọc')}
      </button>
    </div>`;
  }

  /* ---------- continue on the phone ---------- */

  private renderHandoff(guide: Guide): TemplateResult | typeof nothing {
    const url = handoffUrl(guide, this.src, this.step, this.handoffBase, location.href);
    if (!url) return nothing;
    const short = url.replace(/^https?:\/\//, '');
    return html`<div class="handoff" part="handoff" lang=${this.locale}>
      <button
        type="button"
        class="loa-button loa-button--secondary"
        part="button handoff"
        aria-expanded=${this.handoffOpen ? 'true' : 'false'}
        aria-controls="handoff-panel"
        @click=${this.toggleHandoff}
      >
        ${msg('Tiếp tục trên điện thoại')}
      </button>
      <div class="handoff__panel" id="handoff-panel" ?hidden=${!this.handoffOpen}>
        ${this.handoffOpen
          ? html`<p>${msg(str`Quét mã này bằng máy ảnh của điện thoại để mở bước ${this.step} trên điện thoại của bạn.`)}</p>
              <loa-qr href=${url} label=${msg(str`${guide.name}, bước ${this.step}`)}></loa-qr>
              <p>${msg('Hoặc gõ địa chỉ này vào trình duyệt:')} <span class="handoff__url" translate="no">${short}</span></p>`
          : nothing}
      </div>
    </div>`;
  }

  private toggleHandoff = (): void => {
    // <loa-qr> is defined on first use (ensureQr in updated); the panel shows its URL text meanwhile.
    this.handoffOpen = !this.handoffOpen;
  };

  /* ---------- read aloud ---------- */

  /** The language of the guide's text: its inLanguage, else the element's. */
  private contentLang(): string {
    return this.guide?.inLanguage || this.locale;
  }

  private checkVoice(guide: Guide): void {
    const lang = guide.inLanguage || this.locale;
    if (lang === this.voiceLang) return;
    this.voiceLang = lang;
    // "Bước N" is spoken in the guide's language, which may not be the page's: load its strings now.
    void loadLocale(toLocale(lang));
    if (!speech.supported) {
      this.voice = 'unsupported';
      return;
    }
    this.voice = 'checking';
    void speech.canSpeak(lang).then((ok) => {
      if (this.voiceLang === lang) this.voice = ok ? 'yes' : 'no';
    });
  }

  private async readAloud(step: GuideStep): Promise<void> {
    const lang = this.contentLang();
    await loadLocale(toLocale(lang));
    const label = withLocale(toLocale(lang), () => msg(str`Bước ${step.number}:`));
    const text = [`${label} ${step.name}.`, ...step.text, ...step.tips].join(' ');
    this.pauseAudio();
    const token = ++this.readToken;
    this.reading = {step: step.number, paused: false};
    const result = await speech.speak(text, lang);
    if (token !== this.readToken) return;
    this.reading = undefined;
    if (result === 'no-voice') this.voice = 'no';
    if (result === 'unsupported') this.voice = 'unsupported';
  }

  private pauseReading(): void {
    speech.pause();
    if (this.reading) this.reading = {...this.reading, paused: true};
  }

  private resumeReading(): void {
    speech.resume();
    if (this.reading) this.reading = {...this.reading, paused: false};
  }

  /** Stops this element's speech and recordings; other elements' speech is left alone. */
  private stopReading(): void {
    if (this.reading) {
      this.readToken++;
      this.reading = undefined;
      speech.stop();
    }
    this.pauseAudio();
  }

  private pauseAudio(): void {
    this.renderRoot?.querySelectorAll?.('audio').forEach((audio) => audio.pause());
  }

  /**
   * Any action other than the read-aloud controls stops reading, and links
   * ("what next") go through the shared outbound-link routing.
   */
  private onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const inSpeech = path.some((node) => node instanceof HTMLElement && node.hasAttribute('data-speech'));
    const control = path.some((node) => node instanceof HTMLButtonElement || node instanceof HTMLAnchorElement);
    if (control && !inSpeech) this.stopReading();
    routeLinkClick(this, event);
  };

  /* ---------- keys and swipes (guided) ---------- */

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTyping(event.composedPath()[0] ?? null)) return;
    if (event.key === 'ArrowRight' && !this.finished) {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft' && (this.finished || this.step > 1)) {
      event.preventDefault();
      this.previous();
    }
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.swipeStart = {id: event.pointerId, x: event.clientX, y: event.clientY};
  };

  private onPointerUp = (event: PointerEvent): void => {
    const start = this.swipeStart;
    this.swipeStart = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    // A mostly vertical movement is a scroll, not a swipe.
    if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    this.stopReading();
    if (dx < 0) this.next();
    else if (this.step > 1) this.previous();
  };

  private onPointerCancel = (): void => {
    this.swipeStart = undefined;
  };

  /* ---------- session, fragment, print ---------- */

  private storageKey(kind: 'step' | 'open'): string {
    let guide = this.src;
    try {
      guide = new URL(this.src, location.href).href;
    } catch {
      // keep the raw src
    }
    return `loa-howto:${kind}:${guide}`;
  }

  private save(kind: 'step' | 'open', value: string): void {
    try {
      sessionStore()?.setItem(this.storageKey(kind), value);
    } catch {
      // Storage full or blocked: the step simply will not survive a reload.
    }
  }

  private load(kind: 'step' | 'open'): string | null {
    try {
      return sessionStore()?.getItem(this.storageKey(kind)) ?? null;
    } catch {
      return null;
    }
  }

  /** Picks the starting step of a newly loaded guide: fragment, then session, then `step`. */
  private restore(): void {
    this.finished = false;
    this.firedStep = '';
    const fromFragment = this.linkFragment ? stepFromFragment(location.hash) : undefined;
    const stored = Number(this.load('step'));
    const start = fromFragment ?? (stored > 0 ? stored : this.step);
    this.step = clampStep(start, this.total);
    let open: number[] = [];
    try {
      const parsed: unknown = JSON.parse(this.load('open') ?? '[]');
      if (Array.isArray(parsed)) open = parsed.filter((n): n is number => typeof n === 'number');
    } catch {
      open = [];
    }
    if (fromFragment) open.push(this.step);
    this.openSteps = new Set(open.filter((n) => n >= 1 && n <= this.total));
  }

  private onHashChange = (): void => {
    if (!this.linkFragment || !this.guide) return;
    const n = stepFromFragment(location.hash);
    if (n === undefined || n === this.step) return;
    this.finished = false;
    this.step = clampStep(n, this.total);
    if (this.mode === 'overview') this.toggleStep(this.step, true);
  };

  private onBeforePrint = (): void => {
    this.printing = true;
    // Print layout happens right after this event: render now, not in a microtask.
    this.performUpdate();
  };

  private onAfterPrint = (): void => {
    this.printing = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-howto': LoaHowto;
  }
  interface HTMLElementEventMap {
    'loa-step-change': CustomEvent<StepChangeDetail>;
    'loa-howto-complete': CustomEvent<{total: number}>;
  }
}
