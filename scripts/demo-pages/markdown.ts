// Renders a Markdown file of the repository as the body of a demo page, at
// build time, with markdown-it, so a guide has one source that both the demo
// site and readers of the repository read.
//
// The file is ours, but a slip in it must not break what the demo promises
// (strict CSP, axe, reflow at 320 px), so the rendering is strict:
// - raw HTML is shown as text, never interpreted; an HTML comment is dropped,
//   except `<!-- demo: name -->`, where the page inserts something of its own
//   (a live widget, the table of contents);
// - code is escaped, in the same copyable snippet box as the rest of the site;
// - no inline styles (markdown-it writes table alignment as `style=`);
// - the file's one `#` heading is the page's h1 and no heading skips a level;
// - headings get GitHub's ids, so the file's own `#anchor` links work on GitHub
//   and on the page alike, and a link to an anchor that does not exist fails
//   the build;
// - links to other files of the repository are not on the demo site: they
//   become their text. Web links and site paths (`/…`) stay links.
import MarkdownIt from 'markdown-it';
import type {Env, Token} from 'markdown-it';
import {code, escapeHtml, markup, raw, type Markup} from './html.js';

export interface Heading {
  level: number;
  /** The heading as plain text (inline code included, without backticks). */
  text: string;
  id: string;
}

export interface MarkdownPage {
  /** The text of the file's `#` heading. */
  title: string;
  headings: Heading[];
  /** The names of the file's `<!-- demo: name -->` places. */
  slots: string[];
  /** The HTML, with `slots[name]` at each `<!-- demo: name -->`; every slot must be filled, and only those. */
  render(slots: Record<string, Markup>): Markup;
}

const SLOT = /^<!--\s*demo:\s*([a-z][a-z-]*)\s*-->\s*$/;
const COMMENT = /^<!--[\s\S]*-->\s*$/;
const KEPT_LINK = /^(?:#|https?:|mailto:|\/(?!\/))/i;

/**
 * GitHub's heading id: lower case, punctuation and symbols dropped (letters
 * with diacritics kept), spaces to hyphens; a repeat gets -1, -2…
 */
export function githubSlug(text: string, taken: Set<string>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What a line of inline tokens reads as (GitHub builds ids from the same). */
function plainText(tokens: Token[] | null): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'text' || t.type === 'code_inline') return t.content;
      if (t.type === 'softbreak' || t.type === 'hardbreak') return ' ';
      if (t.type === 'image') return plainText(t.children);
      return '';
    })
    .join('');
}

const markdownIt = new MarkdownIt({html: true, linkify: false, typographer: false});
const rules = markdownIt.renderer.rules;

/** What render() hands the rules below: the page's content for each `<!-- demo: name -->`. */
interface SlotEnv extends Env {
  slots: Record<string, Markup>;
}

rules.fence = rules.code_block = (tokens, idx) => markup`<div class="snippet">${code(tokens[idx].content)}</div>\n`.value;
rules.html_block = (tokens, idx, _options, env) => {
  const content = tokens[idx].content;
  const slot = SLOT.exec(content)?.[1];
  if (slot) return `${(env as SlotEnv).slots[slot].value}\n`;
  if (COMMENT.test(content)) return '';
  return `<p>${escapeHtml(content.trim())}</p>\n`;
};
rules.html_inline = (tokens, idx) => (COMMENT.test(tokens[idx].content) ? '' : escapeHtml(tokens[idx].content));
const defaultLinkOpen = rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
const defaultLinkClose = rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
rules.link_open = (tokens, idx, options, env, self) => (tokens[idx].meta?.unlinked ? '' : defaultLinkOpen(tokens, idx, options, env, self));
rules.link_close = (tokens, idx, options, env, self) => (tokens[idx].meta?.unlinked ? '' : defaultLinkClose(tokens, idx, options, env, self));
// A wide table scrolls in its own box (reflow at 320 px), which keyboards can reach and screen readers can name.
rules.table_open = (tokens, idx) =>
  markup`<div class="table-wrap" role="region" aria-label="${String(tokens[idx].meta?.label ?? '')}" tabindex="0">`.value + '<table>\n';
rules.table_close = () => '</table></div>\n';

/** Inline tokens: drop links to repository files and images the site does not have; no styles. */
function rewriteInline(children: Token[], anchors: string[]): void {
  for (let i = 0; i < children.length; i++) {
    const token = children[i];
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      if (href.startsWith('#')) anchors.push(decodeURIComponent(href.slice(1)));
      if (!KEPT_LINK.test(href)) {
        token.meta = {unlinked: true};
        // Links do not nest, so the next close is this link's.
        const close = children.slice(i).find((t) => t.type === 'link_close');
        if (close) close.meta = {unlinked: true};
      }
    } else if (token.type === 'image' && !/^https?:/i.test(String(token.attrGet('src') ?? ''))) {
      const text = new MarkdownIt.Token('text', '', 0);
      text.content = plainText(token.children);
      children[i] = text;
    }
  }
}

/**
 * Parses `source` (named `name` in errors) into a page body. Throws if its
 * headings would not make a sound outline or an anchor link has no heading.
 */
export function readMarkdownPage(source: string, name: string): MarkdownPage {
  const tokens = markdownIt.parse(source, {});
  const headings: Heading[] = [];
  const ids = new Set<string>();
  const anchors: string[] = [];
  const slots: string[] = [];
  const out: Token[] = [];
  let inSection = false;
  let leadDone = false;
  let tableHeads: string[] | undefined;

  tokens.forEach((token, i) => {
    token.attrs = token.attrs?.filter(([attr]) => attr !== 'style') ?? null;
    if (token.type === 'inline') rewriteInline(token.children ?? [], anchors);
    // GitHub draws a list item's leading `[ ]` as a checkbox; as static text the brackets mean nothing.
    if (token.type === 'inline' && tokens[i - 2]?.type === 'list_item_open' && token.children?.[0]?.type === 'text') {
      token.children[0].content = token.children[0].content.replace(/^\[[ xX]\] /, '');
    }
    if (token.type === 'html_block') {
      const slot = SLOT.exec(token.content)?.[1];
      if (slot) slots.push(slot);
    }
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      const text = plainText(tokens[i + 1].children).trim();
      const previous = headings.at(-1)?.level ?? 0;
      if ((level === 1) !== (previous === 0)) throw new Error(`${name}: "${text}": the file needs exactly one # heading, first`);
      if (level > previous + 1) throw new Error(`${name}: "${text}" is an h${level} under an h${previous}: a heading level is skipped`);
      const id = githubSlug(text, ids);
      token.attrSet('id', id);
      headings.push({level, text, id});
      leadDone ||= level > 1;
      if (level === 2) {
        // Each h2 and what follows it is a section named by that heading, as on the rest of the site.
        if (inSection) out.push(new MarkdownIt.Token('section_close', 'section', -1));
        const open = new MarkdownIt.Token('section_open', 'section', 1);
        open.attrSet('aria-labelledby', id);
        out.push(open);
        inSection = true;
      }
    }
    if (token.type === 'paragraph_open' && !leadDone && headings.length === 1) {
      token.attrJoin('class', 'lead');
      leadDone = true;
    }
    if (token.type === 'table_open') tableHeads = [];
    if (token.type === 'th_open' && tableHeads) token.attrSet('scope', 'col');
    if (token.type === 'inline' && tokens[i - 1]?.type === 'th_open') tableHeads?.push(plainText(token.children).trim());
    if (token.type === 'thead_close' && tableHeads) {
      const table = out.findLast((t) => t.type === 'table_open');
      if (table) table.meta = {label: tableHeads.join(', ')};
      tableHeads = undefined;
    }
    out.push(token);
  });
  if (inSection) out.push(new MarkdownIt.Token('section_close', 'section', -1));

  if (!headings.length) throw new Error(`${name}: the file needs a # heading`);
  const missing = anchors.filter((anchor) => !ids.has(anchor));
  if (missing.length) throw new Error(`${name}: links to #${missing.join(', #')}, which no heading has`);

  return {
    title: headings[0].text,
    headings,
    slots,
    render(given) {
      const unfilled = slots.filter((slot) => !given[slot]);
      const unused = Object.keys(given).filter((slot) => !slots.includes(slot));
      if (unfilled.length || unused.length) {
        throw new Error(`${name}: <!-- demo: … --> places without content: [${unfilled}]; content without a place: [${unused}]`);
      }
      const env: SlotEnv = {slots: given};
      return raw(markdownIt.renderer.render(out, markdownIt.options, env));
    },
  };
}
