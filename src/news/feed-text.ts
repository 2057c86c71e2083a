import {squash} from '../core/text.js';

/** Elements whose content is never reader text. */
const NOT_TEXT = 'script, style, template, noscript, iframe, object, embed, svg, math, head, title, select, textarea';
/** Elements that separate words when markup is flattened. */
const BLOCKS = 'br, p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, pre, figcaption, section, article';

/**
 * The reader text of a parsed body, words kept apart at block edges. The body
 * must belong to an inert document (see htmlToText in trusted-types.ts): it is
 * changed in place.
 */
export function bodyText(body: HTMLElement | null): string {
  if (!body) return '';
  body.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  body.querySelectorAll(BLOCKS).forEach((node) => node.after(' '));
  return squash(body.textContent ?? '');
}

/**
 * What "Đọc to" reads of a rendered article body: the words the reader sees,
 * without the "↗ (trang ngoài)" marks the sanitiser added to links.
 */
export function spokenText(body: HTMLElement): string {
  const copy = body.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.loa-external__mark').forEach((mark) => mark.remove());
  return bodyText(copy);
}

/** Shortens text at a word boundary, with an ellipsis. */
export function truncateWords(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,.;:–—-]+$/u, '')}…`;
}
