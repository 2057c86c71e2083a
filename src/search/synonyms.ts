import {fold, nfc} from '../core/text.js';

/*
 * Abbreviations and the words residents use for the same thing. Each group is
 * a set of equivalents: a query that holds one of them also finds the others.
 * Compared folded (no diacritics), as whole words. docs/search.md lists them;
 * a webmaster adds more with the `synonyms` attribute (parseSynonyms).
 */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['CCCD', 'căn cước công dân', 'căn cước', 'thẻ căn cước'],
  ['VNeID', 'định danh điện tử', 'tài khoản định danh'],
  ['DVC', 'dịch vụ công', 'cổng dịch vụ công'],
  ['CKS', 'chữ ký số', 'ký số'],
  ['OTP', 'mã xác thực', 'mã xác nhận'],
  ['QR', 'mã QR'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHYT', 'bảo hiểm y tế'],
  ['UBND', 'ủy ban nhân dân', 'uỷ ban nhân dân'],
  ['HCC', 'hành chính công', 'một cửa'],
  ['SĐT', 'số điện thoại'],
  ['MK', 'mật khẩu'],
  ['TK', 'tài khoản'],
  ['NH', 'ngân hàng'],
  ['app', 'ứng dụng'],
  ['CK', 'chuyển khoản'],
  ['lừa đảo', 'gian lận', 'scam'],
  ['điện thoại thông minh', 'smartphone'],
];

/** Equivalent phrases, each as folded words. */
export type SynonymTable = string[][][];

export function synonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  return groups.map((group) => group.map((phrase) => words(phrase)).filter((w) => w.length > 0)).filter((g) => g.length > 1);
}

/** Folded words of a phrase. */
export function words(text: string): string[] {
  return fold(nfc(text)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The `synonyms` file: a JSON object mapping a term to its equivalents,
 * `{"BHYT": ["bảo hiểm y tế"], "sổ đỏ": ["giấy chứng nhận quyền sử dụng đất"]}`.
 * Entries that are not a string and a list of strings are skipped.
 */
export function parseSynonyms(text: string): string[][] {
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TypeError('not a JSON object');
  const groups: string[][] = [];
  for (const [term, value] of Object.entries(data as Record<string, unknown>)) {
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (term.trim() && list.length) groups.push([term, ...list]);
  }
  return groups;
}

/** An equivalent phrase found for part of a query: the query words it stands for, and its own words. */
export interface Expansion {
  /** Indexes of the query words it covers. */
  covers: number[];
  words: string[];
}

/** Every equivalent of every phrase of the table found in `query` (folded words). */
export function expand(query: string[], table: SynonymTable): Expansion[] {
  const out: Expansion[] = [];
  const seen = new Set<string>();
  for (const group of table) {
    for (const phrase of group) {
      for (let at = 0; at + phrase.length <= query.length; at++) {
        if (!phrase.every((w, i) => query[at + i] === w)) continue;
        const covers = phrase.map((_, i) => at + i);
        for (const other of group) {
          if (other === phrase) continue;
          const key = `${covers.join(',')}|${other.join(' ')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({covers, words: other});
        }
      }
    }
  }
  return out;
}
