/*
 * The staff status view's way in and what it shows beyond the shell's own
 * state. The way in is hidden from residents: Ctrl+Alt+S, or a 3 s press on
 * the logo. It shows storage, the service worker, the voices found, the
 * guides due for a new check (guide-reviews.ts), and the outcome of "sync
 * now" and "check for update" in words. A reactive
 * controller: it asks its host to re-render when something arrives.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {msg, str} from '@lit/localize';
import {speech} from '../../src/core/speech.js';
import {formatTime} from '../../src/core/dates.js';
import {announce} from '../../src/core/announcer.js';
import type {Locale} from '../../src/core/locale.js';
import type {KioskConfig} from './config.js';
import {readReviews, type ReviewReport} from './guide-reviews.js';
import type {Health} from './health.js';
import type {Updater, WorkerDescription} from './sw-register.js';

export interface StaffStatusOptions {
  health: Health;
  updater: () => Updater | undefined;
  /** One content sync; resolves with the number of sources that failed. */
  sync: () => Promise<number>;
  lang: () => Locale;
  /** Runs `fn` with msg() answering in the kiosk's language. */
  localize: (fn: () => string) => string;
  /** Opens the status view. */
  open: () => void;
}

const LONG_PRESS_MS = 3000;

/** What the staff view says about speech: the voices picked for each language, and every voice the browser reports. */
export interface VoiceReport {
  /** False when the browser has no speech synthesis at all. */
  supported: boolean;
  /** The voice the kiosk reads Vietnamese with, if any. */
  vi?: string;
  /** The voice the kiosk reads English with, if any. */
  en?: string;
  /** Every voice, as the browser reports it; `local` is undefined when the browser does not say. */
  all: Array<{name: string; lang: string; local?: boolean}>;
}

export class StaffStatus implements ReactiveController {
  storage: {usage: number; quota: number} | undefined;
  worker: WorkerDescription | undefined;
  voices: VoiceReport | undefined;
  /** The guides last checked more than a year ago, once read. */
  reviews: ReviewReport | undefined;
  /** What the last staff action did. */
  note: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StaffStatusOptions
  ) {
    host.addController(this);
  }

  private pressTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.options.open();
    }
  };

  hostConnected(): void {
    addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    removeEventListener('keydown', this.onKey);
    clearTimeout(this.pressTimer);
  }

  /** The logo is pressed (true) or released (false): 3 s held opens the view. */
  pressLogo(down: boolean): void {
    clearTimeout(this.pressTimer);
    if (down) this.pressTimer = setTimeout(() => this.options.open(), LONG_PRESS_MS);
  }

  /** What the status view shows from here and from the health log and updater (its StatusState fields). */
  view() {
    const {health, updater} = this.options;
    return {
      ...{voices: this.voices, worker: this.worker, storage: this.storage, staffNote: this.note, reviews: this.reviews},
      ...{errors: health.errors, sync: health.sync, swState: health.swState, updateWaiting: updater()?.updateWaiting ?? false},
    };
  }

  /** Reads what the view shows; called each time the view opens, with the config and the kiosk's clock. */
  async load(config?: KioskConfig, now: Date = new Date()): Promise<void> {
    this.note = undefined;
    // The guides' review dates come on their own: the voices need not wait for them.
    if (config) {
      void readReviews(config, this.options.lang(), now).then((reviews) => {
        this.reviews = reviews;
        this.host.requestUpdate();
      });
    }
    const [storage, worker, vi, en, all] = await Promise.all([
      this.options.health.storage(),
      this.options.updater()?.describe(),
      speech.voiceFor('vi'),
      speech.voiceFor('en'),
      speech.allVoices(),
    ]);
    this.storage = storage;
    this.worker = worker;
    this.voices = {
      supported: speech.supported,
      vi: vi?.name,
      en: en?.name,
      all: all.map((v) => ({name: v.name, lang: v.lang, local: v.localService})),
    };
    this.host.requestUpdate();
  }

  /** "Đồng bộ nội dung ngay". */
  async syncNow(): Promise<void> {
    this.say(() => msg('Đang đồng bộ…'));
    const failed = await this.options.sync();
    this.say(() =>
      failed ? msg(str`Đồng bộ xong, nhưng ${failed} nguồn bị lỗi (xem "Lỗi gần đây").`) : msg(str`Đã đồng bộ xong lúc ${formatTime(new Date(), this.options.lang())}.`)
    );
  }

  /** "Kiểm tra bản cập nhật". */
  async checkUpdate(): Promise<void> {
    this.say(() => msg('Đang kiểm tra bản cập nhật…'));
    const result = (await this.options.updater()?.check()) ?? 'failed';
    this.say(() =>
      result === 'found'
        ? msg('Có bản cập nhật: sẽ cài khi ki-ốt về màn hình chờ.')
        : result === 'none'
          ? msg('Ki-ốt đang dùng bản mới nhất.')
          : msg('Không kiểm tra được bản cập nhật (mất mạng hoặc chưa có service worker).')
    );
  }

  /** Shows the note and says it through the shared announcer. */
  private say(text: () => string): void {
    this.note = this.options.localize(text);
    announce(this.note, this.options.lang());
    this.host.requestUpdate();
  }
}
