/*
 * A horizontal touch swipe on the guided card: left for the next step, right
 * for the previous one. The handlers are bound on the card in the template
 * (`@pointerdown=${swipe.onPointerDown}` …), so a swipe elsewhere in the
 * element, on the buttons or the phone hand-off, moves nothing.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Horizontal travel (CSS px) that counts as a swipe. */
const SWIPE_MIN_PX = 50;

export type SwipeDirection = 'next' | 'previous';

/** The three pointer handlers a swipeable element binds. */
export interface SwipeHandlers {
  onPointerDown: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: () => void;
}

export class SwipeController implements ReactiveController, SwipeHandlers {
  private start: {id: number; x: number; y: number} | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onSwipe: (direction: SwipeDirection) => void
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.start = undefined;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    // Touch and pen swipe; a mouse drag does not (it selects text).
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.start = {id: event.pointerId, x: event.clientX, y: event.clientY};
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const start = this.start;
    this.start = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    // A mostly vertical movement is a scroll, not a swipe.
    if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    this.onSwipe(dx < 0 ? 'next' : 'previous');
  };

  readonly onPointerCancel = (): void => {
    this.start = undefined;
  };
}
