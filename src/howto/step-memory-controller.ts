/*
 * Where the resident is in a guide, kept where it outlives the element: the
 * step and the open steps in sessionStorage (keyed by the guide's address, so
 * a reload finds them), and, with `link-fragment`, `#buoc-N` in the page URL.
 * Nothing personal is stored.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
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

  /** `src` changed: the next guide that loads starts at its own place. */
  forget(): void {
    this.restoredFor = '';
  }

  /**
   * The starting place of a guide that has just loaded: the fragment, then
   * the session, then `current`; the open steps from the session (and the
   * fragment's step). Undefined when this `src` was restored already.
   */
  restore(current: number, total: number): Place | undefined {
    const src = this.options.src();
    if (this.restoredFor === src) return undefined;
    this.restoredFor = src;
    const fromFragment = this.options.linkFragment() ? stepFromFragment(location.hash) : undefined;
    const stored = Number(this.load('step'));
    const step = clampStep(fromFragment ?? (stored > 0 ? stored : current), total);
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

  /** Keeps `step` for the session and, with `link-fragment`, in the page URL (replaceState: no history entries). */
  saveStep(step: number): void {
    this.save('step', String(step));
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

  private onHashChange = (): void => {
    if (!this.options.linkFragment()) return;
    const n = stepFromFragment(location.hash);
    if (n !== undefined) this.options.onFragment(n);
  };
}
