/*
 * What staff see in the status view: recent errors (window errors and
 * unhandled rejections are captured from the start), the last content sync,
 * the service worker's state and storage use. Kept in memory only.
 */
export interface LoggedError {
  at: Date;
  message: string;
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
    target.addEventListener('error', (event) => this.log(event.message || String(event.error)));
    target.addEventListener('unhandledrejection', (event) => {
      const reason = event.reason;
      this.log(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
    });
  }

  log(message: string): void {
    this.errors.unshift({at: new Date(), message});
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
