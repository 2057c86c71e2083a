/*
 * Markup → text, without a DOM. Calendars written in Outlook or by web forms
 * carry HTML in DESCRIPTION, and guides sometimes carry it in `text`: readers
 * must see its words, never its markup. The calendar and guide readers run in
 * Node (tests, the demo-pack check) and in the kiosk's content sync, so this
 * works on strings alone. It is not a sanitiser: whatever it returns is bound
 * as text, never as HTML. (<loa-news> has a real, sanitised document of each
 * article and reads its text from that: news/trusted-types.ts.)
 */
import {nfc} from './text.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  copy: '©',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Something shaped like a tag, a comment or a doctype: "<b>", "</p>", "<!-- -->". A lone "<" in "a < b" is not one. */
const TAG = /<[a-z!/?][^>]*>/i;
const TAGS = new RegExp(TAG.source, 'gi');
/** Content that is never text: dropped whole, up to the end when the closing tag is missing. */
const HIDDEN = /<(script|style|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
/**
 * A run of tags that open or close blocks, e.g. "</p><p>" or "</li></ul>":
 * one line break for the whole run, so "<p>Một</p><p>Hai</p>" is two lines,
 * not two lines with a blank one between.
 */
const BLOCKS =
  /(?:<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|tfoot|blockquote|pre|section|article|header|footer|aside|nav|figure|figcaption|address|hr)\b[^>]*>)+/gi;

/**
 * The text of `markup`: tags dropped (scripts, styles, templates and comments
 * with their content), `<br>` and block boundaries as line breaks, list items
 * as "• " lines, entities decoded, NFC. Lines are trimmed with blank runs
 * collapsed to one space; at most one empty line is kept between paragraphs.
 * Text without tags keeps its own line breaks.
 */
export function htmlToText(markup: string): string {
  let text = markup;
  if (TAG.test(text) || text.includes('<!--')) {
    text = text
      .replace(HIDDEN, '')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(BLOCKS, (run) => (/<li\b[^>]*>$/i.test(run) ? '\n• ' : '\n'))
      // Cells of a table row: a space, so their words do not run together.
      .replace(/<\/t[dh]\s*>/gi, ' ')
      .replace(TAGS, '');
  }
  return nfc(
    decodeEntities(text)
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
