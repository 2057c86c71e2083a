import {ContentError} from '../core/content-error.js';
import {nfc, squash} from '../core/text.js';
import type {Feed, FeedItem} from './feed-model.js';
import {parseFeedDate} from './feed-dates.js';
import {truncateWords} from './feed-text.js';
import {htmlToText} from './trusted-types.js';
import {FeedUrls, firstBase} from './feed-urls.js';
import {finishItems} from './feed-items.js';

/*
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). Real feeds bend the
 * spec, so every field is checked for its type and a wrong one is dropped, not
 * fatal; only a document with no items array at all is invalid.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? squash(value) : '');

/** The demo pack's extension: `"_loa": {"image_alt": "…"}`. */
function imageAlt(item: Json): string {
  const loa = item._loa;
  return isObject(loa) ? text(loa.image_alt) : '';
}

function readItem(item: Json, index: number, base: string | undefined, feedLang: string | undefined, urls: FeedUrls): FeedItem | undefined {
  // Both are checked (and a refused one counted), even when the first will do.
  const own = urls.link(item.url, base);
  const external = urls.link(item.external_url, base);
  const url = own ?? external;
  const html = typeof item.content_html === 'string' && item.content_html.trim() ? item.content_html : undefined;
  const body = typeof item.content_text === 'string' && item.content_text.trim() ? nfc(item.content_text) : undefined;
  const summary = text(item.summary) || truncateWords(html ? htmlToText(html) : squash(body ?? ''));
  // Titles are optional in JSON Feed (micro-posts); the list still needs a heading.
  const title = text(item.title) || truncateWords(summary, 80);
  if (!title && !html && !body && !url) return undefined;
  const image = urls.image(item.image, base);
  const banner = urls.image(item.banner_image, base);
  const imageSrc = image ?? banner;
  const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : (url ?? `item-${index}`);
  return {
    id,
    title,
    summary,
    html,
    text: body,
    url,
    date: parseFeedDate(typeof item.date_published === 'string' ? item.date_published : undefined) ??
      parseFeedDate(typeof item.date_modified === 'string' ? item.date_modified : undefined),
    image: imageSrc ? {src: imageSrc, alt: imageAlt(item)} : undefined,
    tags: Array.isArray(item.tags) ? item.tags.map(text).filter(Boolean) : [],
    lang: text(item.language) || feedLang,
  };
}

/** Parses JSON Feed text. `feedUrl` resolves relative URLs. */
export function parseJsonFeed(source: string, feedUrl?: string): Feed {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(data)) throw new ContentError('format', 'JSON');
  const version = typeof data.version === 'string' ? data.version : '';
  if (!version.startsWith('https://jsonfeed.org/version/') && !Array.isArray(data.items)) {
    throw new ContentError('format', 'JSON, not JSON Feed');
  }
  if (!Array.isArray(data.items)) throw new ContentError('invalid', 'items');
  const urls = new FeedUrls();
  const homeUrl = urls.link(data.home_page_url, firstBase(feedUrl));
  // Relative URLs resolve against where the feed was actually fetched: a
  // feed_url inside the document may be stale or point at a staging host.
  const base = firstBase(feedUrl, urls.link(data.feed_url, firstBase(feedUrl)), homeUrl);
  const lang = text(data.language) || undefined;
  const items = data.items
    .filter(isObject)
    .map((item, index) => readItem(item, index, base, lang, urls))
    .filter((item): item is FeedItem => item !== undefined);
  return {format: 'json', title: text(data.title), homeUrl, lang, items: finishItems(items), refusedUrls: urls.refused};
}
