import {webUrl} from '../core/urls.js';

export {webUrl};

/**
 * Like webUrl, but for images: https only, since http images are mixed content
 * and can be altered or tracked on the way. The page's own origin is also fine
 * (the host's server, e.g. a kiosk or a test server on http://localhost).
 */
export function imageUrl(value: unknown, base: string | undefined): string | undefined {
  const url = webUrl(value, base);
  return url && isSafeImage(new URL(url)) ? url : undefined;
}

export function isSafeImage(url: URL): boolean {
  return url.protocol === 'https:' || (typeof location !== 'undefined' && url.origin === location.origin);
}

/**
 * The first argument that can be a base for relative URLs: absolute and http(s).
 * A blob: or data: feed address cannot resolve "/tin/1", so the feed's own home
 * page is used then.
 */
export function firstBase(...candidates: Array<string | undefined>): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not absolute: try the next one
    }
  }
  return undefined;
}
