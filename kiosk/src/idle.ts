/*
 * The idle clock behind the privacy reset. After `timeout` seconds without
 * input it calls `onWarn`; the app then shows the warning and calls
 * `startCountdown`, which ticks each second and calls `onExpire` at zero.
 * Any input before the warning restarts the clock; during the warning only
 * the "more time" button does (`extend`), so a stray touch on the backdrop
 * cannot silently keep a session open.
 */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin', 'input'] as const;

export interface IdleCallbacks {
  onWarn: () => void;
  onTick: (secondsLeft: number) => void;
  onExpire: () => void;
}

export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private watching = false;
  private warning = false;
  private readonly onActivity = () => {
    if (this.watching && !this.warning) this.restart();
  };

  constructor(
    private timeoutSeconds: number,
    private warningSeconds: number,
    private readonly callbacks: IdleCallbacks,
    private readonly target: EventTarget = document
  ) {
    for (const type of ACTIVITY) target.addEventListener(type, this.onActivity, {capture: true, passive: true});
  }

  /** True while the clock runs (a session is on screen). */
  get running(): boolean {
    return this.watching;
  }

  /** True while the warning countdown runs. */
  get warningShown(): boolean {
    return this.warning;
  }

  /** Starts watching (a session began). */
  start(): void {
    this.watching = true;
    this.restart();
  }

  /** Stops watching (the attract screen shows: nothing to protect). */
  stop(): void {
    this.watching = false;
    this.warning = false;
    clearTimeout(this.timer);
    clearInterval(this.ticker);
  }

  /**
   * Follows the screen: runs while anything of a resident is on it, stops on
   * the untouched attract screen (`pristine`), unless the warning is counting down.
   */
  follow(pristine: boolean): void {
    if (!pristine && !this.watching) this.start();
    else if (pristine && this.watching && !this.warning) this.stop();
  }

  /** "Tôi cần thêm thời gian": ends the warning and gives a full timeout again. Unlimited. */
  extend(): void {
    this.warning = false;
    clearInterval(this.ticker);
    this.restart();
  }

  private restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.warn(), this.timeoutSeconds * 1000);
  }

  private warn(): void {
    this.warning = true;
    let left = this.warningSeconds;
    this.callbacks.onWarn();
    this.callbacks.onTick(left);
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        this.stop();
        this.callbacks.onExpire();
      } else {
        this.callbacks.onTick(left);
      }
    }, 1000);
  }

  dispose(): void {
    this.stop();
    for (const type of ACTIVITY) this.target.removeEventListener(type, this.onActivity, {capture: true});
  }
}
