import {htmlToText} from '../core/html-text.js';

/*
 * Calendars written in Outlook or by web forms often carry HTML in
 * DESCRIPTION. Residents must see its words, never its markup, and nothing in
 * it may run: every text property goes through here (core/html-text.ts, shared
 * with the guide reader), and the result is always bound as text.
 */

/** Text of a property value that may contain HTML; line breaks kept, blank runs collapsed. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return htmlToText(String(value));
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
