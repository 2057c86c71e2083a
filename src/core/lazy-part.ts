import {ContentError} from './content-error.js';

/*
 * A part of Loa that lives in a chunk of its own (a feed or calendar reader,
 * the QR encoder) and is loaded the first time a page needs it.
 *
 * Built, this module sits inside the entry the page loaded (loa.js, or
 * widgets/loa-news.js…), so `import.meta.url` is that file's address: the
 * chunks/ folder is looked for beside it.
 */
export interface LazyPart<T> {
  /** The loaded module, or undefined until it has arrived. */
  readonly module: T | undefined;
  /** Why the last load failed (see `load`); undefined until one fails, and again once one succeeds. */
  readonly error: ContentError | undefined;
  /**
   * Loads the chunk once, however many elements ask. A chunk that does not
   * arrive rejects with a ContentError: 'network' when the network is down,
   * 'missing-file' when the server answers but the file is not there (see
   * `whyNotLoaded`). It is then forgotten, so the next call tries again.
   */
  load(): Promise<T>;
  /** Starts loading without waiting, for when the content it will read is still downloading. */
  prefetch(): void;
}

export function lazyPart<T>(importChunk: () => Promise<T>): LazyPart<T> {
  let module: T | undefined;
  let error: ContentError | undefined;
  let loading: Promise<T> | undefined;
  const load = (): Promise<T> =>
    (loading ??= importChunk().then(
      (loaded) => {
        error = undefined;
        return (module = loaded);
      },
      async (failure: unknown) => {
        // Callers arriving while the server is asked share this answer.
        error = await whyNotLoaded(failure);
        loading = undefined;
        throw error;
      }
    ));
  return {
    get module() {
      return module;
    },
    get error() {
      return error;
    },
    load,
    prefetch: () => void load().catch(() => undefined),
  };
}

/** How long the server has to answer before the network counts as down. */
const ANSWER_TIMEOUT_MS = 5000;

/**
 * Why a chunk did not load, in terms of what fixes it:
 * - 'network': the browser is offline, or the server does not answer at all.
 *   The resident waits or checks the connection.
 * - 'missing-file': the server answers (a 404, or a file from another version
 *   of Loa). The webmaster copied loa.js without the chunks/ folder beside it;
 *   `detail` is the file's path from the entry's folder ("chunks/ical-….js"),
 *   or '' when the browser did not say which file.
 * The browser's own error ("TypeError: Failed to fetch dynamically imported
 * module: …") is English and says neither, so it is never shown: the address
 * it names (Chromium and Firefox do; Safari does not) is asked for again.
 *
 * `answers` is the check that the server replies; tests replace it.
 */
export async function whyNotLoaded(failure: unknown, answers = serverAnswers): Promise<ContentError> {
  const message = failure instanceof Error ? failure.message : String(failure);
  const url = /(?:https?|file):\/\/[^\s'"]+/.exec(message)?.[0].replace(/[.,;)]+$/, '') ?? '';
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  // With no address named, asking for the entry itself still tells whether the server answers.
  if (offline || !(await answers(url || import.meta.url))) return new ContentError('network', `chunk: ${message}`, url);
  return new ContentError('missing-file', url ? pathFromEntry(url) : '', url);
}

/** True when the server behind `url` replies at all, whatever the status. */
async function serverAnswers(url: string): Promise<boolean> {
  try {
    // no-cors: a reply from a CDN without CORS headers (typical of a 404) still counts as a reply.
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ANSWER_TIMEOUT_MS) : undefined,
    });
    return true;
  } catch {
    return false;
  }
}

/** "chunks/ical-….js" for a chunk beside the entry; the file name alone for anything else. */
function pathFromEntry(url: string): string {
  const folder = new URL('.', import.meta.url).href;
  const path = url.startsWith(folder) ? url.slice(folder.length) : new URL(url).pathname.split('/').pop() ?? url;
  return path.split(/[?#]/)[0];
}

/**
 * The name of the file the page loaded Loa from ("loa.js", "loa-news.js"),
 * for messages that say where chunks/ belongs. "loa.js" when Loa runs from
 * sources or inside another app's bundle, where there is no such file.
 */
export function entryFileName(): string {
  const name = new URL(import.meta.url).pathname.split('/').pop() ?? '';
  return /^loa[\w-]*\.js$/.test(name) ? name : 'loa.js';
}
