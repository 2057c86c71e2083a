/*
 * Speech mode: whatever the resident touches or focuses is read aloud, in the
 * language of that spot on the screen (a Vietnamese voice for Vietnamese text,
 * never an English one). It looks through shadow roots, so text inside the
 * loa-* elements is read too. All speaking goes through the shared `speech`.
 */
import {speech} from '../../src/core/speech.js';
import {languageOf} from '../../src/core/locale.js';

/** What Enter or Space presses: read again as it is pressed, as a touch on it is. */
const ACTIVATED = 'button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';
const READABLE = 'button, a, input, select, textarea, summary, [role], h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, figcaption, label, time';

/** What a screen reader would roughly say for `el`: its label, else its text. */
function spokenText(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  if (el instanceof HTMLInputElement && el.type === 'range') return `${el.labels?.[0]?.textContent ?? ''} ${el.value}`;
  const text = el instanceof HTMLElement ? el.innerText : el.textContent;
  return text ?? '';
}

function readableTarget(path: EventTarget[]): Element | undefined {
  for (const node of path) {
    if (node instanceof Element && node.matches(READABLE)) return node;
  }
  return undefined;
}

export class SpeechMode {
  /** True when speech mode is on but no installed voice reads the kiosk's language. */
  voiceMissing = false;
  /** The dock's speech controls are open ("Đang đọc" pressed); closed by default and at reset. */
  controlsOpen = false;
  private enabled = false;
  private last: {text: string; lang: string} | undefined;
  private readonly onEvent = (event: Event) => {
    if (!this.enabled) return;
    const target = readableTarget(event.composedPath());
    if (!target || target.closest('[data-speech-controls]')) return;
    this.read(spokenText(target), languageOf(target));
  };
  /** A touch or a click lifted (a touch that scrolls ends in pointercancel instead: nothing is read). */
  private readonly onPointerUp = (event: PointerEvent) => {
    if (event.isPrimary && event.button === 0) this.onEvent(event);
  };
  /** Enter or Space on a focused control: what a click by keyboard was. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'Enter' && event.key !== ' ')) return;
    const control = event.composedPath()[0];
    if (control instanceof Element && control.matches(ACTIVATED)) this.onEvent(event);
  };

  constructor(
    private readonly root: EventTarget = document,
    /** Called when `voiceMissing` or `controlsOpen` changes, so the panel and the dock can say so. */
    private readonly onChange: () => void = () => undefined
  ) {
    root.addEventListener('focusin', this.onEvent, {capture: true});
  }

  get on(): boolean {
    return this.enabled;
  }

  /*
   * Touches are heard through pointerup, and presses by keyboard through
   * Enter and Space, never through click: a click (or mousedown, mouseup)
   * listener on the document makes Chromium expose every focusable element of
   * the page as "clickable", and Orca said "Xã Hòa Loa (xã mẫu) heading level
   * 1 clickable" to a resident using both Orca and speech mode. Listened to
   * only while speech mode is on.
   */
  set on(value: boolean) {
    if (value && !this.enabled) this.listen(true);
    if (!value && this.enabled) this.listen(false);
    this.enabled = value;
    if (!value) this.stop();
  }

  private listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.root[method]('pointerup', this.onPointerUp as EventListener, {capture: true});
    this.root[method]('keydown', this.onKeydown as EventListener, {capture: true});
  }

  set volume(value: number) {
    speech.volume = value;
  }

  /** Reads `text` now (also used for the idle warning), remembering it for "repeat". */
  read(text: string, lang: string): void {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!this.enabled || !clean) return;
    // A focus and a touch (or Enter) on the same button come together: say it once.
    if (speech.speaking && this.last?.text === clean) return;
    this.last = {text: clean, lang};
    void speech.speak(clean, lang);
  }

  /** What the dock's speech controls do ("Đang đọc" and the controls it opens). */
  readonly dockActions = {
    onPauseOrResume: () => this.pauseOrResume(),
    onRepeat: () => this.repeat(),
    onStopReading: () => this.stop(),
    onToggleSpeechControls: () => {
      this.controlsOpen = !this.controlsOpen;
      this.onChange();
    },
  };

  pauseOrResume(): void {
    if (speech.paused) speech.resume();
    else speech.pause();
  }

  repeat(): void {
    if (this.last) void speech.speak(this.last.text, this.last.lang);
  }

  stop(): void {
    speech.stop();
  }

  /**
   * Checks that a voice reads `lang` (speech mode on, or its language
   * changed): a kiosk PC often has none for Vietnamese, and turning speech on
   * must then say so in words rather than do nothing.
   */
  async checkVoice(lang: string): Promise<void> {
    const missing = this.enabled && !(await speech.canSpeak(lang));
    if (missing !== this.voiceMissing) {
      this.voiceMissing = missing;
      this.onChange();
    }
  }

  /** Back to the defaults: off, nothing remembered. */
  reset(): void {
    this.on = false;
    this.last = undefined;
    this.voiceMissing = false;
    this.controlsOpen = false;
    speech.volume = 1;
  }

  dispose(): void {
    this.stop();
    this.listen(false);
    this.root.removeEventListener('focusin', this.onEvent, {capture: true});
  }
}
