/*
 * When the kiosk fetches its feeds again. A commune may run many kiosks
 * against one small server; when that server comes back after an outage they
 * must not all hammer it at once. So:
 * - one sync at a time: a call while one runs joins it (the `online` event,
 *   "sync now" and the timer never stack up requests);
 * - after a failure, the next try waits longer each time (30 s, 1 min,
 *   2 min… up to `maxMs`), and after a success the normal interval applies;
 * - every delay is jittered (75–100 % of it), so kiosks started together
 *   drift apart instead of syncing in lockstep.
 */

export interface RefreshOptions {
  /** One sync; resolves true when every source answered from the network. */
  sync: () => Promise<boolean>;
  /** The normal interval after a success. */
  intervalMs: number;
  /** The first wait after a failure; doubled after each further failure. */
  retryMs?: number;
  /** The longest wait after failures. */
  maxMs?: number;
  /** 0 ≤ x < 1; injectable for tests. */
  random?: () => number;
}

export class RefreshSchedule {
  private running: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;
  private readonly retryMs: number;
  private readonly maxMs: number;
  private readonly random: () => number;

  constructor(private readonly options: RefreshOptions) {
    this.retryMs = options.retryMs ?? 30_000;
    this.maxMs = options.maxMs ?? Math.max(options.intervalMs, 30 * 60_000);
    this.random = options.random ?? Math.random;
  }

  /** Consecutive failed syncs (0 after a success). */
  get failureCount(): number {
    return this.failures;
  }

  /** Syncs now, or joins the sync already running. Never throws. */
  run(): Promise<boolean> {
    if (this.running) return this.running;
    clearTimeout(this.timer);
    this.running = this.options
      .sync()
      .catch(() => false)
      .then((ok) => {
        this.running = undefined;
        this.failures = ok ? 0 : this.failures + 1;
        this.scheduleNext();
        return ok;
      });
    return this.running;
  }

  /** The wait before the next sync, before jitter. */
  nextDelay(): number {
    if (this.failures === 0) return this.options.intervalMs;
    return Math.min(this.maxMs, this.retryMs * 2 ** (this.failures - 1));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const delay = this.nextDelay() * (0.75 + 0.25 * this.random());
    this.timer = setTimeout(() => void this.run(), delay);
  }
}
