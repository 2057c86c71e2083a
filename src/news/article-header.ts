import {squash} from '../core/text.js';
import {parseFeedDate} from './feed-dates.js';

/*
 * Some CMSs put a whole article page in the feed. NukeViet's Instant Articles
 * feed (assets/tpl/rss.tpl in nukeviet/nukeviet) fills content:encoded with
 *
 *   <article><header>
 *     <figure><img …><figcaption>…</figcaption></figure>
 *     <h1>the item's title</h1> <h2>the item's description</h2>
 *     <h3 class="op-kicker">category</h3>
 *     <time class="op-published" datetime="…">…</time> <time class="op-modified" …>
 *   </header> the body </article>
 *
 * The element already shows the title as the article's heading, with the date,
 * so that header would show the title twice and the summary again as a
 * heading. What in a leading header repeats the item's own title, summary or
 * date is dropped; everything else (the figure, the category) stays. When the
 * header held the title, the headings left in it (the op-kicker) were labels
 * around that title, not section headings: they become paragraphs, or the
 * outline would jump from the article's heading straight to theirs.
 */

/** What the element already shows of the item. */
export interface ShownFacts {
  title: string;
  /** The list summary; may be shortened with "…". */
  summary: string;
  date?: Date;
}

const same = (a: string, b: string) => a !== '' && squash(a).toLowerCase() === squash(b).toLowerCase();

/** The summary may have been cut at a word with "…"; the header holds it whole. */
function repeatsSummary(text: string, summary: string): boolean {
  if (same(text, summary)) return true;
  const cut = summary.endsWith('…') ? squash(summary.slice(0, -1)) : '';
  return cut.length > 20 && squash(text).toLowerCase().startsWith(cut.toLowerCase());
}

function repeatsDate(time: Element, date: Date | undefined): boolean {
  const value = parseFeedDate(time.getAttribute('datetime'));
  return value !== undefined && date !== undefined && Math.abs(value.getTime() - date.getTime()) < 60_000;
}

/** The first element child, if nothing but white space comes before it. */
function leadingElement(parent: Element): Element | undefined {
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return undefined;
  }
  return undefined;
}

function toParagraph(heading: Element): void {
  const p = heading.ownerDocument.createElement('p');
  for (const attr of [...heading.attributes]) p.setAttribute(attr.name, attr.value);
  p.append(...heading.childNodes);
  heading.replaceWith(p);
}

/** Text blocks that can hold a repeated title or summary. */
const TEXT_BLOCK = /^(h[1-6]|p|div)$/;

/** Removes from a leading <header> (or <article><header>) what repeats the item; then unwraps both. */
export function dropRepeatedHeader(root: Element, shown: ShownFacts): void {
  let first = leadingElement(root);
  if (first?.localName === 'article') first = leadingElement(first);
  if (first?.localName === 'header') {
    const children = [...first.children];
    const title = children.find((child) => TEXT_BLOCK.test(child.localName) && same(child.textContent ?? '', shown.title));
    for (const child of children) {
      const text = child.textContent ?? '';
      if (child === title) child.remove();
      else if (child.localName === 'time' && repeatsDate(child, shown.date)) child.remove();
      else if (TEXT_BLOCK.test(child.localName) && repeatsSummary(text, shown.summary)) child.remove();
      else if (title && /^h[1-6]$/.test(child.localName)) toParagraph(child);
    }
  }
  // <article> and <header> are allowed through the sanitiser only to find this
  // header; inside the element's own <article> they would only add noise.
  for (const wrapper of root.querySelectorAll('article, header')) wrapper.replaceWith(...wrapper.childNodes);
}
