/*
 * Reads one `src` of <loa-search>, whatever it holds, told by its content:
 * a schema.org FAQPage or HowTo, a JSON Feed, RSS or Atom feed, or a calendar
 * (iCalendar, jCal, schema.org Events). Each kind is read by the reader its
 * own element uses, loaded through that element's lazy part, so a page that
 * shows <loa-news> beside <loa-search> loads the feed reader once.
 */
import {ContentError} from '../core/content-error.js';
import {howtoReader} from '../howto/howto-chunks.js';
import {guideSlug} from '../howto/howto-model.js';
import {feedReaders} from '../news/news-chunks.js';
import {calendarTools} from '../schedule/schedule-chunks.js';
import {expansionWindowAt} from '../schedule/event-model.js';
import {findFaq, parseFaq} from './faq-parse.js';
import {eventDocs, faqDocs, feedDocs, guideDocs} from './search-docs.js';
import type {SearchDoc} from './search-model.js';

export type SourceKind = 'faq' | 'guide' | 'feed' | 'calendar';

/** What a source holds, from its first characters (and, for JSON, its shape). */
export function sourceKind(text: string): SourceKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'calendar';
  if (start.startsWith('<')) return 'feed';
  if (start.startsWith('{') || start.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (error) {
      throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (findFaq(data)) return 'faq';
    const json = JSON.stringify(data).slice(0, 100_000);
    if (/"@type"\s*:\s*"(?:[^"]*[/:#])?HowTo"/.test(json)) return 'guide';
    if (!Array.isArray(data) && typeof (data as {version?: unknown}).version === 'string' && /jsonfeed\.org/.test((data as {version: string}).version))
      return 'feed';
    return 'calendar';
  }
  if (!start) throw new ContentError('invalid', 'empty');
  throw new ContentError('format', 'not a guide, FAQ, feed or calendar');
}

/**
 * The documents of one source. `index` keeps ids apart between sources;
 * `base` is the source's own address (relative URLs); `now` picks which
 * occurrence of a recurring event is shown.
 */
export async function readSource(text: string, src: string, index: number, base: string, now = new Date()): Promise<SearchDoc[]> {
  const prefix = `${index}:`;
  switch (sourceKind(text)) {
    case 'faq':
      return faqDocs(parseFaq(text, base), src, prefix);
    case 'guide': {
      const {parseHowto} = await howtoReader.load();
      const {guide, problems} = parseHowto(text, base);
      if (!guide) throw new ContentError('invalid', problems.map((p) => p.code).join(', '));
      return guideDocs(guide, src, prefix, guideSlug(guide, src));
    }
    case 'feed': {
      const {parseFeed} = await feedReaders.load();
      return feedDocs(parseFeed(text, base), src, prefix);
    }
    case 'calendar': {
      const {parseCalendar} = await calendarTools.load();
      return eventDocs(await parseCalendar(text, expansionWindowAt(now), base), src, prefix, now);
    }
  }
}

/** Bytes to text: a feed may declare a legacy encoding (windows-1258); everything else is UTF-8. */
export async function decodeSource(bytes: ArrayBuffer, contentType: string | null): Promise<string> {
  const head = new TextDecoder('utf-8').decode(bytes.slice(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return new TextDecoder('utf-8').decode(bytes);
  return (await feedReaders.load()).decodeFeed(bytes, contentType);
}
