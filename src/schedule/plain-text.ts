import {nfc} from '../core/text.js';

/*
 * Calendars written in Outlook or by web forms often carry HTML in
 * DESCRIPTION. Residents must see its words, never its markup, and nothing in
 * it may run. This turns markup into text without a DOM, so it works in Node
 * and in workers too; the result is always bound as text, never as HTML.
 */

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

/** Text of a property value that may contain HTML; line breaks kept, blank runs collapsed. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/<[a-z!/][^>]*>/i.test(text)) {
    text = text
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      .replace(/<[^>]*>/g, '');
  }
  text = decodeEntities(text);
  return nfc(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** One-line text: for titles, places and categories. */
export function plainLine(value: unknown): string {
  return plainText(value).replace(/\s+/g, ' ').trim();
}

/** A latitude/longitude pair inside the globe's ranges, or undefined. */
export function safeGeo(lat: unknown, lon: unknown): {lat: number; lon: number} | undefined {
  const la = Number(lat);
  const lo = Number(lon);
  if (!Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) return undefined;
  return {lat: la, lon: lo};
}
