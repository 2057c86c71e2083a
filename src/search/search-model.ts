/*
 * What <loa-search> searches and what it finds: the one shape every source
 * (guide, FAQ, feed, calendar) is turned into, and a result. Pure types.
 */

/** The four kinds of results, in the order the element groups them. */
export type SearchKind = 'faq' | 'guide' | 'news' | 'event';

export const SEARCH_KINDS: readonly SearchKind[] = ['faq', 'guide', 'news', 'event'];

/** One searchable piece of content. A guide gives one per step and one for itself. */
export interface SearchDoc {
  /** Unique across every source: the source's index, the kind and the item's own id. */
  id: string;
  kind: SearchKind;
  /** What results collapse on: a guide's steps share their guide's; others are their own id. */
  group: string;
  /** The item's id in its source (a FAQ question's, a feed item's, an event's UID, a guide's slug). */
  itemId: string;
  title: string;
  /** The text searched besides the title (plain text). */
  text: string;
  /** An http(s) address of the item (a guide's with `#buoc-N` for a step). */
  url?: string;
  /** 1-based, for a guide's step. */
  step?: number;
  /** The step's name, for a guide's step. */
  stepName?: string;
  /** News: published; events: the occurrence shown (the next one, else the last). */
  date?: Date;
  allDay?: boolean;
  /** A FAQ answer, shown inline (plain text, paragraphs split by "\n"). */
  answer?: string;
  /** Topics (feed tags, event categories, FAQ keywords), for "no results" suggestions. */
  topics?: string[];
  /** The source's address (its `src`), for the kiosk to open the item in place. */
  source: string;
  lang?: string;
}

/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  readonly doc: SearchDoc;
  readonly score: number;
  /** The title with the matched words marked. */
  readonly title: Segment[];
  /** About 28 words of the text around the first match, matched words marked. */
  readonly snippet: Segment[];
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
}
