/*
 * Drawing a large display in steps: the first step at once, then one more
 * after each painted frame, so that on a slow PC no single frame lays out
 * all of it (a task that long blocks the next touch). The host renders
 * `shown` steps, and its `getUpdateComplete()` returns `after(…)`, so code
 * and tests that await `updateComplete` see the whole display.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {afterFrame} from './yield.js';

export class DrawSteps implements ReactiveController {
  /** How many steps the host may draw now: all of them when no drawing runs. */
  shown = Infinity;
  /** Settles once the running drawing has drawn its last step (or was stopped). */
  drawing: Promise<void> | undefined;
  private run = 0;
  private afterUpdate: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Draws `total()` steps (asked again after each, as the display may grow): the first at the next update. */
  start(total: () => number): void {
    const run = ++this.run;
    this.shown = 1;
    const drawing = this.drawRest(run, total);
    this.drawing = drawing;
    void drawing.then(() => {
      if (this.drawing === drawing) this.drawing = undefined;
    });
  }

  /** Draws everything at the next update: for a change that must show at once (an item opened far down). */
  stop(): void {
    this.run++;
    this.shown = Infinity;
    this.drawing = undefined;
    this.afterUpdate?.();
  }

  /** For the host's getUpdateComplete(): `complete` (its super's), then again after each step until the last. */
  async after(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.drawing) {
      await this.drawing;
      done = await complete();
    }
    return done;
  }

  hostUpdated(): void {
    this.afterUpdate?.();
    this.afterUpdate = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async drawRest(run: number, total: () => number): Promise<void> {
    while (this.run === run && this.shown < total()) {
      await afterFrame();
      if (this.run !== run) return;
      this.shown++;
      const updated = new Promise<void>((resolve) => (this.afterUpdate = resolve));
      this.host.requestUpdate();
      await updated;
    }
    if (this.run === run) this.shown = Infinity;
  }
}
