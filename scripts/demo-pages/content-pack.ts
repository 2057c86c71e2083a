// Reads the demo content pack (demo/content/) at build time, for the demo
// site's static fallbacks and its schema.org JSON-LD. The widgets read the
// same files at run time, so the page and its structured data never disagree:
// the news and event dates are moved here as in the copies the build writes
// (scripts/demo-dates.mjs).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import ICAL from 'ical.js';
import {shiftCalendar, shiftFeed, shiftWeeks} from '../demo-dates.mjs';
import {buildDate} from '../guide-sources.mjs';

export interface Commune {
  name: string;
  demo_notice?: string;
  villages?: string[];
  cultural_house?: string;
  one_stop_shop?: {name?: string; address?: string; hours?: string; phone?: string; counter?: string};
}

export interface NewsItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  date_published?: string;
  date_modified?: string;
  image?: string;
  tags?: string[];
}

export interface Feed {
  title?: string;
  items: NewsItem[];
  authors?: Array<{name?: string; url?: string}>;
}

interface HowToStep {
  '@type'?: string;
  name?: string;
  text?: string;
  position?: number;
  itemListElement?: HowToStep[];
  image?: {url?: string} | string;
}

export interface Guide {
  slug: string;
  name: string;
  description?: string;
  /** The steps in order, sections flattened (what #buoc-N counts). */
  steps: Array<{name: string; text: string; section?: string}>;
  /** The guide file as published (schema.org HowTo). */
  data: Record<string, unknown> & {step?: HowToStep[]};
}

export interface QrLink {
  href: string;
  label: string;
}

export interface Occurrence {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url?: string;
  start: string;
  end?: string;
  allDay: boolean;
  cancelled: boolean;
}

export interface ContentPack {
  commune: Commune;
  feed: Feed;
  guides: Guide[];
  qr: QrLink[];
  /** Occurrences of the calendar's events in the weeks after `now`. */
  upcoming: Occurrence[];
}

function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Sections hold steps; the widget and #buoc-N count steps across sections. */
function flattenSteps(steps: HowToStep[] = [], section?: string): Guide['steps'] {
  return steps.flatMap((step) =>
    step.itemListElement
      ? flattenSteps(step.itemListElement, step.name)
      : [{name: step.name ?? '', text: step.text ?? '', section}]
  );
}

/** Vietnam has no daylight saving: +07:00 all year. */
function vietnamIso(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
}

function formatTime(time: ICAL.Time): string {
  return time.isDate ? time.toString() : vietnamIso(time.toJSDate());
}

/** Expands the calendar (recurrences, exceptions, cancellations) from `now` for `days`. */
export function upcomingOccurrences(ics: string, now: Date, days = 45, max = 30): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const components = calendar.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  for (const component of components) {
    const event = new ICAL.Event(component);
    if (event.isRecurrenceException()) exceptions.push(event);
    else masters.set(event.uid, event);
  }
  for (const exception of exceptions) masters.get(exception.uid)?.relateException(exception);

  const from = now.getTime();
  const until = from + days * 86_400_000;
  const found: Occurrence[] = [];
  const add = (event: ICAL.Event, start: ICAL.Time, end: ICAL.Time | null) => {
    const endMs = (end ?? start).toJSDate().getTime();
    if (endMs < from || start.toJSDate().getTime() > until) return;
    const status = String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase();
    found.push({
      uid: event.uid,
      summary: event.summary ?? '',
      description: event.description ?? '',
      location: event.location ?? '',
      url: (event.component.getFirstPropertyValue('url') as string | null) ?? undefined,
      start: formatTime(start),
      end: end ? formatTime(end) : undefined,
      allDay: start.isDate,
      cancelled: status === 'CANCELLED',
    });
  };
  for (const event of masters.values()) {
    if (!event.isRecurring()) {
      add(event, event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 1000; next = iterator.next(), guard++) {
      if (next.toJSDate().getTime() > until) break;
      const details = event.getOccurrenceDetails(next);
      add(details.item, details.startDate, details.endDate);
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start)).slice(0, max);
}

/**
 * `now`: the day the upcoming events are listed from, the build's date
 * (SOURCE_DATE_EPOCH when set); `weeks`: how far the build moves the news and
 * event dates (scripts/demo-dates.mjs).
 */
export function loadContentPack(dir: string, now = buildDate(), weeks = shiftWeeks(now)): ContentPack {
  const commune = readJson<Commune>(join(dir, 'commune.json'), {name: 'Xã Hòa Loa'});
  const feed = shiftFeed(readJson<Feed>(join(dir, 'news.json'), {items: []}), weeks);
  const slugs = readJson<{sources?: {guides?: string[]}}>(join(dir, 'commune.json'), {}).sources?.guides ?? [];
  const guides = slugs
    .filter((slug) => existsSync(join(dir, 'guides', `${slug}.json`)))
    .map((slug): Guide => {
      const data = readJson<Guide['data']>(join(dir, 'guides', `${slug}.json`), {});
      return {
        slug,
        name: String(data.name ?? slug),
        description: typeof data.description === 'string' ? data.description : undefined,
        steps: flattenSteps(data.step),
        data,
      };
    });
  const qr = readJson<Array<QrLink & {label_en?: string}>>(join(dir, 'qr.json'), []).map(({href, label}) => ({href, label}));
  const icsFile = join(dir, 'events.ics');
  const upcoming = existsSync(icsFile) ? upcomingOccurrences(shiftCalendar(readFileSync(icsFile, 'utf8'), weeks), now) : [];
  return {commune, feed, guides, qr, upcoming};
}
