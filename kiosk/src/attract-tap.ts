/*
 * "A touch anywhere begins", on the attract screen, without a click listener.
 *
 * Chromium exposes everything under an element with a click (or mousedown,
 * mouseup) listener as "clickable", up to the document and window: a click
 * handler on the attract screen made Orca say "Xã Hòa Loa clickable" for its
 * h1. Pointer listeners do not, so the tap is a pointerdown and a pointerup
 * of the same pointer inside the attract screen (`main.attract`), neither on
 * a `[data-keep-attract]` element: the highlight cards and "touch to begin"
 * have their own click, the dock its own buttons. Keyboard and screen-reader
 * users have the real button.
 *
 * The screen changes at once, but the tap's own click comes after the
 * pointerup (for a finger, as a separate gesture, hit-tested again): it
 * would land on whatever Home put under the finger. Until that click has
 * passed, the shell is marked `data-arriving` and kiosk.css lets no pointer
 * reach Home's content.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Longer than the gap between a pointerup and its click (a touch's click comes as a gesture, after the touchend). */
const ARRIVING_MS = 400;

export class AttractTap implements ReactiveController {
  private down: number | undefined;
  private listening = false;
  private arriving: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {active: () => boolean; onTap: () => void}
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const active = this.options.active();
    if (active === this.listening) return;
    this.listening = active;
    this.down = undefined;
    if (active) {
      document.addEventListener('pointerdown', this.onDown);
      document.addEventListener('pointerup', this.onUp);
      document.addEventListener('pointercancel', this.onCancel);
    } else this.unlisten();
  }

  hostDisconnected(): void {
    this.listening = false;
    this.unlisten();
    clearTimeout(this.arriving);
  }

  private unlisten(): void {
    document.removeEventListener('pointerdown', this.onDown);
    document.removeEventListener('pointerup', this.onUp);
    document.removeEventListener('pointercancel', this.onCancel);
  }

  private readonly onDown = (event: PointerEvent) => {
    this.down = event.isPrimary && event.button === 0 && onAttract(event) ? event.pointerId : undefined;
  };

  private readonly onUp = (event: PointerEvent) => {
    if (this.down === undefined || event.pointerId !== this.down || !onAttract(event)) return;
    this.down = undefined;
    const shell = this.host.querySelector('.kiosk');
    shell?.setAttribute('data-arriving', '');
    clearTimeout(this.arriving);
    this.arriving = setTimeout(() => this.host.querySelector('.kiosk')?.removeAttribute('data-arriving'), ARRIVING_MS);
    this.options.onTap();
  };

  private readonly onCancel = () => {
    this.down = undefined;
  };
}

/** The event happened on the attract screen, not on one of its own controls. */
function onAttract(event: Event): boolean {
  const path = event.composedPath().filter((node): node is Element => node instanceof Element);
  return path.some((el) => el.matches('main.attract')) && !path.some((el) => el.hasAttribute('data-keep-attract'));
}
