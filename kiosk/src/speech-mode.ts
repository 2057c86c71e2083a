/*
 * Speech mode: whatever the resident touches or focuses is read aloud, in the
 * language of that spot on the screen (a Vietnamese voice for Vietnamese text,
 * never an English one). It looks through shadow roots, so text inside the
 * loa-* elements is read too. All speaking goes through the shared `speech`.
 */
import {speech} from '../../src/core/speech.js';
import {languageOf} from '../../src/core/locale.js';

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

  constructor(
    private readonly root: EventTarget = document,
    /** Called when `voiceMissing` changes, so the panel can say so. */
    private readonly onVoiceCheck: () => void = () => undefined
  ) {
    root.addEventListener('focusin', this.onEvent, {capture: true});
  }

  get on(): boolean {
    return this.enabled;
  }

  /*
   * Touches are heard through click, listened to only while speech mode is on:
   * a click listener on the document makes Chromium expose every focusable
   * element as "clickable", which a screen reader then says of each heading.
   */
  set on(value: boolean) {
    if (value && !this.enabled) this.root.addEventListener('click', this.onEvent, {capture: true});
    if (!value && this.enabled) this.root.removeEventListener('click', this.onEvent, {capture: true});
    this.enabled = value;
    if (!value) this.stop();
  }

  set volume(value: number) {
    speech.volume = value;
  }

  /** Reads `text` now (also used for the idle warning), remembering it for "repeat". */
  read(text: string, lang: string): void {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!this.enabled || !clean) return;
    // A focus and a click on the same button come together: say it once.
    if (speech.speaking && this.last?.text === clean) return;
    this.last = {text: clean, lang};
    void speech.speak(clean, lang);
  }

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
      this.onVoiceCheck();
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
    this.root.removeEventListener('click', this.onEvent, {capture: true});
    this.root.removeEventListener('focusin', this.onEvent, {capture: true});
  }
}
