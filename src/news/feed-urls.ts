import {checkWebUrl} from '../core/urls.js';

/**
 * The URLs one feed carries into attributes (item links, `external_url`, the
 * home page, images from enclosures, media:content/thumbnail, `image` and
 * `banner_image`), each through the one scheme allowlist of core/urls.ts:
 * http(s) after resolving, nothing else. A refused URL (javascript:, data:,
 * vbscript:…) is dropped, never rendered, and counted: `refused` becomes
 * `Feed.refusedUrls`, a validation warning like `Schedule.refusedUrls`.
 */
export class FeedUrls {
  /** How many URLs were refused so far. */
  refused = 0;

  /** The http(s) URL for `value`, resolved against `base`; undefined when absent or refused. */
  link(value: unknown, base: string | undefined): string | undefined {
    const check = checkWebUrl(value, base);
    if (check && !check.ok) this.refused++;
    return check?.ok ? check.href : undefined;
  }

  /**
   * Like `link`, but https only, since http images are mixed content and can
   * be altered or tracked on the way (the page's own origin is also fine: a
   * kiosk, or a test server on http://localhost). An http image passed the
   * allowlist, so dropping it is not counted.
   */
  image(value: unknown, base: string | undefined): string | undefined {
    const url = this.link(value, base);
    return url && isSafeImage(new URL(url)) ? url : undefined;
  }
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
