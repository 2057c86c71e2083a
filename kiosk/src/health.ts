/*
 * What staff see in the status view: recent errors (window errors and
 * unhandled rejections are captured from the start), the last content sync,
 * the service worker's state and storage use. Kept in memory only.
 *
 * An error is logged as a kind (put into the kiosk's language by
 * log-text.ts) and, apart, its raw technical detail (a browser's message, an
 * HTTP status, a URL), which the staff view shows second, marked English.
 */
import type {ClockProblem} from './clock.js';

/** What went wrong, in terms the staff view can say in words. */
export type LogEvent =
  /** An uncaught script error. */
  | {kind: 'script-error'}
  /** A promise rejected with nobody to handle it. */
  | {kind: 'rejection'}
  /** The config file cannot be used (the error screen lists why). */
  | {kind: 'config-invalid'}
  /** `?config=` named something off the kiosk's origin: refused, never fetched; the default config is used. */
  | {kind: 'config-refused'}
  /** The clock cannot be believed (clock.ts). */
  | {kind: 'clock'; problem: ClockProblem}
  /** A content source did not load. */
  | {kind: 'source'; source: 'news' | 'events' | 'qr'}
  /** Links of the QR list left out: not https, or not on allowedHosts. */
  | {kind: 'qr-dropped'; count: number}
  /** The screen's shape contradicts the config's panel.orientation. */
  | {kind: 'panel-orientation'}
  /** The service worker could not be registered. */
  | {kind: 'service-worker'}
  /** An update check failed (offline, most often). */
  | {kind: 'update-check'}
  /** `?now=` was given, but the config does not allow it (`testClock`): the system clock is used. */
  | {kind: 'now-ignored'};

/** A logged event with its raw detail, in English or no language (not for residents). */
export type LogEntry = LogEvent & {detail?: string};

export type LoggedError = LogEntry & {at: Date};

/** An error's raw detail: "TypeError: …", or the value as text. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export interface SyncState {
  /** Last time every source answered from the network. */
  lastSync?: Date;
  /** When the content on screen was fetched from the network (a cached copy's Date header). */
  contentDate?: Date;
  /** True when the last sync fell back to the service-worker cache or failed. */
  fromCache: boolean;
}

const MAX_ERRORS = 20;

export class Health extends EventTarget {
  readonly errors: LoggedError[] = [];
  readonly sync: SyncState = {fromCache: false};
  swState = 'none';

  constructor(target: Window = window) {
    super();
    target.addEventListener('error', (event) => this.log({kind: 'script-error', detail: event.message || String(event.error)}));
    target.addEventListener('unhandledrejection', (event) => this.log({kind: 'rejection', detail: errorDetail(event.reason)}));
  }

  log(entry: LogEntry): void {
    this.errors.unshift({...entry, at: new Date()});
    this.errors.length = Math.min(this.errors.length, MAX_ERRORS);
    this.changed();
  }

  setSwState(state: string): void {
    this.swState = state;
    this.changed();
  }

  changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Storage used and available, when the browser says. */
  async storage(): Promise<{usage: number; quota: number} | undefined> {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? {usage: estimate.usage ?? 0, quota: estimate.quota ?? 0} : undefined;
  }
}
