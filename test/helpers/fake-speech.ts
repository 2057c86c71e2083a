import type {SpeechEngine, SpeechRequest, SpeechVoice} from '../../src/core/speech.js';

/** Records what would be spoken instead of speaking. */
export class FakeSpeechEngine implements SpeechEngine {
  spoken: SpeechRequest[] = [];
  cancelled = 0;
  paused = 0;
  resumed = 0;
  private listeners: Array<() => void> = [];

  constructor(private available: SpeechVoice[] = [
    {name: 'Tiếng Việt', lang: 'vi-VN'},
    {name: 'English', lang: 'en-GB'},
  ]) {}

  voices(): SpeechVoice[] {
    return this.available;
  }
  onVoicesChanged(callback: () => void): void {
    this.listeners.push(callback);
  }
  /** Simulates a browser whose voices arrive late. */
  loadVoices(voices: SpeechVoice[]): void {
    this.available = voices;
    this.listeners.forEach((l) => l());
  }
  speak(request: SpeechRequest): void {
    this.spoken.push(request);
  }
  /** Ends the current utterance as a real engine would. */
  finish(): void {
    this.spoken.at(-1)?.onEnd();
  }
  pause(): void {
    this.paused++;
  }
  resume(): void {
    this.resumed++;
  }
  cancel(): void {
    this.cancelled++;
  }
  get last(): SpeechRequest | undefined {
    return this.spoken.at(-1);
  }
}
