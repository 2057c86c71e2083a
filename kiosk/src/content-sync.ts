/*
 * The kiosk's own look at the content: it fetches the feeds every few minutes
 * (which also keeps the service-worker cache fresh), picks the attract
 * screen's highlights, and learns whether the network answered. A response
 * the service worker served from its cache carries `x-loa-cache: hit`
 * (kiosk/sw.ts adds it); its Date header says when it was really fetched.
 */
import {pick, qrHosts, type KioskConfig} from './config.js';
import {checkQrUrl} from '../../src/qr/qr-url.js';
import type {Locale} from '../../src/core/locale.js';
import {nextEvent as upcoming} from '../../src/schedule/schedule-view.js';
import {expansionWindowAt} from '../../src/schedule/event-model.js';
import {errorDetail, type LogEntry} from './health.js';
import {calendarTools} from '../../src/schedule/schedule-chunks.js';
import {DEFAULT_MAX_BYTES, readCapped} from '../../src/core/read-capped.js';
import {yieldToMain} from '../../src/core/yield.js';

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
  /** The newest date the content knows of (a news item, a server's Date header): for the clock check. */
  newestDate?: Date;
  /** What failed, for the staff view's "Lỗi gần đây" (health.ts). */
  errors: LogEntry[];
}

const TIMEOUT_MS = 8000;

/**
 * One source's text, read with the elements' byte cap (5 MB, core/read-capped.ts):
 * a huge or endless body is refused while it streams (a 'too-large' error,
 * logged like any source that did not load) instead of being held in memory whole.
 */
async function fetchText(url: string): Promise<{text: string; cached: boolean; date?: Date}> {
  const response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT_MS)});
  if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
  const header = response.headers.get('date');
  const date = header ? new Date(header) : undefined;
  return {
    text: new TextDecoder().decode(await readCapped(response, DEFAULT_MAX_BYTES, url)),
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
 * calendar readers (and ical.js) are the schedule's lazy chunk, loaded
 * through its own loader (schedule-chunks.ts).
 */
export async function nextEvent(ics: string, now: Date, base?: string): Promise<Highlights['event']> {
  const {parseCalendar} = await calendarTools.load();
  // The events screen's own window: the same day's parse serves both (parse-calendar.ts keeps the last one).
  const window = expansionWindowAt(now);
  const next = upcoming((await parseCalendar(ics, window, base)).events, now);
  return next?.title ? {title: next.title, start: next.start, location: next.location || undefined} : undefined;
}

/**
 * The "Mã QR" screen's links: https only and, when the config lists hosts, on
 * that list. A link that fails is left out (and named in `dropped` for the
 * staff view) rather than shown to residents as an error card.
 */
function qrLinks(list: unknown, lang: Locale, hosts: string[] | null, dropped: string[]): QrLink[] {
  if (!Array.isArray(list)) return [];
  const links: QrLink[] = [];
  for (const entry of list as Array<{href?: unknown; label?: unknown; label_en?: unknown}>) {
    if (typeof entry?.href !== 'string' || typeof entry?.label !== 'string') continue;
    // <loa-qr>'s own rule, with https only (no localhost exception for a public list).
    const check = checkQrUrl(entry.href, [hosts]);
    const url = check.ok && check.url.protocol === 'https:' ? check.url : undefined;
    if (!url) {
      dropped.push(entry.href.slice(0, 80));
      continue;
    }
    const label = (lang === 'en' && typeof entry.label_en === 'string' && entry.label_en) || entry.label;
    links.push({href: url.href, label: label.normalize('NFC')});
  }
  return links;
}

/** Fetches every feed once. Never throws: what failed is listed in `errors`. */
export async function syncContent(config: KioskConfig, lang: Locale, now: Date = new Date(), configUrl?: string): Promise<SyncResult> {
  const result: SyncResult = {highlights: {}, qr: [], online: true, errors: []};
  const newest = (date: Date | undefined) => {
    if (date && !Number.isNaN(date.getTime()) && (!result.newestDate || date > result.newestDate)) result.newestDate = date;
  };
  const seen = (r: {cached: boolean; date?: Date}) => {
    if (r.cached) result.online = false;
    if (r.date && (!result.fetchedAt || r.date < result.fetchedAt)) result.fetchedAt = r.date;
    newest(r.date);
  };
  const attempt = async (source: 'news' | 'events' | 'qr', fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      result.online = false;
      result.errors.push({kind: 'source', source, detail: errorDetail(error)});
    }
  };
  await Promise.all([
    attempt('news', async () => {
      const r = await fetchText(pick(config.sources.news, lang));
      seen(r);
      result.highlights.news = latestNews(JSON.parse(r.text));
      newest(result.highlights.news?.date);
    }),
    attempt('events', async () => {
      const url = pick(config.sources.events, lang);
      const r = await fetchText(url);
      seen(r);
      // With the calendar's own address as its base, as <loa-schedule> reads it: one parse serves both.
      result.highlights.event = await nextEvent(r.text, now, url);
    }),
    config.sources.qr &&
      attempt('qr', async () => {
        const r = await fetchText(config.sources.qr!);
        seen(r);
        const dropped: string[] = [];
        result.qr = qrLinks(JSON.parse(r.text), lang, qrHosts(config), dropped);
        if (dropped.length) result.errors.push({kind: 'qr-dropped', count: dropped.length, detail: dropped.join(', ')});
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
 * Fetches the config and every feed, guide and FAQ in every language, results unused: the service
 * worker caches each answer, so after one good load the kiosk works offline
 * in full, whichever guide or language the next resident picks.
 */
async function warmCache(config: KioskConfig, configUrl?: string): Promise<void> {
  const urls = new Set<string>(configUrl ? [configUrl] : []);
  if (config.sources.progress) urls.add(config.sources.progress);
  for (const lang of config.languages) {
    urls.add(pick(config.sources.news, lang));
    urls.add(pick(config.sources.events, lang));
    if (config.sources.faq) urls.add(pick(config.sources.faq, lang));
    for (const guide of config.sources.guides) urls.add(guideUrl(config, guide.slug, lang));
  }
  // One at a time, each in a task of its own: thirty fetches started at once
  // cost a slow kiosk PC a task of about 150 ms (6× throttle), in front of a touch.
  // A timeout and the byte cap each, so a server that never answers or never
  // stops cannot hold a connection or fill memory.
  for (const url of urls) {
    await yieldToMain();
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT_MS)});
      await readCapped(response, DEFAULT_MAX_BYTES, url);
    } catch {
      // Not cached this time: the next sync tries again, and the screen that needs it says what failed.
    }
  }
}

/** The URL of a guide's HowTo JSON, in the resident's language, beside the config file. */
export function guideUrl(config: KioskConfig, slug: string, lang: Locale): string {
  return new URL(lang === 'en' ? `${slug}.en.json` : `${slug}.json`, config.sources.guidesBase).href;
}
