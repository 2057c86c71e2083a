import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {ensureQr} from '../core/ensure-qr.js';
import {renderContentStatus} from '../core/content-status.js';
import {announce} from '../core/announcer.js';
import {FocusAfterRender} from '../core/focus-after-render.js';
import {ReadAloudController} from '../core/read-aloud-controller.js';
import {loadLocale, toLocale, withLocale} from '../core/locale.js';
import {routeLinkClick} from '../core/outbound-links.js';
import {contentBase} from '../core/urls.js';
import {clampStep, parseRelated, type Guide, type GuideStep, type Problem, type RelatedGuide} from './howto-model.js';
import {GuideError, guideProblem, problemsSummary} from './howto-problems.js';
import type {ArticleActions} from './howto-article.js';
import type {StepView} from './howto-step.js';
import {givenStep, StepMemoryController} from './step-memory-controller.js';
import {SwipeController} from './swipe-controller.js';
import {PrintController} from './print-controller.js';
import {howtoStyles} from './loa-howto.styles.js';
// The HowTo reader and the presentations are chunks of their own: they load
// with the first guide, in parallel with its download (howto-chunks.ts).
import {howtoReader as reader, howtoViews as presentations} from './howto-chunks.js';

export type {RelatedGuide} from './howto-model.js';

type Views = typeof import('./howto-views.js');

export type HowtoMode = 'overview' | 'guided';

export interface StepChangeDetail {
  step: number;
  total: number;
}

/** Arrow keys in these move the caret or the playback, not the guide. */
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
 * The step the resident moved to survives a reload within the session
 * (sessionStorage, keyed by `src`); with `link-fragment`, `#buoc-N` in the page
 * URL selects the step and follows it. When a guide loads, an explicit step
 * (fragment, else `step`) other than the one the remembered move started from
 * wins; else the remembered move, else `step` (docs/howto.md, "Starting step").
 *
 * The element is the state and the wiring. The two presentations are render
 * functions (howto-article.ts puts together howto-overview.ts, howto-guided.ts
 * and the rest), in a chunk that loads with the first guide (howto-views.ts);
 * the session and fragment memory, swipes and printing are controllers of
 * their own, read aloud and focus after render are core's.
 *
 * `<loa-qr>`, for "Tiếp tục trên điện thoại" and the done card, is the one
 * element it uses: it is defined by `ensureQr()` once a code is on screen, so
 * visitors who neither open the hand-off nor finish a guide never load it.
 *
 * @summary Step-by-step guide from a schema.org HowTo document, as a list of steps or one step at a time.
 * @tag loa-howto
 *
 * @slot next - Links shown after the last step ("what next"), beside `related`.
 * @slot finished-actions - The host's own buttons or links after the last step, between the take-home QR code and "Làm lại" (the kiosk's "Trang chủ").
 *
 * @fires loa-step-change - The current step or the step count changed (also once when a guide loads). `detail: {step, total}`.
 * @fires loa-howto-complete - The resident pressed "Xong" on the last step. `detail: {total}`.
 * @fires loa-link-activate - A related-guide link was activated (see docs/architecture.md, Outbound links).
 *
 * @attr {number} [max-bytes=5242880] - The largest file read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
 *
 * @csspart guide - The loaded guide as a whole: title, intro, then the steps (a host may make it a flex column and reorder the folded intro).
 * @csspart heading - The guide title and the "Bạn đã làm xong!" heading.
 * @csspart facts - Time, "Cần mang theo" and "Cần có", under the title.
 * @csspart intro - Guided, past step 1: the intro (description and facts) folded to one line.
 * @csspart intro-toggle - The button of the folded intro, "Chuẩn bị: khoảng 30 phút, 2 thứ cần mang" (aria-expanded).
 * @csspart steps - The ordered list of steps (overview).
 * @csspart step - One step item (overview).
 * @csspart step-toggle - The button that opens a step (overview).
 * @csspart step-heading - A step heading (both modes).
 * @csspart card - The step card (guided).
 * @csspart progress - The progress text and bar (guided).
 * @csspart nav - The Previous / Next buttons (guided), and the buttons after the last step. No ancestor in the shadow root clips it, so `position: sticky; bottom: …` keeps it on screen.
 * @csspart button - Every button.
 * @csspart previous - "Bước trước", and "Xem lại bước cuối" after the last step.
 * @csspart next - "Bước tiếp".
 * @csspart done - "Xong", on the last step.
 * @csspart restart - "Làm lại từ bước 1", after the last step.
 * @csspart toggle-all - "Hiện / Ẩn tất cả các bước" (overview).
 * @csspart read - The read-aloud buttons ("Đọc to", or why it cannot read).
 * @csspart read-aloud-unavailable - The disabled read-aloud button that says why it cannot read (a kiosk hides it).
 * @csspart pause - "Tạm dừng" / "Đọc tiếp" while reading.
 * @csspart stop - "Dừng đọc" while reading.
 * @csspart image - Step images.
 * @csspart finished - The panel after the last step.
 * @csspart takehome - "Mang hướng dẫn về điện thoại", the guide's page as a QR code, first in the panel after the last step.
 * @csspart takehome-heading - Its heading.
 * @csspart handoff - The "continue on your phone" disclosure, and its button.
 * @csspart sources - "Nguồn: … · Kiểm tra lần cuối: 11/2026", the guide's sources (links) and review month, after the steps or under the done card.
 * @csspart status - The loading / error box.
 * @csspart error - The error box.
 * @csspart retry - The "Thử lại" button in the error box.
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
  /** Where the folded intro was opened again (step, or 0 when finished): it folds at the next step. */
  @state() private introOpenAt = -1;

  private readonly content = new ContentController<Guide>(this, {
    parse: async (text, response) => {
      const base = contentBase(response.url, this.src);
      const {guide, problems} = (await reader.load()).parseHowto(text, base);
      if (!guide) {
        const kind = problems.some((p) => p.code === 'not-json' || p.code === 'no-howto') ? 'format' : 'invalid';
        // In the reader's words, and marked so (not as a parser's English). With its address
        // given here, the controller keeps this error as it is, problems and all.
        const summary = this.localize(() => problemsSummary(problems));
        throw new GuideError(kind, problems, summary, this.src, this.locale);
      }
      // Already on its way (prefetched with the reader). After the reader, so a page
      // without chunks/ names the reader's file, as it did before.
      await presentations.load();
      this.problems = problems;
      return guide;
    },
  });

  private readonly memory = new StepMemoryController(this, {
    src: () => this.src,
    linkFragment: () => this.linkFragment,
    onFragment: (n) => this.followFragment(n),
  });
  private readonly readAloud = new ReadAloudController<number>(this, {
    // Step recordings: a voice and a recording never talk at once.
    media: () => this.renderRoot?.querySelectorAll?.('audio') ?? [],
  });
  private readonly swipe = new SwipeController(this, (direction) => {
    this.readAloud.stop();
    if (direction === 'next') this.next();
    else if (this.step > 1) this.previous();
  });
  private readonly print = new PrintController(this, () => this.performUpdate());
  private readonly focusLater = new FocusAfterRender(this);

  /** What the presentations may do; one object, so the templates get the same callbacks every render. */
  private readonly actions: ArticleActions = {
    read: (step) => void this.readStep(step),
    pause: () => this.readAloud.pause(),
    resume: () => this.readAloud.resume(),
    stop: () => this.readAloud.stop(),
    toggleStep: (n, force) => this.toggleStep(n, force),
    setAllOpen: (open) => this.setAllOpen(open),
    previous: () => this.previous(),
    next: () => this.next(),
    restart: () => this.goTo(1),
    keydown: (event) => this.onKeydown(event),
    swipe: this.swipe,
    toggleHandoff: () => (this.handoffOpen = !this.handoffOpen),
    toggleIntro: () => (this.introOpenAt = this.introOpenAt === this.introPlace() ? -1 : this.introPlace()),
  };

  private shownGuide: Guide | undefined;
  /** The `step/total` last reported by loa-step-change (and saved). */
  private firedStep = '';

  /** The loaded guide, if any. */
  get guide(): Guide | undefined {
    return this.content.value;
  }

  /** The number of steps of the loaded guide (0 before one has loaded). */
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

  /** Goes to step `n` as the resident asked: focus and the announcer follow in guided mode. */
  goTo(n: number): void {
    if (!this.guide) return;
    this.finished = false;
    this.step = this.memory.moveTo(clampStep(n, this.total));
    if (this.mode === 'guided') this.focusAndAnnounce('step');
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
      // Another guide starts at its own step (session, fragment) or at 1, unless `step` was set with it (explicit).
      this.memory.forget(givenStep(this, changed));
      if (changed.get('src') && !changed.has('step')) this.step = 1;
      if (this.src) {
        reader.prefetch();
        presentations.prefetch();
      }
      void this.content.load(this.src);
    }
    const guide = this.guide;
    if (guide && guide !== this.shownGuide) {
      this.shownGuide = guide;
      // A refresh of the same guide keeps the resident's place (no place); a new guide restores its own.
      const place = this.memory.restore(this.step, this.total);
      if (place) {
        this.finished = false;
        this.firedStep = '';
        this.step = place.step;
        this.openSteps = place.open;
      }
    }
    if (guide) {
      this.step = clampStep(this.step, this.total);
      const lang = this.contentLang();
      // "Bước N" is spoken in the guide's language, which may not be the page's: load its strings now.
      if (this.readAloud.checkVoice(lang)) void loadLocale(toLocale(lang));
    }
    const moved = (key: 'step' | 'mode') => changed.has(key) && changed.get(key) !== undefined;
    if (moved('step') || moved('mode')) this.readAloud.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    ensureQr(this.renderRoot);
    if (!this.guide) return;
    // CSSOM, not an inline style attribute: strict CSP hosts block those.
    this.renderRoot.querySelector<HTMLElement>('.progress__bar')?.style.setProperty('--_done', String(this.step / this.total));
    const key = `${this.step}/${this.total}`;
    if (key !== this.firedStep) {
      this.firedStep = key;
      this.memory.showStep(this.step);
      this.dispatchEvent(
        new CustomEvent<StepChangeDetail>('loa-step-change', {
          detail: {step: this.step, total: this.total},
          bubbles: true,
          composed: true,
        })
      );
    }
  }

  override render(): TemplateResult {
    const guide = this.guide;
    // A guide is only ever there once the presentations are (the parse waits for them).
    const views = presentations.module;
    return html`<div class="loa-root" lang=${this.locale}>
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: guide !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
        describe: (error) => guideProblem(error, this.locale),
      })}
      ${guide && views ? this.renderGuide(guide, views) : nothing}
    </div>`;
  }

  private renderGuide(guide: Guide, views: Views): TemplateResult {
    const {step: current, src, handoffBase, handoffOpen, finished, related} = this;
    const state = {guide, mode: this.mode, level: this.level, current, open: this.openSteps, finished, related};
    const hasSlotted = this.querySelector(':scope > [slot="next"]') !== null;
    const introOpen = this.introOpenAt === this.introPlace();
    return views.renderArticle({...this.stepView(guide), ...state, src, handoffBase, handoffOpen, introOpen, hasSlotted}, this.actions);
  }

  private introPlace(): number {
    return this.finished ? 0 : this.step;
  }

  /** What every step's content shares in this render. */
  private stepView(guide: Guide): StepView {
    return {
      locale: this.locale,
      contentLang: guide.inLanguage || this.locale,
      printing: this.print.printing,
      voice: this.readAloud.voice,
      reading: this.readAloud.reading,
    };
  }

  private finish(): void {
    this.readAloud.stop();
    this.finished = true;
    this.handoffOpen = false;
    this.focusAndAnnounce('finished');
    this.dispatchEvent(new CustomEvent('loa-howto-complete', {detail: {total: this.total}, bubbles: true, composed: true}));
  }

  /** After the next render: focus on the step's (or the finished panel's) heading, and the announcer says where we are. */
  private focusAndAnnounce(which: 'step' | 'finished'): void {
    this.focusLater.request(which === 'step' ? '#step-heading' : '#finished-heading', () => {
      const guide = this.guide;
      if (!guide) return;
      const step = guide.steps[this.step - 1];
      this.localize(() =>
        announce(
          which === 'step'
            ? msg(str`Bước ${this.step} trên ${this.total}: ${step.name}`)
            : msg(str`Bạn đã làm xong hướng dẫn: ${guide.name}`),
          this.locale
        )
      );
    });
  }

  private toggleStep(n: number, force?: boolean): void {
    const open = new Set(this.openSteps);
    const opening = force ?? !open.has(n);
    if (opening) open.add(n);
    else open.delete(n);
    this.openSteps = open;
    this.memory.saveOpen(open);
    // Opening a step makes it the resident's place in the guide (and the phone link's step).
    if (opening) this.step = this.memory.moveTo(n);
  }

  private setAllOpen(open: boolean): void {
    this.openSteps = new Set(open ? this.guide?.steps.map((s) => s.number) : []);
    this.memory.saveOpen(this.openSteps);
  }

  /** `#buoc-N` changed in the page URL (with `link-fragment`). */
  private followFragment(n: number): void {
    if (!this.guide || n === this.step) return;
    this.finished = false;
    this.step = this.memory.moveTo(clampStep(n, this.total));
    if (this.mode === 'overview') this.toggleStep(this.step, true);
  }

  /** The language of the guide's text: its inLanguage, else the element's. */
  private contentLang(): string {
    return this.guide?.inLanguage || this.locale;
  }

  /** Reads a step aloud in the guide's language, "Bước N:" included. */
  private async readStep(step: GuideStep): Promise<void> {
    const lang = this.contentLang();
    await loadLocale(toLocale(lang));
    const label = withLocale(toLocale(lang), () => msg(str`Bước ${step.number}:`));
    const text = [`${label} ${step.name}.`, ...step.text, ...step.tips].join(' ');
    await this.readAloud.speak(text, lang, step.number);
  }

  /**
   * Any action other than the read-aloud controls stops reading, and links
   * ("what next") go through the shared outbound-link routing.
   */
  private onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const inSpeech = path.some((node) => node instanceof HTMLElement && node.hasAttribute('data-speech'));
    const control = path.some((node) => node instanceof HTMLButtonElement || node instanceof HTMLAnchorElement);
    if (control && !inSpeech) this.readAloud.stop();
    routeLinkClick(this, event);
  };

  /** ArrowRight / ArrowLeft in guided mode, unless typing, playing or with a modifier. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTyping(event.composedPath()[0] ?? null)) return;
    if (event.key === 'ArrowRight' && !this.finished) {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft' && (this.finished || this.step > 1)) {
      event.preventDefault();
      this.previous();
    }
  }
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
