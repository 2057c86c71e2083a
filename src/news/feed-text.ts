import {squash} from '../core/text.js';
import {parseInert} from './trusted-types.js';

/** Elements whose content is never reader text. */
const NOT_TEXT = 'script, style, template, noscript, iframe, object, embed, svg, math, head, title, select, textarea';
/** Elements that separate words when markup is flattened. */
const BLOCKS = 'br, p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, pre, figcaption, section, article';

/**
 * The plain text of untrusted HTML, for titles and summaries. It is parsed in
 * an inert document and only textContent leaves it, so markup can never reach
 * the page this way.
 */
export function htmlToText(markup: string): string {
  if (!/[<&]/.test(markup)) return squash(markup);
  const body = parseInert(markup, 'text/html').body;
  if (!body) return '';
  body.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  body.querySelectorAll(BLOCKS).forEach((node) => node.after(' '));
  return squash(body.textContent ?? '');
}

/** Shortens text at a word boundary, with an ellipsis. */
export function truncateWords(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,.;:–—-]+$/u, '')}…`;
}
