/*
 * The cell values of a progress spreadsheet, as Excel, LibreOffice and Google
 * Sheets write them in Vietnamese and English: counts with thousands
 * separators, percents with a decimal comma, dates as dd/mm/yyyy or ISO.
 * Each reader answers undefined for a value it cannot read; the caller skips
 * the row and says which line and column.
 */

/** Spaces a spreadsheet may put inside a number: plain, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * A whole count: "1240", "1.240", "1 240", "1,240" (groups of three after the
 * first). A decimal ("12,5") is not a count.
 */
export function parseCount(text: string): number | undefined {
  const quick = quickCount(text);
  if (quick !== undefined) return quick;
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  // One kind of separator throughout: "1.240.000", "1 240 000" or "1,240,000".
  const grouped = /^\d{1,3}(?:([.,]|[\s\u00a0\u202f\u2009])\d{3})(?:\1\d{3})*$/.exec(t);
  return grouped ? Number(t.replace(SPACES, '').replace(/[.,]/g, '')) : undefined;
}

/**
 * The shapes a spreadsheet writes most, read without a regular expression
 * (a large file has two counts a row): digits, or groups of three after
 * the first with one separator throughout, '.', ',' or a space. Undefined
 * means "not one of those", for parseCount to read it the long way, never
 * "not a count". Fifteen characters at most, so the sum stays exact.
 */
function quickCount(text: string): number | undefined {
  const {length} = text;
  if (length === 0 || length > 15) return undefined;
  let n = 0;
  let group = 0;
  let separator = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      group++;
    } else if (c === 46 || c === 44 || c === 32) {
      if (group === 0 || (separator === 0 ? group > 3 : c !== separator || group !== 3)) return undefined;
      separator = c;
      group = 0;
    } else {
      return undefined;
    }
  }
  return group === 0 || (separator !== 0 && group !== 3) ? undefined : n;
}

/** A percent from 0 to 100: "80", "80%", "80,5%", "80.5 %". */
export function parsePercent(text: string): number | undefined {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.replace(SPACES, ' ').trim());
  if (!m) return undefined;
  const n = Number(m[1].replace(',', '.'));
  return n >= 0 && n <= 100 ? n : undefined;
}

/**
 * A calendar day as "yyyy-mm-dd" (sortable, a key): from "20/10/2026",
 * "20-10-2026", "20.10.2026", "2026-10-20", with or without leading zeros, and
 * a time after it ("2026-10-20 00:00:00", as some exports add) ignored. A
 * day that does not exist (31/02) is not read.
 */
export function parseDay(text: string): string | undefined {
  const t = text.trim().replace(/[ T]\d{1,2}:\d{2}(?::\d{2})?$/, '');
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vi = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vi) [y, m, d] = [Number(vi[4]), Number(vi[3]), Number(vi[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
