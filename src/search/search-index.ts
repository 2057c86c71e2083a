/*
 * The search index of <loa-search>, with MiniSearch underneath: Vietnamese as
 * residents type it. Words are folded (no diacritics, đ→d: core/text.ts) so
 * "ngay hoi" finds "Ngày hội"; one typo is forgiven in a word of 4 letters or
 * more, two from 8; the last word matches as a prefix while it is typed;
 * abbreviations find what they stand for (synonyms.ts). On top of MiniSearch's
 * BM25 score, a result ranks higher when it holds more of the query's words,
 * holds them next to each other (most Vietnamese words are two syllables: "dịch
 * vụ" is one word, "dịch" and "vụ" far apart are not), and holds them with the
 * very diacritics typed ("đường" before "dương"). Pure: no DOM, no msg().
 */
import MiniSearch, {type SearchResult} from 'minisearch';
import {compareVi, fold, nfc} from '../core/text.js';
import {timeSlicer} from '../core/yield.js';
import type {SearchDoc, SearchHit, Segment} from './search-model.js';
import {markWords, snippet} from './snippet.js';
import {DEFAULT_SYNONYMS, expand, synonymTable, words, type Expansion, type SynonymTable} from './synonyms.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** How many of the first results are ranked exactly (see `search`). */
const TOP = 50;
/** How many documents, best by base score first, get their bonuses worked out (see `search`). */
const BONUSED = 250;

interface Prepared {
  doc: SearchDoc;
  /** The title and text as folded words, " a b c ", for phrase checks. */
  folded: string;
  /** The same words with their diacritics, lower case, for exact checks. */
  lower: string;
}

/**
 * fold() of one word, remembered: a commune's texts use a few thousand
 * distinct syllables, and MiniSearch asks for each word of every document.
 */
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    out = fold(word);
    if (folded.size > 50_000) folded.clear();
    folded.set(word, out);
  }
  return out;
}

/** Edits forgiven in a query word: none under 4 letters, one from 4, two from 8. */
export function typoAllowance(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    idField: 'id',
    processTerm: (term) => foldWord(term) || null,
    searchOptions: {boost: {title: 2}, combineWith: 'OR'},
  });
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
    const lower = ` ${(nfc(`${doc.title} ${doc.text}`).toLowerCase().match(WORD) ?? []).join(' ')} `;
    // fold() keeps word boundaries (it only drops marks and turns đ into d): one call per document.
    this.docs.set(doc.id, {doc, lower, folded: ` ${fold(lower)} `});
    this.mini.add(doc);
  }

  /** Every result for `query`, best first; a guide appears once, at its best matching step. */
  search(query: string): SearchHit[] {
    const folded = words(query);
    if (!folded.length) return [];
    const typed = [...nfc(query).toLowerCase().matchAll(WORD)].map((m) => m[0]);
    const expansions = expand(folded, this.table);
    const last = folded.length - 1;
    const results = this.mini.search({
      combineWith: 'OR',
      queries: [
        {
          queries: [folded.join(' ')],
          fuzzy: (term) => typoAllowance(term),
          prefix: (_term, i) => i === last,
        },
        ...expansions.map((e) => ({queries: [e.words.join(' ')], combineWith: 'AND' as const, fuzzy: false, prefix: false})),
      ],
    });
    const n = folded.length;
    const scored: Array<{result: SearchResult; prepared: Prepared; base: number}> = [];
    for (const result of results) {
      const prepared = this.docs.get(String(result.id));
      if (!prepared) continue;
      const coverage = this.coverage(result, folded, expansions);
      // Two words: both; three: two; four: three. A word like "cho" alone is not a result.
      if (n > 1 && coverage <= 0.5) continue;
      scored.push({result, prepared, base: result.score * coverage * coverage});
    }
    // The bonuses (words together, exact diacritics) multiply a score by 4 at most, so a
    // document under a quarter of the TOP-th best base score cannot reach the first TOP
    // results. The string checks are spent only on the BONUSED best by base score that
    // are above that line; the rest keep their base score. (A query of common words
    // matches most of 2,000 documents, and checking them all cost more than the search.)
    scored.sort((a, b) => b.base - a.base);
    const threshold = scored.length > TOP ? scored[TOP - 1].base / 4 : 0;
    const best = new Map<string, SearchHit>();
    for (let i = 0; i < scored.length; i++) {
      const {result, prepared, base} = scored[i];
      const score = i < BONUSED && base >= threshold ? base * this.bonus(prepared, folded, typed, expansions) : base;
      const kept = best.get(prepared.doc.group);
      if (kept && kept.score >= score) continue;
      best.set(prepared.doc.group, new Hit(prepared.doc, score, result.terms));
    }
    return [...best.values()].sort((a, b) => b.score - a.score || compareVi(a.doc.title, b.doc.title));
  }

  /** The share of the query's words a document holds, itself or through an equivalent (synonyms.ts). */
  private coverage(result: SearchResult, folded: string[], expansions: Expansion[]): number {
    const matched = new Set(result.queryTerms);
    const covered = new Set<number>();
    folded.forEach((word, i) => matched.has(word) && covered.add(i));
    for (const e of expansions) if (e.words.every((w) => matched.has(w))) e.covers.forEach((i) => covered.add(i));
    return covered.size / folded.length;
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
    private readonly terms: string[]
  ) {}

  private mark(): {title: Segment[]; snippet: Segment[]} {
    if (!this.marked) {
      const terms = new Set(this.terms);
      const matches = (word: string) => terms.has(word);
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
