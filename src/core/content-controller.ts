import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContentError, asContentError} from './content-error.js';
import {DEFAULT_MAX_BYTES, readCapped} from './read-capped.js';
import {yieldToMain} from './yield.js';

export interface ContentOptions<T> {
  /** Turns the response text into content, or throws a ContentError. */
  parse: (text: string, response: Response) => T | Promise<T>;
  /** Milliseconds before a request is given up. */
  timeout?: number;
  /** Decodes the bytes, for formats that declare their own encoding (XML); may wait for a lazy chunk. */
  decode?: (bytes: ArrayBuffer, response: Response) => string | Promise<string>;
  /** The largest body accepted, in bytes, unless the host element's `max-bytes` attribute says otherwise. */
  maxBytes?: number;
}

/** Default request timeout: kiosks sit on flaky networks and must not hang. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Default largest body, 5 MB (see read-capped.ts). */
export {DEFAULT_MAX_BYTES};

/**
 * Loads one URL for an element and keeps the last good content.
 *
 * A failed refresh sets `error` but keeps `value` and `loadedAt`, so the
 * element goes on showing what it had and says how old it is.
 */
export class ContentController<T> implements ReactiveController {
  value: T | undefined;
  error: ContentError | undefined;
  loading = false;
  /** When `value` was last loaded successfully. */
  loadedAt: Date | undefined;
  private url = '';
  private abort: AbortController | undefined;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ContentOptions<T>
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Loads `url`. Changing URL drops content that belonged to the old one. */
  async load(url: string | null | undefined): Promise<void> {
    const next = url ?? '';
    if (next !== this.url) {
      this.value = undefined;
      this.loadedAt = undefined;
    }
    this.url = next;
    this.abort?.abort();
    if (!next) {
      this.error = undefined;
      this.loading = false;
      this.host.requestUpdate();
      return;
    }
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const value = await this.fetchAndParse(next, abort);
      // Parsing and drawing the content are two tasks, not one: together they
      // blocked a touch for over 100 ms on a slow kiosk PC (6× CPU throttle).
      await yieldToMain();
      if (generation !== this.generation) return;
      this.value = value;
      this.loadedAt = new Date();
      this.error = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = asContentError(error, next);
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Loads the current URL again (the retry button, periodic refresh). */
  reload(): Promise<void> {
    return this.load(this.url);
  }

  /** The byte cap in force: the host element's `max-bytes` attribute, else the option, else 5 MB. */
  get maxBytes(): number {
    const attribute = typeof Element !== 'undefined' && this.host instanceof Element ? this.host.getAttribute('max-bytes') : null;
    const fromAttribute = Number(attribute);
    if (attribute !== null && attribute.trim() && Number.isFinite(fromAttribute) && fromAttribute > 0) return Math.floor(fromAttribute);
    return this.options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** Shows content that did not come from a URL (inline JSON, tests). */
  set(value: T): void {
    this.abort?.abort();
    this.generation++;
    this.value = value;
    this.loadedAt = new Date();
    this.error = undefined;
    this.loading = false;
    this.host.requestUpdate();
  }

  private async fetchAndParse(url: string, abort: AbortController): Promise<T> {
    const timeout = this.options.timeout ?? DEFAULT_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    let response: Response;
    let bytes: ArrayBuffer;
    try {
      response = await fetch(url, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) throw new ContentError('http', String(response.status), url);
      bytes = await readCapped(response, this.maxBytes, url);
    } catch (error) {
      if (error instanceof ContentError) throw error;
      if (timedOut) throw new ContentError('timeout', `${timeout} ms`, url);
      throw new ContentError(looksLikeCors(url) ? 'cors' : 'network', String(error), url);
    } finally {
      clearTimeout(timer);
    }
    const text = this.options.decode
      ? await this.options.decode(bytes, response)
      : new TextDecoder('utf-8').decode(bytes);
    return this.options.parse(text, response);
  }
}

/*
 * Browsers hide CORS failures behind the same TypeError as a dropped network.
 * When the page is online and the feed is on another origin, CORS is by far
 * the likelier cause, and the message must tell the webmaster so.
 */
function looksLikeCors(url: string): boolean {
  try {
    const target = new URL(url, location.href);
    return target.origin !== location.origin && navigator.onLine;
  } catch {
    return false;
  }
}
