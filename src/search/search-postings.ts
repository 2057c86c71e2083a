/*
 * The inverted index under <loa-search>'s ranking (search-index.ts): each
 * folded word of each document, with how often it occurs in the title and in
 * the text, and MiniSearch's radix tree over the words (its SearchableMap:
 * exact, prefix and fuzzy look-up). A word scores BM25 per field, the title
 * counting double, with MiniSearch's own parameters and weights for prefix
 * and fuzzy matches.
 *
 * Why not MiniSearch's search itself: it keeps, per matching document, an
 * object with the words matched and their fields, and merges those through
 * Maps. A query of common syllables, typos forgiven, reaches most of 2,000
 * documents through dozens of words, and that bookkeeping was most of a
 * query's time (12.5 ms median in Chromium, over its 10 ms goal). Here a
 * query adds into typed arrays, one slot per document.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** Title, then text. */
const FIELDS = 2;
const BOOST = [2, 1];
/** MiniSearch's defaults: BM25 (k, b, d) and the weights of prefix and fuzzy matches. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** A word of the index that a query word finds, and how much it counts (1 for the word itself). */
export interface TermMatch {
  term: number;
  key: string;
  weight: number;
}

export class Postings {
  private readonly terms = new SearchableMap<number>();
  /** Per word: the documents holding it, ascending. */
  private readonly docs: number[][] = [];
  /** Per word, per entry of `docs`: occurrences in the title, then in the text. */
  private readonly freqs: number[][] = [];
  /** Per word: how many documents hold it in the title, then in the text. */
  private readonly df: number[] = [];
  /** Per field, per document: its length in words. */
  private readonly lengths: number[][] = [[], []];
  private readonly total = [0, 0];
  count = 0;

  /** Adds a document from its fields' folded words (title, text); returns its number. */
  add(fields: readonly (readonly string[])[]): number {
    const doc = this.count++;
    const entry = new Map<number, number>();
    for (let f = 0; f < FIELDS; f++) {
      const words = fields[f] ?? [];
      this.lengths[f][doc] = words.length;
      this.total[f] += words.length;
      for (const word of words) {
        let term = this.terms.get(word);
        if (term === undefined) {
          term = this.docs.length;
          this.terms.set(word, term);
          this.docs.push([]);
          this.freqs.push([]);
          this.df.push(0, 0);
        }
        let at = entry.get(term);
        if (at === undefined) {
          at = this.docs[term].length;
          this.docs[term].push(doc);
          this.freqs[term].push(0, 0);
          entry.set(term, at);
        }
        const freqs = this.freqs[term];
        if (!freqs[at * FIELDS + f]) this.df[term * FIELDS + f]++;
        freqs[at * FIELDS + f]++;
      }
    }
    return doc;
  }

  /** The index's word `word`, if it has it. */
  term(word: string): number | undefined {
    return this.terms.get(word);
  }

  /**
   * The words a query word finds: itself; with `prefix`, the words it begins;
   * with `fuzzy`, the words that many edits away. Weighted as MiniSearch does:
   * a longer prefix match or a further typo counts for less.
   */
  matches(word: string, fuzzy: number, prefix: boolean): TermMatch[] {
    const out = new Map<number, TermMatch>();
    const exact = this.terms.get(word);
    if (exact !== undefined) out.set(exact, {term: exact, key: word, weight: 1});
    if (prefix) {
      for (const [key, term] of this.terms.atPrefix(word)) {
        const distance = key.length - word.length;
        if (distance) out.set(term, {term, key, weight: (PREFIX_WEIGHT * key.length) / (key.length + 0.3 * distance)});
      }
    }
    if (fuzzy) {
      for (const [key, [term, distance]] of this.terms.fuzzyGet(word, fuzzy)) {
        if (distance && !out.has(term)) out.set(term, {term, key, weight: (FUZZY_WEIGHT * key.length) / (key.length + distance)});
      }
    }
    return [...out.values()];
  }

  /** Adds `weight` × the word's BM25 score into `scores` for each document holding it, and `bit` into its `found`. */
  accumulate(term: number, weight: number, scores: Float64Array, found: Uint32Array, bit: number): void {
    const docs = this.docs[term];
    const freqs = this.freqs[term];
    const n = this.count;
    const [titles, texts] = this.lengths;
    const idfTitle = BOOST[0] * weight * idf(n, this.df[term * FIELDS]);
    const idfText = BOOST[1] * weight * idf(n, this.df[term * FIELDS + 1]);
    const avgTitle = this.total[0] / n || 1;
    const avgText = this.total[1] / n || 1;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      const inTitle = freqs[i * FIELDS];
      const inText = freqs[i * FIELDS + 1];
      let score = 0;
      if (inTitle) score += idfTitle * bm25(inTitle, titles[doc] / avgTitle);
      if (inText) score += idfText * bm25(inText, texts[doc] / avgText);
      scores[doc] += score;
      found[doc] |= bit;
    }
  }
}

function idf(n: number, matching: number): number {
  return Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
}

/** BM25's term part, for `freq` occurrences in a field `relative` times the average length. */
function bm25(freq: number, relative: number): number {
  return D + (freq * (K + 1)) / (freq + K * (1 - B + B * relative));
}
