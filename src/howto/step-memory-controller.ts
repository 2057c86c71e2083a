/*
 * Where the resident is in a guide, kept where it outlives the element: the
 * step they moved to and the open steps in sessionStorage (keyed by the
 * guide's address, so a reload finds them), and, with `link-fragment`,
 * `#buoc-N` in the page URL. Nothing personal is stored.
 *
 * Only the resident's own moves are remembered, each with the explicit step
 * the guide was opened at (`step`, or `#buoc-N`), if any. An explicit step
 * that differs from that one wins over the memory (docs/howto.md, "Starting
 * step").
 */
import type {PropertyValues, ReactiveController, ReactiveControllerHost} from 'lit';
import {clampStep, stepFromFragment} from './howto-model.js';

type Kind = 'step' | 'open';

export interface StepMemoryOptions {
  /** The guide's `src`, as it is now (keys follow it). */
  src: () => string;
  /** Whether the page URL's fragment is read and written (`link-fragment`). */
  linkFragment: () => boolean;
  /** The fragment now names step `n` (a `hashchange`, with `link-fragment` only). */
  onFragment: (n: number) => void;
}

/** Where a newly loaded guide starts. */
export interface Place {
  step: number;
  open: Set<number>;
}

/** A move the session remembers: the step, and the explicit step the guide had been opened at. */
interface Move {
  step: number;
  given?: number;
}

/** What givenStep() reads of the element. */
interface StepHost {
  step: number;
  hasUpdated: boolean;
  hasAttribute(name: string): boolean;
}

/**
 * The explicit step a newly set `src` starts at, read before the element
 * changes `step` itself: `step` set with it (before the first render, only
 * the attribute or a value other than the default 1 is explicit), or a step
 * other than 1 set while there was no guide. Undefined when `step` is the
 * element's own (the default, or back to 1 for another guide).
 */
export function givenStep(host: StepHost, changed: PropertyValues): number | undefined {
  if (changed.has('step') && (host.hasUpdated || host.hasAttribute('step'))) return host.step;
  return !changed.get('src') && host.step !== 1 ? host.step : undefined;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Sandboxed iframes and some privacy modes throw on access.
    return undefined;
  }
}

export class StepMemoryController implements ReactiveController {
  /** The `src` whose place was last restored: a refresh of the same guide keeps the resident's place. */
  private restoredFor = '';
  /** The explicit step given with the current `src` (see givenStep()). */
  private given: number | undefined;
  /** The explicit step the shown guide was opened at (fragment, then `given`), or its restored move's: kept with each move. */
  private openedAt: number | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: StepMemoryOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** `src` changed: the next guide that loads starts at its own place, or at `given` (see givenStep()). */
  forget(given: number | undefined): void {
    this.restoredFor = '';
    this.given = given;
  }

  /**
   * The starting place of a guide that has just loaded. The explicit step is
   * the fragment, else the `given` step. The step the resident moved to in
   * this session wins unless an explicit step differs from the one that move
   * was made from; then the explicit step, else `current`. The open steps
   * come from the session (and the fragment's step). Undefined when this
   * `src` was restored already.
   */
  restore(current: number, total: number): Place | undefined {
    const src = this.options.src();
    if (this.restoredFor === src) return undefined;
    this.restoredFor = src;
    const fromFragment = this.options.linkFragment() ? stepFromFragment(location.hash) : undefined;
    const explicit = fromFragment ?? this.given;
    const move = this.loadMove();
    const resumed = move !== undefined && (explicit === undefined || explicit === move.given);
    // Moves from a restored place continue the earlier ones: they keep its explicit step.
    this.openedAt = resumed ? move.given : explicit;
    const step = clampStep(resumed ? move.step : (explicit ?? current), total);
    let open: number[] = [];
    try {
      const parsed: unknown = JSON.parse(this.load('open') ?? '[]');
      if (Array.isArray(parsed)) open = parsed.filter((n): n is number => typeof n === 'number');
    } catch {
      open = [];
    }
    if (fromFragment) open.push(step);
    return {step, open: new Set(open.filter((n) => n >= 1 && n <= total))};
  }

  /** The resident moved to `step` (buttons, keys, swipe, opening a step, following `#buoc-N`): remembered for the session. Returns `step`. */
  moveTo(step: number): number {
    const move: Move = {step, given: this.openedAt};
    this.save('step', JSON.stringify(move));
    return step;
  }

  /** `step` is on screen: with `link-fragment`, the page URL follows (replaceState: no history entries). */
  showStep(step: number): void {
    if (this.options.linkFragment() && stepFromFragment(location.hash) !== step) {
      history.replaceState(history.state, '', `#buoc-${step}`);
    }
  }

  /** Keeps the open steps (overview) for the session. */
  saveOpen(open: Iterable<number>): void {
    this.save('open', JSON.stringify([...open]));
  }

  private storageKey(kind: Kind): string {
    const src = this.options.src();
    let guide = src;
    try {
      guide = new URL(src, location.href).href;
    } catch {
      // keep the raw src
    }
    return `loa-howto:${kind}:${guide}`;
  }

  private save(kind: Kind, value: string): void {
    try {
      sessionStore()?.setItem(this.storageKey(kind), value);
    } catch {
      // Storage full or blocked: the step simply will not survive a reload.
    }
  }

  private load(kind: Kind): string | null {
    try {
      return sessionStore()?.getItem(this.storageKey(kind)) ?? null;
    } catch {
      return null;
    }
  }

  private loadMove(): Move | undefined {
    try {
      const move: unknown = JSON.parse(this.load('step') ?? 'null');
      if (typeof move !== 'object' || move === null) return undefined;
      const {step, given} = move as Partial<Move>;
      if (typeof step !== 'number' || step < 1) return undefined;
      return {step, given: typeof given === 'number' ? given : undefined};
    } catch {
      return undefined;
    }
  }

  private onHashChange = (): void => {
    if (!this.options.linkFragment()) return;
    const n = stepFromFragment(location.hash);
    if (n !== undefined) this.options.onFragment(n);
  };
}
