/*
 * Printing: while the browser prints, `printing` is true and the host lays
 * out every step (the guided card cannot be printed one step at a time).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class PrintController implements ReactiveController {
  /** True between `beforeprint` and `afterprint`. */
  printing = false;

  /**
   * `renderNow` renders the host synchronously (its `performUpdate()`):
   * print layout happens right after `beforeprint`, before any microtask.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
