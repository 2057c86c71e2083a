/** Vietnamese text helpers: every search, filter and sort goes through here. */

/** NFC-normalises text: feeds mix composed and decomposed Vietnamese. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds text for matching: lower case, no tone or vowel marks, đ→d.
 * "Người Cao Tuổi" and "nguoi cao tuoi" fold to the same string.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, ignoring case and diacritics. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('vi', {sensitivity: 'base', numeric: true});

/** Compares two strings in Vietnamese alphabetical order. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Collapses runs of white space, as text from markup or feeds needs. */
export function squash(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
}
