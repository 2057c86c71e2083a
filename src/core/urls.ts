/*
 * The one scheme allowlist for URLs taken from content (a feed, a calendar, a
 * guide), before any of them reaches an attribute: resolved against the
 * content's own address, then kept only when it is https: or http:. Never
 * javascript:, data:, vbscript:, blob:, file: or anything else that a file
 * written by someone else might carry into an href or a src.
 */

/** A URL from content: kept (`href`, absolute), or refused (`value`, as written). */
export type UrlCheck = {ok: true; href: string} | {ok: false; value: string};

/**
 * Checks a URL from content, resolving a relative one against `base`.
 * Undefined when there is no URL at all (absent, not a string, blank), so a
 * caller can count what was refused as a warning and leave the rest quiet.
 * A relative URL with no usable base is refused: it cannot be followed.
 */
export function checkWebUrl(value: unknown, base?: string): UrlCheck | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const written = value.trim();
  try {
    const url = new URL(written, base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return {ok: true, href: url.href};
  } catch {
    // Not a URL, even against the base: refused like a bad scheme.
  }
  return {ok: false, value: written};
}

/** The http(s) URL for `value`, or undefined when it is absent or refused (see checkWebUrl). */
export function webUrl(value: unknown, base?: string): string | undefined {
  const check = checkWebUrl(value, base);
  return check?.ok ? check.href : undefined;
}

/**
 * The address that relative URLs in content are resolved against: the
 * content's own (after redirects) when it is http(s), else the page's, as for
 * a relative link in the page itself: content given inline as a data: or
 * blob: URL has no usable address of its own.
 */
export function contentBase(responseUrl: string, src: string, page: string = document.baseURI): string {
  return webUrl(responseUrl) ?? webUrl(src, page) ?? page;
}
