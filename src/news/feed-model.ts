/**
 * The one shape every feed format is read into. Parsers fill it; the element
 * only ever sees this, so RSS, Atom and JSON Feed render the same way.
 *
 * Every string here is plain text except `html`, which is untrusted markup from
 * the feed and must go through `sanitize.ts` before it reaches the page.
 */
export interface FeedImage {
  /** Absolute https URL. */
  src: string;
  /** Text alternative; empty when the feed gave none (the image is then decorative). */
  alt: string;
}

export interface FeedItem {
  /** Stable within the feed; used as a key and for focus return. */
  id: string;
  /** May be empty (untitled micro-posts); the element then shows a stand-in. */
  title: string;
  /** Plain-text summary for the list (never markup). */
  summary: string;
  /** Untrusted item HTML (content_html, description, content), if any. */
  html?: string;
  /** Plain-text body, when the feed gave text rather than HTML. */
  text?: string;
  /** Absolute http(s) URL of the item on its own site. */
  url?: string;
  date?: Date;
  image?: FeedImage;
  /** Categories and tags, NFC, in feed order, without duplicates. */
  tags: string[];
  /** BCP 47 language of the item, when the feed says. */
  lang?: string;
}

export type FeedFormat = 'json' | 'rss' | 'atom' | 'rdf';

export interface Feed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to, absolute. */
  homeUrl?: string;
  lang?: string;
  items: FeedItem[];
  /**
   * URLs refused by the scheme allowlist (javascript:, data:, vbscript:…, or
   * relative with no base) and dropped: a validation warning for whoever
   * publishes the feed, not shown to readers (see feed-urls.ts).
   */
  refusedUrls?: number;
}
