/*
 * Moving focus to something the next render creates: the opened article's
 * title, the new step's heading, the first item "Xem thêm" added, the day
 * the arrow keys moved to. The element does not exist yet when the decision
 * is made, so the request waits for the host's next `updated()`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A selector in the host's render root, or a function that finds the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

export class FocusAfterRender implements ReactiveController {
  private target: FocusTarget | undefined;
  private then: ((focused: HTMLElement | undefined) => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment}) {
    host.addController(this);
  }

  /**
   * Focuses `target` after the next render (a later request replaces an
   * earlier one). `then` runs right after, with the element or undefined
   * when it was not found, e.g. to announce what was focused.
   */
  request(target: FocusTarget, then?: (focused: HTMLElement | undefined) => void): void {
    this.target = target;
    this.then = then;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.target;
    if (!target) return;
    const then = this.then;
    this.target = undefined;
    this.then = undefined;
    const el = (typeof target === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(target) : target()) ?? undefined;
    el?.focus();
    then?.(el);
  }
}
