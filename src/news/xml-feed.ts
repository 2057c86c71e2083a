import {ContentError} from '../core/content-error.js';
import {nfc, squash} from '../core/text.js';
import type {Feed, FeedFormat, FeedImage, FeedItem} from './feed-model.js';
import {parseFeedDate} from './feed-dates.js';
import {truncateWords} from './feed-text.js';
import {webUrl} from '../core/urls.js';
import {FeedUrls, firstBase} from './feed-urls.js';
import {finishItems} from './feed-items.js';

/*
 * RSS 0.9x / 2.0, RSS 1.0 (RDF) and Atom 1.0 (and the older Atom 0.3 that
 * some CMSs still emit), read from the document the browser's XML parser made
 * of them. Elements are matched by local name (plus namespace where names
 * clash), because real feeds mix and misdeclare namespaces.
 *
 * The parsing itself happens in trusted-types.ts, which also lends its
 * htmlToText: it is passed in rather than imported, because that module imports
 * this one, and the document must never leave it through an export.
 */

/** Flattens item HTML into plain text (htmlToText of trusted-types.ts). */
type ToText = (markup: string) => string;

/** What every item of one feed is read with. */
interface Reading {
  base: string | undefined;
  lang: string | undefined;
  toText: ToText;
  urls: FeedUrls;
}

const NS = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

function kids(parent: Element, name: string, ns?: string): Element[] {
  return [...parent.children].filter((el) => el.localName === name && (ns === undefined || el.namespaceURI === ns));
}

function kid(parent: Element, name: string, ns?: string): Element | undefined {
  return kids(parent, name, ns)[0];
}

function textOf(el: Element | undefined): string {
  return el ? squash(el.textContent ?? '') : '';
}

function langOf(el: Element): string | undefined {
  return el.closest('[*|lang]')?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') || undefined;
}

/** The markup inside an element whose children are inline XHTML. */
function innerMarkup(el: Element): string {
  const serializer = new XMLSerializer();
  // Atom wraps inline XHTML in one <div>; that wrapper is not content.
  const only = el.children.length === 1 && el.children[0].localName === 'div' ? el.children[0] : el;
  return [...only.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

function fromBase64(value: string): string {
  try {
    const bytes = Uint8Array.from(atob(value.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return '';
  }
}

interface Construct {
  kind: 'text' | 'html';
  value: string;
}

/**
 * An Atom text construct (title, summary, content): `type` text / html / xhtml
 * in Atom 1.0; a MIME type plus `mode` escaped / xml / base64 in Atom 0.3.
 */
function construct(el: Element | undefined): Construct | undefined {
  if (!el) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = (el.getAttribute('mode') ?? '').toLowerCase();
  if (el.hasAttribute('src') && !el.textContent?.trim()) return undefined; // out-of-line content
  const html = type === 'html' || type === 'xhtml' || type.includes('html');
  if (mode === 'base64') return {kind: html ? 'html' : 'text', value: fromBase64(el.textContent ?? '')};
  if (type === 'xhtml' || mode === 'xml' || type.endsWith('xml')) return {kind: 'html', value: innerMarkup(el)};
  return {kind: html ? 'html' : 'text', value: el.textContent ?? ''};
}

/** Plain text of a construct: markup is flattened, never kept. */
function plain(value: Construct | undefined, toText: ToText): string {
  if (!value) return '';
  return value.kind === 'html' ? toText(value.value) : squash(value.value);
}

/** A title that might carry escaped markup (RSS titles often do). */
function titleText(el: Element | undefined, toText: ToText): string {
  return el ? toText(el.textContent ?? '') : '';
}

function imageFrom(item: Element, base: string | undefined, urls: FeedUrls): FeedImage | undefined {
  const candidates: Array<[string | null, string]> = [];
  for (const enclosure of kids(item, 'enclosure')) {
    if ((enclosure.getAttribute('type') ?? '').startsWith('image/')) candidates.push([enclosure.getAttribute('url'), '']);
  }
  for (const link of kids(item, 'link')) {
    if (link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/')) {
      candidates.push([link.getAttribute('href'), link.getAttribute('title') ?? '']);
    }
  }
  for (const media of [...kids(item, 'content', NS.media), ...kids(item, 'thumbnail', NS.media)]) {
    const medium = media.getAttribute('medium') ?? media.getAttribute('type') ?? 'image';
    if (medium.startsWith('image')) candidates.push([media.getAttribute('url'), textOf(kid(media, 'description', NS.media))]);
  }
  // Every candidate is checked, so each refused one is counted, not only those before the first good one.
  const checked = candidates.map(([src, alt]) => ({src: urls.image(src, base), alt: squash(alt)}));
  return checked.find((image): image is FeedImage => image.src !== undefined);
}

function tagsOf(item: Element): string[] {
  const tags = kids(item, 'category').map((c) => squash(c.getAttribute('label') ?? c.getAttribute('term') ?? c.textContent ?? ''));
  // A loop, not push(...): spread into arguments, a huge feed overflows the call stack.
  for (const subject of kids(item, 'subject', NS.dc)) tags.push(textOf(subject));
  return tags.filter(Boolean);
}

function makeItem(parts: {
  id: string;
  title: string;
  summary: string;
  html?: string;
  text?: string;
  url?: string;
  date?: Date;
  image?: FeedImage;
  tags: string[];
  lang?: string;
}, toText: ToText): FeedItem | undefined {
  const summary = parts.summary || truncateWords(parts.html ? toText(parts.html) : squash(parts.text ?? ''));
  const title = parts.title || truncateWords(summary, 80);
  // An item with nothing at all is noise; one with only markup or a link is still news.
  if (!title && !parts.html?.trim() && !parts.text && !parts.url) return undefined;
  return {...parts, title, summary: truncateWords(summary)};
}

function rssItem(item: Element, index: number, {base, lang, toText, urls}: Reading): FeedItem | undefined {
  const guid = kid(item, 'guid');
  const guidIsLink = guid && guid.getAttribute('isPermaLink') !== 'false';
  // A guid is an id first: feeds leave out isPermaLink="false" on ids that are
  // no URL at all, so one the allowlist refuses is dropped without a warning.
  const url = urls.link(textOf(kid(item, 'link')), base) ?? (guidIsLink ? webUrl(textOf(guid), base) : undefined);
  const description = kid(item, 'description');
  const body =
    kid(item, 'encoded', NS.content) ??
    kid(item, 'body', NS.xhtml) ??
    kid(item, 'body') ??
    kid(item, 'fullitem');
  const bodyHtml = body
    ? body.localName === 'body' && body.children.length > 0
      ? innerMarkup(body)
      : (body.textContent ?? '')
    : undefined;
  const descriptionHtml = description?.textContent ?? '';
  const html = (bodyHtml?.trim() ? bodyHtml : descriptionHtml).trim() || undefined;
  return makeItem({
    id: textOf(guid) || url || `item-${index}`,
    title: titleText(kid(item, 'title'), toText),
    summary: descriptionHtml && bodyHtml?.trim() ? toText(descriptionHtml) : '',
    html,
    url,
    date: parseFeedDate(textOf(kid(item, 'pubDate'))) ?? parseFeedDate(textOf(kid(item, 'date', NS.dc))),
    image: imageFrom(item, base, urls),
    tags: tagsOf(item),
    lang: langOf(item) ?? lang,
  }, toText);
}

function atomLink(entry: Element, base: string | undefined, urls: FeedUrls): string | undefined {
  const links = kids(entry, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return urls.link(alternate?.getAttribute('href'), base);
}

function atomEntry(entry: Element, index: number, {base, lang, toText, urls}: Reading): FeedItem | undefined {
  const url = atomLink(entry, base, urls);
  const content = construct(kid(entry, 'content'));
  const summary = construct(kid(entry, 'summary'));
  const full = content?.value.trim() ? content : summary;
  const date = ['published', 'updated', 'issued', 'modified', 'created']
    .map((name) => parseFeedDate(textOf(kid(entry, name))))
    .find((d) => d !== undefined);
  return makeItem({
    id: textOf(kid(entry, 'id')) || url || `item-${index}`,
    title: plain(construct(kid(entry, 'title')), toText),
    summary: content?.value.trim() ? plain(summary, toText) : '',
    html: full?.kind === 'html' && full.value.trim() ? full.value : undefined,
    text: full?.kind === 'text' && full.value.trim() ? nfc(full.value) : undefined,
    url,
    date,
    image: imageFrom(entry, base, urls),
    tags: tagsOf(entry),
    lang: langOf(entry) ?? lang,
  }, toText);
}

function parseErrorDetail(doc: Document): string | undefined {
  const error = doc.getElementsByTagName('parsererror')[0];
  if (!error) return undefined;
  // Chromium puts the parser's message in a <div>; keep the first line, short.
  const message = squash(error.querySelector('div')?.textContent ?? error.textContent ?? '');
  return `XML: ${truncateWords(message, 120)}`;
}

/** Reads a parsed RSS, RDF or Atom document. `feedUrl` resolves relative URLs. */
export function readXmlFeed(doc: Document, feedUrl: string | undefined, toText: ToText): Feed {
  const problem = parseErrorDetail(doc);
  if (problem) throw new ContentError('invalid', problem);
  const root = doc.documentElement;
  let format: FeedFormat;
  let channel: Element | undefined;
  let entries: Element[];
  let read: typeof rssItem;
  switch (root.localName) {
    case 'rss':
      format = 'rss';
      channel = kid(root, 'channel');
      entries = channel ? kids(channel, 'item') : [];
      read = rssItem;
      break;
    case 'RDF':
      format = 'rdf';
      channel = kid(root, 'channel');
      entries = [...kids(root, 'item'), ...(channel ? kids(channel, 'item') : [])];
      read = rssItem;
      break;
    case 'feed':
      format = 'atom';
      channel = root;
      entries = kids(root, 'entry');
      read = atomEntry;
      break;
    case 'html':
      throw new ContentError('format', 'HTML page, not a feed');
    default:
      throw new ContentError('format', `XML <${root.localName}>`);
  }
  const lang =
    (channel && (textOf(kid(channel, 'language')) || textOf(kid(channel, 'language', NS.dc)))) ||
    langOf(root) ||
    undefined;
  const urls = new FeedUrls();
  const homeBase = firstBase(feedUrl);
  const homeUrl = channel
    ? format === 'atom'
      ? atomLink(channel, homeBase, urls)
      : urls.link(textOf(kid(channel, 'link')), homeBase)
    : undefined;
  const base = firstBase(feedUrl, homeUrl);
  const titleEl = channel ? kid(channel, 'title') : undefined;
  const reading: Reading = {base, lang, toText, urls};
  const items = entries
    .map((entry, index) => read(entry, index, reading))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    format,
    title: format === 'atom' ? plain(construct(titleEl), toText) : titleText(titleEl, toText),
    homeUrl,
    lang,
    items: finishItems(items),
    refusedUrls: urls.refused,
  };
}
