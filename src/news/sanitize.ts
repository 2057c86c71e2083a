import DOMPurify from 'dompurify';
import {isSafeImage} from './feed-urls.js';
import {dropRepeatedHeader, type ShownFacts} from './article-header.js';

/*
 * Item HTML from any commune's CMS, made safe to show. This module (with
 * DOMPurify) is loaded lazily, the first time an item is opened, so the list
 * costs nothing extra.
 *
 * DOMPurify runs as an allowlist: only the tags and attributes below survive.
 * Its result is taken as a DOM fragment and inserted as nodes; markup never
 * travels as a string to innerHTML. Afterwards the fragment is finished:
 * every URL is resolved against the item and checked by protocol again,
 * links get rel="noopener noreferrer" and an "external" mark, images that are
 * not https (or the page's own origin) are dropped, the rest lazy-load, and content headings are moved
 * below the article's own heading so the host page's outline stays whole. A
 * leading header that repeats the item's title, summary or date (whole-page
 * feeds such as NukeViet's) is trimmed first (article-header.ts).
 */

const ALLOWED_TAGS = [
  // text formatting
  'p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q',
  'blockquote', 'code', 'pre', 'kbd', 'span', 'div', 'del', 'ins', 'time', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  // lists
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // tables
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
  // links and images (checked again below)
  'a', 'img',
  // only to find a leading header that repeats the item; unwrapped afterwards
  'article', 'header',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'lang', 'dir', 'datetime',
  'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'span', 'start', 'reversed', 'width', 'height',
];

/** http(s), mailto, tel, or a relative URL (resolved and re-checked afterwards). */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

export interface SanitizeOptions {
  /** Absolute URL that relative links and images resolve against. */
  base?: string;
  /** Level of the article's own heading; content headings go below it. */
  headingLevel: number;
  /** Accessible text that marks a link to another site, e.g. "(trang ngoài)". */
  externalLabel: string;
  /** Accessible name for a scrollable table. */
  tableLabel: string;
  /** What the element already shows of the item, so a header repeating it can go. */
  shown?: ShownFacts;
}

function resolve(value: string | null, base: string | undefined): URL | undefined {
  if (value === null) return undefined;
  try {
    return new URL(value.trim(), base);
  } catch {
    return undefined;
  }
}

function finishLink(a: HTMLAnchorElement, options: SanitizeOptions): void {
  const url = resolve(a.getAttribute('href'), options.base);
  if (!url || !LINK_PROTOCOLS.has(url.protocol)) {
    a.removeAttribute('href'); // keep the words, lose the link
    return;
  }
  a.setAttribute('href', url.href);
  a.setAttribute('rel', 'noopener noreferrer');
  if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== location.origin) {
    a.classList.add('loa-external');
    const mark = a.ownerDocument.createElement('span');
    mark.className = 'loa-external__mark';
    const icon = a.ownerDocument.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = ' ↗';
    const label = a.ownerDocument.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = ` ${options.externalLabel}`;
    mark.append(icon, label);
    a.append(mark);
  }
}

function finishImage(img: HTMLImageElement, options: SanitizeOptions): void {
  const url = resolve(img.getAttribute('src'), options.base);
  if (!url || !isSafeImage(url)) {
    img.remove();
    return;
  }
  img.setAttribute('src', url.href);
  // No alt in the feed: treat the image as decorative rather than read its file name.
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  img.setAttribute('loading', 'lazy');
  img.setAttribute('decoding', 'async');
}

function shiftHeading(heading: Element, level: number): void {
  const n = Math.min(6, level + Number(heading.localName[1]));
  const replacement = heading.ownerDocument.createElement(`h${n}`);
  for (const attr of [...heading.attributes]) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...heading.childNodes);
  heading.replaceWith(replacement);
}

function wrapTable(table: HTMLTableElement, options: SanitizeOptions): void {
  // Wide tables scroll inside their own box (reflow at 320 px); keyboard users reach it with Tab.
  const box = table.ownerDocument.createElement('div');
  box.className = 'loa-table-scroll';
  box.setAttribute('tabindex', '0');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', table.caption?.textContent?.trim() || options.tableLabel);
  table.replaceWith(box);
  box.append(table);
}

/**
 * Sanitises untrusted item HTML into a detached `<div class="loa-article-body">`
 * that can be rendered as a node.
 */
export function sanitizeItemHtml(dirty: string, options: SanitizeOptions): HTMLElement {
  // DOMPurify parses with its own internal Trusted Types policy ("dompurify"),
  // which no page script can reach; its result comes back as nodes, so no
  // TrustedHTML for the sanitised markup exists at all.
  const fragment = DOMPurify.sanitize(dirty, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.ownerDocument.createElement('div');
  root.className = 'loa-article-body';
  root.append(fragment);
  if (options.shown) dropRepeatedHeader(root, options.shown);
  root.querySelectorAll('a').forEach((a) => finishLink(a, options));
  root.querySelectorAll('img').forEach((img) => finishImage(img, options));
  root.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => shiftHeading(h, options.headingLevel));
  root.querySelectorAll('table').forEach((table) => wrapTable(table, options));
  return root;
}
