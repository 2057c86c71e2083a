/**
 * Why content could not be shown. Each kind has its own message, because the
 * fix differs: a webmaster fixes CORS, a resident waits for the network.
 */
export type ContentErrorKind =
  | 'network' // offline, DNS, connection refused
  | 'cors' // reached another site that does not allow this page
  | 'timeout'
  | 'http' // the server answered with an error status
  | 'format' // not a format this element reads
  | 'invalid' // the right format, but broken or missing required parts
  | 'missing-file' // a file of Loa's own (chunks/…) is not beside loa.js; detail: its path
  | 'too-large'; // the body passed the element's byte cap (max-bytes); detail: the cap in bytes, size: the body's when known

export class ContentError extends Error {
  constructor(
    readonly kind: ContentErrorKind,
    /** A short, untranslated detail for staff: a status code, a field name, a parser's words. */
    readonly detail = '',
    readonly url = '',
    /** The language of `detail`: English, unless the element put it in the reader's words. */
    readonly detailLang = 'en',
    /** A body's size in bytes, when the server said it (Content-Length): for 'too-large'. */
    readonly size?: number
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}${url ? ` (${url})` : ''}`);
    this.name = 'ContentError';
  }
}

/** Turns anything thrown into a ContentError, so elements never show raw exceptions. */
export function asContentError(error: unknown, url = ''): ContentError {
  if (error instanceof ContentError) {
    return error.url || !url ? error : new ContentError(error.kind, error.detail, url, error.detailLang, error.size);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ContentError('invalid', detail, url);
}
