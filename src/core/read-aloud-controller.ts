/*
 * An element's "Đọc to": what it is reading now, paused or not, and whether
 * this device has a voice for the content's language. Every element speaks
 * through the page's one `speech` service, which says one thing at a time; this
 * controller remembers which request is the host's own, so an element shows
 * "Tạm dừng" and "Dừng đọc" only for its own reading, and stopping it never
 * silences another element (or the kiosk's speech mode).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {speech, type SpeakResult} from './speech.js';

/** Whether a voice can read the language last checked: `checking` until the browser has said. */
export type VoiceState = 'checking' | 'yes' | 'no' | 'unsupported';

/** What the host is reading: the `key` it passed to `speak()` (a step number, an item id). */
export interface Reading<K> {
  readonly key: K;
  readonly paused: boolean;
}

export interface ReadAloudOptions {
  /**
   * The host's own recordings (`<audio>`, `<video>`): paused when it starts
   * reading or stops, so a recording and a voice never talk at once.
   */
  media?: () => Iterable<HTMLMediaElement>;
}

export class ReadAloudController<K = string> implements ReactiveController {
  private current: Reading<K> | undefined;
  private voiceState: VoiceState = 'checking';
  private voiceLang = '';
  /** Bumped by every speak() and stop(): a request that ends after it knows it is no longer the host's reading. */
  private token = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadAloudOptions = {}
  ) {
    host.addController(this);
  }

  /** False when the browser cannot speak at all (no speechSynthesis). */
  get supported(): boolean {
    return speech.supported;
  }

  /** The host's reading in progress, undefined when it is not reading. */
  get reading(): Reading<K> | undefined {
    return this.current;
  }

  /** True while the host reads the thing called `key` (paused or not). */
  isReading(key: K): boolean {
    return this.current !== undefined && this.current.key === key;
  }

  /** Whether a voice can read the language given to `checkVoice()` (or the last `speak()` found out otherwise). */
  get voice(): VoiceState {
    return this.voiceState;
  }

  /**
   * Finds out whether this device has a voice for `lang` (see `voice`); the
   * host re-renders when the browser answers. Asks once per language: returns
   * true when `lang` is new, so the host can prepare for it too.
   */
  checkVoice(lang: string): boolean {
    if (lang === this.voiceLang) return false;
    this.voiceLang = lang;
    this.voiceState = speech.supported ? 'checking' : 'unsupported';
    this.host.requestUpdate();
    if (speech.supported) {
      void speech.canSpeak(lang).then((ok) => {
        if (this.voiceLang !== lang) return;
        this.voiceState = ok ? 'yes' : 'no';
        this.host.requestUpdate();
      });
    }
    return true;
  }

  /**
   * Reads `text` in `lang` as the host's reading of `key`, replacing whatever
   * the page was saying. Resolves when it ends or is stopped; a 'no-voice' or
   * 'unsupported' result also updates `voice`.
   */
  async speak(text: string, lang: string, key: K): Promise<SpeakResult> {
    this.pauseMedia();
    const token = ++this.token;
    this.current = {key, paused: false};
    this.host.requestUpdate();
    const result = await speech.speak(text, lang);
    // Stopped, or replaced by another of the host's readings: that one owns the state now.
    if (token !== this.token) return result;
    this.current = undefined;
    if (result === 'no-voice') this.voiceState = 'no';
    if (result === 'unsupported') this.voiceState = 'unsupported';
    this.host.requestUpdate();
    return result;
  }

  /** Pauses the host's reading; does nothing when the host is not reading. */
  pause(): void {
    if (!this.current) return;
    speech.pause();
    this.current = {...this.current, paused: true};
    this.host.requestUpdate();
  }

  /** Resumes the host's paused reading. */
  resume(): void {
    if (!this.current) return;
    speech.resume();
    this.current = {...this.current, paused: false};
    this.host.requestUpdate();
  }

  /** Stops the host's reading and pauses its recordings; another element's speech is left alone. Safe at any time. */
  stop(): void {
    if (this.current) {
      this.token++;
      this.current = undefined;
      speech.stop();
      this.host.requestUpdate();
    }
    this.pauseMedia();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private pauseMedia(): void {
    for (const media of this.options.media?.() ?? []) media.pause();
  }
}
