/*
 * The kiosk's own look at the content: it fetches the feeds every few minutes
 * (which also keeps the service-worker cache fresh), picks the attract
 * screen's highlights, and learns whether the network answered. A response
 * the service worker served from its cache carries `x-loa-cache: hit`
 * (kiosk/sw.ts adds it); its Date header says when it was really fetched.
 */
import {pick, type KioskConfig} from './config.js';
import type {Locale} from '../../src/core/locale.js';
import {nextEvent as upcoming} from '../../src/schedule/schedule-view.js';

export interface QrLink {
  href: string;
  label: string;
}

export interface Highlights {
  news?: {title: string; date?: Date};
  event?: {title: string; start: Date; location?: string};
}

export interface SyncResult {
  highlights: Highlights;
  qr: QrLink[];
  /** Every source answered from the network. */
  online: boolean;
  /** The oldest Date header among the responses: when this content was fetched. */
  fetchedAt?: Date;
  errors: string[];
}

const TIMEOUT_MS = 8000;

async function fetchText(url: string): Promise<{text: string; cached: boolean; date?: Date}> {
  const response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT_MS)});
  if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
  const header = response.headers.get('date');
  const date = header ? new Date(header) : undefined;
  return {
    text: await response.text(),
    cached: response.headers.get('x-loa-cache') === 'hit',
    date: date && !Number.isNaN(date.getTime()) ? date : undefined,
  };
}

function latestNews(feed: unknown): Highlights['news'] {
  const items = (feed as {items?: Array<{title?: unknown; date_published?: unknown}>})?.items;
  if (!Array.isArray(items)) return undefined;
  const dated = items
    .filter((item) => typeof item.title === 'string' && item.title.trim())
    .map((item) => ({title: (item.title as string).normalize('NFC'), date: typeof item.date_published === 'string' ? new Date(item.date_published) : undefined}))
    .sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
  return dated[0];
}

/**
 * The next event, read the way <loa-schedule> reads it: recurrences,
 * exceptions and moved occurrences included, cancelled events never. The
 * calendar readers (and ical.js) are the schedule's lazy chunk.
 */
export async function nextEvent(ics: string, now: Date): Promise<Highlights['event']> {
  const {parseCalendar} = await import('../../src/schedule/calendar-tools.js');
  const window = {start: now, end: new Date(now.getTime() + 2 * 366 * 86_400_000)};
  const next = upcoming((await parseCalendar(ics, window)).events, now);
  return next?.title ? {title: next.title, start: next.start, location: next.location || undefined} : undefined;
}

function qrLinks(list: unknown, lang: Locale): QrLink[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((entry): entry is {href: string; label: string; label_en?: string} => typeof entry?.href === 'string' && typeof entry?.label === 'string')
    .filter((entry) => entry.href.startsWith('https:'))
    .map((entry) => ({href: entry.href, label: ((lang === 'en' && entry.label_en) || entry.label).normalize('NFC')}));
}

/** Fetches every feed once. Never throws: what failed is listed in `errors`. */
export async function syncContent(config: KioskConfig, lang: Locale, now: Date = new Date(), configUrl?: string): Promise<SyncResult> {
  const result: SyncResult = {highlights: {}, qr: [], online: true, errors: []};
  const seen = (r: {cached: boolean; date?: Date}) => {
    if (r.cached) result.online = false;
    if (r.date && (!result.fetchedAt || r.date < result.fetchedAt)) result.fetchedAt = r.date;
  };
  const attempt = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      result.online = false;
      result.errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await Promise.all([
    attempt('news', async () => {
      const r = await fetchText(pick(config.sources.news, lang));
      seen(r);
      result.highlights.news = latestNews(JSON.parse(r.text));
    }),
    attempt('events', async () => {
      const r = await fetchText(pick(config.sources.events, lang));
      seen(r);
      result.highlights.event = await nextEvent(r.text, now);
    }),
    config.sources.qr &&
      attempt('qr', async () => {
        const r = await fetchText(config.sources.qr!);
        seen(r);
        result.qr = qrLinks(JSON.parse(r.text), lang);
      }),
  ]);
  // Warming competes with the first paint for the network: it waits for an idle moment.
  afterStartup(() => void warmCache(config, configUrl));
  return result;
}

/**
 * The guide the attract screen shows first: a different one each day. It needs
 * no feed, so the screen shows it at once, before the network answers.
 */
export function guideOfTheDay(config: KioskConfig, lang: Locale, now: Date): {slug: string; title: string} | undefined {
  const guides = config.sources.guides;
  if (!guides.length) return undefined;
  const guide = guides[Math.floor(now.getTime() / 86_400_000) % guides.length];
  return {slug: guide.slug, title: pick(guide.title, lang)};
}

/** Runs `task` once the page is idle, and within a few seconds at most. */
function afterStartup(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, {timeout: 3000});
  else setTimeout(task, 1000);
}

/**
 * Fetches the config and every feed and guide in every language, results unused: the service
 * worker caches each answer, so after one good load the kiosk works offline
 * in full, whichever guide or language the next resident picks.
 */
async function warmCache(config: KioskConfig, configUrl?: string): Promise<void> {
  const urls = new Set<string>(configUrl ? [configUrl] : []);
  for (const lang of config.languages) {
    urls.add(pick(config.sources.news, lang));
    urls.add(pick(config.sources.events, lang));
    for (const guide of config.sources.guides) urls.add(guideUrl(guide.slug, lang));
  }
  await Promise.allSettled([...urls].map((url) => fetch(url).then((r) => r.arrayBuffer())));
}

/** The URL of a guide's HowTo JSON, in the resident's language. */
export function guideUrl(slug: string, lang: Locale): string {
  return lang === 'en' ? `content/guides/${slug}.en.json` : `content/guides/${slug}.json`;
}
