/*
 * Which of the kiosk's guides were last checked more than a year before the
 * kiosk's clock (schema.org `dateModified`, docs/content.md), for the staff
 * view. Apps and rules change: such a guide should be checked again. It is
 * only ever a warning to staff; nothing is hidden or blocked.
 *
 * It adds no downloads: the guides are read from the copies the content sync
 * already fetched (content-sync.ts warms every guide into the service
 * worker's content cache), or, without a service worker, from the browser's
 * HTTP cache (`cache: 'force-cache'`). Only a guide in neither is fetched.
 * The HowTo reader is the element's own chunk (howto-parse), loaded through
 * the element's own loader (howto-chunks.ts), which the kiosk prefetches anyway.
 */
import {pick, type KioskConfig} from './config.js';
import {guideUrl} from './content-sync.js';
import {dayKey} from '../../src/core/dates.js';
import type {Locale} from '../../src/core/locale.js';
import {howtoReader} from '../../src/howto/howto-chunks.js';

/** A guide whose review is too old, or could not be read. */
export interface GuideReview {
  slug: string;
  title: string;
  /** `dateModified`, "YYYY-MM-DD"; undefined when the guide gives none (or it could not be read). */
  reviewed?: string;
}

export interface ReviewReport {
  /** How many guides the config lists. */
  total: number;
  /** Last checked more than REVIEW_MONTHS before the clock, oldest first. */
  stale: GuideReview[];
  /** Not read (not cached, offline, broken) or without a review date. */
  unknown: GuideReview[];
}

/** As the build's warning (scripts/guide-sources.mjs). */
export const REVIEW_MONTHS = 12;

/** The cache kiosk/sw.ts keeps content in. */
const CONTENT_CACHE = 'loa-content';

/** True when the day `reviewed` ("YYYY-MM-DD") is more than `months` months before `now`. */
export function isStale(reviewed: string, now: Date, months = REVIEW_MONTHS): boolean {
  // Whole days in the commune's zone: the same day a year ago is not yet "more than" a year.
  const limit = new Date(`${dayKey(now)}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return reviewed < limit.toISOString().slice(0, 10);
}

/** The guides by review date: `reviewed` maps each slug to its date (undefined: not known). */
export function reviewReport(guides: ReadonlyArray<{slug: string; title: string}>, reviewed: ReadonlyMap<string, string | undefined>, now: Date): ReviewReport {
  const stale: GuideReview[] = [];
  const unknown: GuideReview[] = [];
  for (const {slug, title} of guides) {
    const date = reviewed.get(slug);
    if (!date) unknown.push({slug, title});
    else if (isStale(date, now)) stale.push({slug, title, reviewed: date});
  }
  stale.sort((a, b) => a.reviewed!.localeCompare(b.reviewed!));
  return {total: guides.length, stale, unknown};
}

/** A guide's text as already fetched: the service worker's cache, else the HTTP cache, else the network. */
async function cachedText(url: string): Promise<string> {
  const cached = 'caches' in globalThis ? await (await caches.open(CONTENT_CACHE)).match(url) : undefined;
  const response = cached ?? (await fetch(url, {cache: 'force-cache', signal: AbortSignal.timeout(8000)}));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Reads every guide's review date and reports the old ones. Never throws. */
export async function readReviews(config: KioskConfig, lang: Locale, now: Date): Promise<ReviewReport> {
  const {parseHowto} = await howtoReader.load();
  const guides = config.sources.guides.map((g) => ({slug: g.slug, title: pick(g.title, lang)}));
  const dates = await Promise.all(
    guides.map(async ({slug}) => {
      try {
        const url = guideUrl(config, slug, lang);
        return [slug, parseHowto(await cachedText(url), url).guide?.reviewed] as const;
      } catch {
        return [slug, undefined] as const;
      }
    })
  );
  return reviewReport(guides, new Map(dates), now);
}
