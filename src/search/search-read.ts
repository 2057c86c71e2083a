/*
 * Reads one `src` of <loa-search>, whatever it holds, told by its content:
 * a schema.org FAQPage or HowTo, a JSON Feed, RSS or Atom feed, or a calendar
 * (iCalendar, jCal, schema.org Events). Each kind is read by the reader its
 * own element uses, loaded through that element's lazy part, so a page that
 * shows <loa-news> beside <loa-search> loads the feed reader once. The lazy
 * parts are handed in (search-chunks.ts `sourceReaders`), not imported: this
 * module is itself in a lazy chunk, and a chunk that imports another
 * element's loaders makes the bundler split the core out of loa.js.
 */
export interface SourceReaders {
  howto: LazyPart<typeof import('../howto/howto-parse.js')>;
  feed: LazyPart<typeof import('../news/feed-parse.js')>;
  calendar: LazyPart<typeof import('../schedule/calendar-tools.js')>;
  /** `guideSlug` of howto-model.ts: a guide's id, from its identifier or file name. */
  slug: (guide: Pick<Guide, 'identifier'>, src: string) => string;
  /** `expansionWindowAt` of event-model.ts: the dates recurring events are expanded over. */
  window: (now: Date) => ExpansionWindow;
}
import {ContentError} from '../core/content-error.js';
import type {LazyPart} from '../core/lazy-part.js';
import {timeSlicer, yieldToMain} from '../core/yield.js';
import type {Guide} from '../howto/howto-model.js';
import type {ExpansionWindow} from '../schedule/event-model.js';
import {findFaq, readFaqSliced} from './faq-parse.js';
import {eventDocs, faqDocs, feedDocs, guideDocs} from './search-docs.js';
import type {SearchDoc} from './search-model.js';

export type SourceKind = 'faq' | 'guide' | 'feed' | 'calendar';

/** What a source holds, and its JSON once parsed (so the FAQ is not parsed twice). */
function detect(text: string): {kind: SourceKind; data?: unknown} {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return {kind: 'calendar'};
  if (start.startsWith('<')) return {kind: 'feed'};
  if (start.startsWith('{') || start.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (error) {
      throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (findFaq(data)) return {kind: 'faq', data};
    // Looked for in the text itself, which is valid JSON by now: turning a
    // large feed back into a string to look at its first 100 kB cost more
    // than parsing it.
    if (/"@type"\s*:\s*"(?:[^"]*[/:#])?HowTo"/.test(start.slice(0, 100_000))) return {kind: 'guide'};
    if (!Array.isArray(data) && typeof (data as {version?: unknown}).version === 'string' && /jsonfeed\.org/.test((data as {version: string}).version))
      return {kind: 'feed'};
    return {kind: 'calendar'};
  }
  if (!start) throw new ContentError('invalid', 'empty');
  throw new ContentError('format', 'not a guide, FAQ, feed or calendar');
}

/** What a source holds, from its first characters (and, for JSON, its shape). */
export function sourceKind(text: string): SourceKind {
  return detect(text).kind;
}

/**
 * The documents of one source. `index` keeps ids apart between sources;
 * `base` is the source's own address (relative URLs); `now` picks which
 * occurrence of a recurring event is shown.
 *
 * Every step starts a task of its own (yieldToMain), and the loops give the
 * main thread back every 20 ms: the sources of a page arrive together, and
 * read in one go, 2,000 documents made one task of a few hundred
 * milliseconds. What a reader of another element does in one call (a whole
 * feed, a guide, a calendar's text) stays one task.
 */
export async function readSource(
  readers: SourceReaders,
  text: string,
  src: string,
  index: number,
  base: string,
  now = new Date()
): Promise<SearchDoc[]> {
  const prefix = `${index}:`;
  const slice = timeSlicer(20);
  await yieldToMain();
  const {kind, data} = detect(text);
  await yieldToMain();
  switch (kind) {
    case 'faq':
      return faqDocs(await readFaqSliced(data, base, slice), src, prefix);
    case 'guide': {
      const {parseHowto} = await readers.howto.load();
      const {guide, problems} = parseHowto(text, base);
      if (!guide) throw new ContentError('invalid', problems.map((p) => p.code).join(', '));
      await yieldToMain();
      return guideDocs(guide, src, prefix, readers.slug(guide, src));
    }
    case 'feed': {
      const {parseFeed} = await readers.feed.load();
      const feed = parseFeed(text, base);
      await yieldToMain();
      return feedDocs(feed, src, prefix, slice);
    }
    case 'calendar': {
      const {parseCalendar} = await readers.calendar.load();
      const schedule = await parseCalendar(text, readers.window(now), base);
      await yieldToMain();
      return eventDocs(schedule, src, prefix, now);
    }
  }
}

/** Bytes to text: a feed may declare a legacy encoding (windows-1258); everything else is UTF-8. */
export async function decodeSource(readers: SourceReaders, bytes: ArrayBuffer, contentType: string | null): Promise<string> {
  const head = new TextDecoder('utf-8').decode(bytes.slice(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return new TextDecoder('utf-8').decode(bytes);
  return (await readers.feed.load()).decodeFeed(bytes, contentType);
}
