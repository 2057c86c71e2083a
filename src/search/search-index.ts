/*
 * The search index of <loa-search>: Vietnamese as residents type it. Words
 * are folded (no diacritics, đ→d: core/text.ts) so "ngay hoi" finds "Ngày
 * hội"; one typo is forgiven in a word of 4 letters or more, two from 8; the
 * last word matches as a prefix while it is typed; abbreviations find what
 * they stand for (synonyms.ts). Words are scored BM25 (search-postings.ts,
 * over MiniSearch's radix tree); on top of that, a result ranks higher when
 * it holds more of the query's words, holds them next to each other (most
 * Vietnamese words are two syllables: "dịch vụ" is one word, "dịch" and "vụ"
 * far apart are not), and holds them with the very diacritics typed ("đường"
 * before "dương"). Pure: no DOM, no msg().
 */
import {compareVi, fold, nfc} from '../core/text.js';
import {timeSlicer} from '../core/yield.js';
import type {SearchDoc, SearchHit, Segment} from './search-model.js';
import {foldWord, matcherFor, typoAllowance, type WordMatcher} from './search-marks.js';
import {Postings} from './search-postings.js';
import {markWords, snippet} from './snippet.js';
import {DEFAULT_SYNONYMS, expand, synonymTable, words, type Expansion, type SynonymTable} from './synonyms.js';

export {typoAllowance};

const WORD = /[\p{L}\p{N}]+/gu;

/** How many of the first results are ranked exactly (see `search`). */
const TOP = 50;
/** How many documents, best by base score first, get their bonuses worked out (see `search`). */
const BONUSED = 250;
/** Query words beyond this many are left out: each has a bit of a 32-bit mask. */
const MAX_WORDS = 31;

interface Prepared {
  doc: SearchDoc;
  /** The title and text as folded words, " a b c ", for phrase checks. */
  folded: string;
  /** The same words with their diacritics, lower case, for exact checks. */
  lower: string;
}

/** Lower-case words of a text, with their diacritics. */
const lowerWords = (text: string): string[] => nfc(text).toLowerCase().match(WORD) ?? [];

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

export class SearchIndex {
  private readonly postings = new Postings();
  /** By document number in `postings`. */
  private readonly prepared: Prepared[] = [];
  private readonly docs = new Map<string, Prepared>();
  private readonly table: SynonymTable;

  constructor(synonyms: readonly (readonly string[])[] = []) {
    this.table = synonymTable([...DEFAULT_SYNONYMS, ...synonyms]);
  }

  /**
   * Builds an index a slice at a time: the main thread is given back every
   * ~20 ms (core/yield.ts), so typing and touches are never blocked for long.
   */
  static async build(docs: Iterable<SearchDoc>, synonyms: readonly (readonly string[])[] = [], sliceMs = 20): Promise<SearchIndex> {
    const index = new SearchIndex(synonyms);
    const slice = timeSlicer(sliceMs);
    for (const doc of docs) {
      index.add(doc);
      const pause = slice();
      if (pause) await pause;
    }
    return index;
  }

  get size(): number {
    return this.docs.size;
  }

  add(doc: SearchDoc): void {
    if (this.docs.has(doc.id)) return;
    const title = lowerWords(doc.title);
    const text = lowerWords(doc.text);
    const foldedTitle = title.map(foldWord);
    const foldedText = text.map(foldWord);
    const prepared = {doc, lower: ` ${[...title, ...text].join(' ')} `, folded: ` ${[...foldedTitle, ...foldedText].join(' ')} `};
    this.postings.add([foldedTitle, foldedText]);
    this.prepared.push(prepared);
    this.docs.set(doc.id, prepared);
  }

  /** Every result for `query`, best first; a guide appears once, at its best matching step. */
  search(query: string): SearchHit[] {
    const folded = words(query).slice(0, MAX_WORDS);
    if (!folded.length) return [];
    const typed = [...nfc(query).toLowerCase().matchAll(WORD)].map((m) => m[0]);
    const expansions = expand(folded, this.table);
    const n = folded.length;
    const count = this.postings.count;
    const scores = new Float64Array(count);
    // Per document: which query words it holds (bit i: word i, itself, by a typo or as a prefix) ...
    const found = new Uint32Array(count);
    // ... which it holds through an equivalent, and how many words of equivalents it holds besides.
    const covered = new Uint32Array(count);
    const extra = new Uint8Array(count);
    folded.forEach((word, i) => {
      for (const match of this.postings.matches(word, typoAllowance(word), i === n - 1)) this.postings.accumulate(match.term, match.weight, scores, found, 1 << i);
    });
    this.addEquivalents(folded, expansions, scores, covered, extra);
    const all = 2 ** n - 1;
    const scored: Array<{prepared: Prepared; base: number}> = [];
    for (let d = 0; d < count; d++) {
      if (!found[d] && !covered[d]) continue;
      const coverage = bits((found[d] | covered[d]) & all) / n;
      // Two words: both; three: two; four: three. A word like "cho" alone is not a result.
      if (n > 1 && coverage <= 0.5) continue;
      // The more of the query's words (and their equivalents' words) a document holds, the
      // higher it ranks: BM25 summed over the words, times their number, as MiniSearch does.
      const quality = bits(found[d]) + extra[d];
      scored.push({prepared: this.prepared[d], base: scores[d] * quality * coverage * coverage});
    }
    // The bonuses (words together, exact diacritics) multiply a score by 4 at most, so a
    // document under a quarter of the TOP-th best base score cannot reach the first TOP
    // results. The string checks are spent only on the BONUSED best by base score that
    // are above that line; the rest keep their base score. (A query of common words
    // matches most of 2,000 documents, and checking them all cost more than the search.)
    scored.sort((a, b) => b.base - a.base);
    const threshold = scored.length > TOP ? scored[TOP - 1].base / 4 : 0;
    const best = new Map<string, Hit>();
    const marks = (prepared: Prepared) => matcherFor(folded, expansions, (word) => prepared.folded.includes(` ${word} `));
    for (let i = 0; i < scored.length; i++) {
      const {prepared, base} = scored[i];
      const score = i < BONUSED && base >= threshold ? base * this.bonus(prepared, folded, typed, expansions) : base;
      const kept = best.get(prepared.doc.group);
      if (kept && kept.score >= score) continue;
      best.set(prepared.doc.group, new Hit(prepared.doc, score, () => marks(prepared)));
    }
    return [...best.values()].sort((a, b) => b.score - a.score || compareVi(a.doc.title, b.doc.title));
  }

  /**
   * Equivalents (synonyms.ts): a document holding every word of one counts as
   * holding the query words it stands for (`covered`), and scores for its words.
   */
  private addEquivalents(folded: string[], expansions: Expansion[], scores: Float64Array, covered: Uint32Array, extra: Uint8Array): void {
    const byWords = new Map<string, {words: string[]; covers: number}>();
    for (const e of expansions) {
      const key = e.words.join(' ');
      const entry = byWords.get(key) ?? {words: e.words, covers: 0};
      for (const i of e.covers) entry.covers |= 1 << i;
      byWords.set(key, entry);
    }
    const count = this.postings.count;
    for (const {words: phrase, covers} of byWords.values()) {
      const terms = phrase.map((word) => this.postings.term(word));
      if (phrase.length > MAX_WORDS || terms.some((term) => term === undefined)) continue;
      const part = new Float64Array(count);
      const held = new Uint32Array(count);
      terms.forEach((term, j) => this.postings.accumulate(term!, 1, part, held, 1 << j));
      const every = 2 ** phrase.length - 1;
      const besides = phrase.filter((word) => !folded.includes(word)).length;
      for (let d = 0; d < count; d++) {
        if (held[d] !== every) continue;
        scores[d] += part[d];
        covered[d] |= covers;
        extra[d] += besides;
      }
    }
  }

  /**
   * How much higher a document ranks for holding the query's words next to
   * each other (or an equivalent phrase whole), and with the diacritics typed:
   * from 1 (neither) to 4 (every pair together, every marked word exact).
   */
  private bonus(prepared: Prepared, folded: string[], typed: string[], expansions: Expansion[]): number {
    const n = folded.length;
    const together = new Set<number>();
    for (const e of expansions) if (e.words.length > 1 && prepared.folded.includes(` ${e.words.join(' ')} `)) e.covers.slice(1).forEach((i) => together.add(i));
    for (let i = 1; i < n; i++) {
      const end = i === n - 1 ? '' : ' ';
      if (prepared.folded.includes(` ${folded[i - 1]} ${folded[i]}${end}`)) together.add(i);
    }
    const phrase = n > 1 ? together.size / (n - 1) : 0;
    // Words typed with diacritics count when the document has them exactly so.
    const marked = typed.filter((word, i) => word !== folded[i]);
    const exact = marked.length ? marked.filter((word) => prepared.lower.includes(` ${word} `)).length / marked.length : 0;
    return (1 + phrase) * (1 + exact);
  }

  /** The topics most documents share (feed tags, event categories, FAQ keywords), most frequent first. */
  topics(count = 5): string[] {
    const tally = new Map<string, {label: string; n: number}>();
    for (const {doc} of this.docs.values()) {
      for (const topic of new Set(doc.topics ?? [])) {
        const key = fold(topic);
        if (!key) continue;
        const entry = tally.get(key) ?? {label: topic, n: 0};
        entry.n++;
        tally.set(key, entry);
      }
    }
    const ranked = [...tally.values()].sort((a, b) => b.n - a.n || compareVi(a.label, b.label)).map((t) => t.label);
    if (ranked.length < count) {
      // Too few tagged items: the guides' names are what residents come for.
      for (const {doc} of this.docs.values()) if (doc.kind === 'guide' && doc.step === undefined && !ranked.includes(doc.title)) ranked.push(doc.title);
    }
    return ranked.slice(0, count);
  }
}

/** A result; its marked title and snippet are worked out when first shown (most results never are). */
class Hit implements SearchHit {
  private marked: {title: Segment[]; snippet: Segment[]} | undefined;

  constructor(
    readonly doc: SearchDoc,
    readonly score: number,
    private readonly matcher: () => WordMatcher
  ) {}

  private mark(): {title: Segment[]; snippet: Segment[]} {
    if (!this.marked) {
      const matches = this.matcher();
      this.marked = {title: markWords(this.doc.title, matches), snippet: snippet(this.doc.text, matches)};
    }
    return this.marked;
  }

  get title(): Segment[] {
    return this.mark().title;
  }

  get snippet(): Segment[] {
    return this.mark().snippet;
  }
}
