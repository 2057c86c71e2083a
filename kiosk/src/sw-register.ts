/*
 * Updates never interrupt anyone. A new service worker installs in the
 * background and waits; the kiosk tells it to take over (messageSkipWaiting)
 * only while the attract screen shows, then reloads once it controls the page.
 * Update checks run periodically; a daily reload (long-running Chromium leaks
 * memory) also waits for the attract screen.
 */
import {Workbox} from 'workbox-window';
import {errorDetail, type Health} from './health.js';

export interface UpdatePolicy {
  /** True while nobody is using the kiosk (the attract screen shows). */
  isIdle: () => boolean;
  checkMinutes: number;
  reloadAfterHours: number;
  health: Health;
  /** The service worker took control of a page that had none: time to fill its cache. */
  onFirstControl?: () => void;
  /** Reloads the page; tests and the bench may observe it. */
  reload?: () => void;
}

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
let workerPolicy: ScriptUrlPolicy | undefined;

/**
 * The kiosk page sends `require-trusted-types-for 'script'` (kiosk/index.html),
 * so registering a service worker needs a TrustedScriptURL. This policy makes
 * one for the kiosk's own worker script and refuses every other address.
 * workbox-window passes it through to `register()` as is.
 */
function workerUrl(url: string): unknown {
  const factory = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: {createScriptURL: (s: string) => string}): ScriptUrlPolicy}}).trustedTypes;
  if (!factory) return url;
  workerPolicy ??= factory.createPolicy('loa-kiosk-worker', {
    createScriptURL: (input) => {
      const resolved = new URL(input, document.baseURI);
      if (resolved.origin !== location.origin || !resolved.pathname.endsWith('/sw.js')) throw new TypeError(`not the kiosk's service worker: ${input}`);
      return resolved.href;
    },
  });
  return workerPolicy.createScriptURL(url);
}

/** What the service-worker registration holds right now. */
export interface WorkerDescription {
  active: boolean;
  waiting: boolean;
  installing: boolean;
  controlling: boolean;
}

export class Updater {
  private wb: Workbox | undefined;
  private waiting = false;
  private activating = false;
  private readonly startedAt = Date.now();
  private timers: Array<ReturnType<typeof setInterval>> = [];

  constructor(private readonly policy: UpdatePolicy) {}

  /** True when a new version has installed and waits for the attract screen. */
  get updateWaiting(): boolean {
    return this.waiting;
  }

  async register(url = 'sw.js'): Promise<void> {
    const {health} = this.policy;
    if (!('serviceWorker' in navigator)) {
      health.setSwState('unsupported');
      return;
    }
    const wb = new Workbox(workerUrl(url) as string, {scope: './'});
    this.wb = wb;
    wb.addEventListener('waiting', () => {
      this.waiting = true;
      health.setSwState('waiting');
      void this.whenIdle();
    });
    wb.addEventListener('controlling', () => {
      health.setSwState('activated');
      // The first install claims the page: nothing to reload, but the content
      // fetched before it did is not cached yet. An update we let in reloads.
      if (this.activating) this.reload();
      else this.policy.onFirstControl?.();
    });
    wb.addEventListener('activated', () => health.setSwState('activated'));
    try {
      const registration = await wb.register();
      health.setSwState(registration?.waiting ? 'waiting' : registration?.active ? 'activated' : 'installing');
    } catch (error) {
      health.log({kind: 'service-worker', detail: errorDetail(error)});
      health.setSwState('error');
    }
    this.timers.push(setInterval(() => void this.check(), this.policy.checkMinutes * 60_000));
    this.timers.push(setInterval(() => void this.whenIdle(), 60_000));
  }

  /**
   * Asks the server for a newer service worker now: 'found' when one is
   * installing or waiting, 'none' when this is the newest, 'failed' when the
   * server could not be asked (offline, no service worker).
   */
  async check(): Promise<'found' | 'none' | 'failed'> {
    if (!this.wb) return 'failed';
    try {
      await this.wb.update();
    } catch (error) {
      // Offline: try again at the next check.
      this.policy.health.log({kind: 'update-check', detail: errorDetail(error)});
      return 'failed';
    }
    const registration = await navigator.serviceWorker?.getRegistration();
    return registration?.installing || registration?.waiting ? 'found' : 'none';
  }

  /**
   * Called when the attract screen shows, and every minute. Activates a waiting
   * version, or does the daily reload, only if nobody is using the kiosk.
   */
  async whenIdle(): Promise<void> {
    if (!this.policy.isIdle()) return;
    // Asked of the registration itself: workbox-window stops following updates
    // after the first one it sees, and a kiosk runs for days.
    const waiting = (await navigator.serviceWorker?.getRegistration())?.waiting;
    if (waiting && this.policy.isIdle()) {
      this.waiting = true;
      this.activating = true;
      this.policy.health.setSwState('activating');
      waiting.postMessage({type: 'SKIP_WAITING'});
      return;
    }
    if (Date.now() - this.startedAt > this.policy.reloadAfterHours * 3_600_000) this.reload();
  }

  private reload(): void {
    (this.policy.reload ?? (() => window.location.reload()))();
  }

  /** The registration's state, for the status view (which puts it in words). */
  async describe(): Promise<WorkerDescription | undefined> {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (!registration) return undefined;
    return {
      active: Boolean(registration.active),
      waiting: Boolean(registration.waiting),
      installing: Boolean(registration.installing),
      controlling: Boolean(navigator.serviceWorker.controller),
    };
  }

}
