import {ContentError} from './content-error.js';

/*
 * A part of Loa that lives in a chunk of its own (a feed or calendar reader,
 * the QR encoder) and is loaded the first time a page needs it.
 */
export interface LazyPart<T> {
  /** The loaded module, or undefined until it has arrived. */
  readonly module: T | undefined;
  /**
   * Loads the chunk once, however many elements ask. A chunk that does not
   * arrive rejects with ContentError('network') (a network problem, not bad
   * content) and is forgotten, so the next call tries again.
   */
  load(): Promise<T>;
  /** Starts loading without waiting, for when the content it will read is still downloading. */
  prefetch(): void;
}

export function lazyPart<T>(importChunk: () => Promise<T>): LazyPart<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  const load = (): Promise<T> =>
    (loading ??= importChunk().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        loading = undefined;
        throw new ContentError('network', `chunk: ${error instanceof Error ? error.message : String(error)}`);
      }
    ));
  return {
    get module() {
      return module;
    },
    load,
    prefetch: () => void load().catch(() => undefined),
  };
}
