/*
 * The one place that speaks. Every "Đọc to" button and the kiosk's speech mode
 * come here, so voice choice, late-loading voices and stopping are solved once.
 * Tests swap the engine for a fake that records what would be said.
 */

export interface SpeechVoice {
  readonly name: string;
  readonly lang: string;
  /** True for a voice installed on the device, false for one that needs the network (browsers say so; fakes may not). */
  readonly localService?: boolean;
}

export interface SpeechRequest {
  text: string;
  lang: string;
  voice: SpeechVoice;
  volume: number;
  rate: number;
  onEnd: () => void;
}

export interface SpeechEngine {
  voices(): SpeechVoice[];
  /** Calls back when the voice list changes (browsers load it late). */
  onVoicesChanged(callback: () => void): void;
  speak(request: SpeechRequest): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

export type SpeakResult = 'spoken' | 'no-voice' | 'unsupported' | 'stopped';

/** Wraps window.speechSynthesis. */
export function browserEngine(): SpeechEngine | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return {
    voices: () => synth.getVoices(),
    onVoicesChanged: (callback) => synth.addEventListener('voiceschanged', callback),
    speak: (request) => {
      const utterance = new SpeechSynthesisUtterance(request.text);
      utterance.lang = request.lang;
      utterance.voice = request.voice as SpeechSynthesisVoice;
      utterance.volume = request.volume;
      utterance.rate = request.rate;
      utterance.onend = request.onEnd;
      utterance.onerror = request.onEnd;
      synth.speak(utterance);
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    cancel: () => synth.cancel(),
  };
}

/** How long to wait for a browser that loads its voices late. */
const VOICE_WAIT_MS = 1500;

/**
 * Resolves once the engine has voices, or after VOICE_WAIT_MS (a browser with
 * none never says so). Chromium on Linux first fires 'voiceschanged' with an
 * empty list and the real one a few ms later, so an event with no voices
 * keeps waiting.
 */
async function voicesLoaded(engine: SpeechEngine): Promise<void> {
  if (engine.voices().length > 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, VOICE_WAIT_MS);
    engine.onVoicesChanged(() => {
      if (engine.voices().length === 0) return;
      clearTimeout(timer);
      resolve();
    });
  });
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

export class Speech extends EventTarget {
  volume = 1;
  rate = 0.9;
  private engine: SpeechEngine | undefined;
  private state: 'idle' | 'speaking' | 'paused' = 'idle';
  private finish: ((result: SpeakResult) => void) | undefined;
  /** Bumped by every speak() and stop(), so a request still waiting for its voice knows it was stopped. */
  private generation = 0;

  constructor(engine: SpeechEngine | undefined) {
    super();
    this.engine = engine;
  }

  /** Replaces the engine (tests, or a kiosk with its own TTS). Stops current speech. */
  useEngine(engine: SpeechEngine | undefined): void {
    this.stop();
    this.engine = engine;
  }

  get supported(): boolean {
    return this.engine !== undefined;
  }

  get speaking(): boolean {
    return this.state === 'speaking';
  }

  get paused(): boolean {
    return this.state === 'paused';
  }

  /**
   * A voice for `lang` whose primary language matches: never an English voice
   * for Vietnamese text. Waits briefly for voices that load late.
   */
  async voiceFor(lang: string): Promise<SpeechVoice | undefined> {
    const engine = this.engine;
    if (!engine) return undefined;
    const pick = () => {
      const wanted = lang.toLowerCase();
      const all = engine.voices();
      return (
        all.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ??
        all.find((v) => primary(v.lang) === primary(lang))
      );
    };
    await voicesLoaded(engine);
    return pick();
  }

  /**
   * Every voice the browser reports, after waiting briefly for voices that
   * load late: for the kiosk's staff view, which shows what is installed.
   */
  async allVoices(): Promise<SpeechVoice[]> {
    const engine = this.engine;
    if (!engine) return [];
    await voicesLoaded(engine);
    return engine.voices();
  }

  /** True when some voice can read `lang`. */
  async canSpeak(lang: string): Promise<boolean> {
    return (await this.voiceFor(lang)) !== undefined;
  }

  /**
   * Speaks `text` in `lang`, stopping whatever was being said. Resolves when it
   * ends or is stopped, or at once with 'no-voice' / 'unsupported'.
   */
  async speak(text: string, lang: string): Promise<SpeakResult> {
    this.stop();
    const request = ++this.generation;
    const engine = this.engine;
    if (!engine) return 'unsupported';
    const voice = await this.voiceFor(lang);
    // Stopped (or replaced) while the browser was still loading its voices: say nothing.
    if (request !== this.generation) return 'stopped';
    if (!voice) return 'no-voice';
    return new Promise<SpeakResult>((resolve) => {
      this.finish = resolve;
      this.setState('speaking');
      engine.speak({
        text,
        lang,
        voice,
        volume: this.volume,
        rate: this.rate,
        onEnd: () => this.settle('spoken'),
      });
    });
  }

  pause(): void {
    if (this.state !== 'speaking') return;
    this.engine?.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.engine?.resume();
    this.setState('speaking');
  }

  /** Stops at once. Safe to call at any time. */
  stop(): void {
    this.generation += 1;
    if (this.state === 'idle') return;
    this.engine?.cancel();
    this.settle('stopped');
  }

  private settle(result: SpeakResult): void {
    const finish = this.finish;
    this.finish = undefined;
    this.setState('idle');
    finish?.(result);
  }

  private setState(state: Speech['state']): void {
    if (this.state === state) return;
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

/** The page's speech service, shared by every element of this bundle. */
export const speech = new Speech(browserEngine());
