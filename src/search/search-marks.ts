/*
 * Which words of a result are marked: those that made it match, whole words
 * compared folded. A query word the result holds as such marks only itself
 * (not every word a typo or a prefix would also reach); a query word it does
 * not hold marks what found it in its place: a word within its typo allowance,
 * or, for the word being typed, a word it begins, when that prefix is three
 * letters or more or follows the query's previous word ("ngay h" marks "hội"
 * in "ngày hội", not every word in h). An equivalent (synonyms.ts) marks its
 * words when the result holds all of them. Pure: no DOM.
 */
import {fold} from '../core/text.js';
import type {Expansion} from './synonyms.js';

/**
 * fold() of one word, remembered: a commune's texts use a few thousand
 * distinct syllables, and every word of every document is folded when it is
 * indexed, and again when a result shown is marked.
 */
const folded = new Map<string, string>();
export function foldWord(word: string): string {
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

/** True when `a` and `b` are at most `max` edits apart (a letter changed, added or removed). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return false;
    previous = row;
  }
  return previous[b.length] <= max;
}

/** Says whether a word of a result (folded, with the folded word before it) is marked. */
export type WordMatcher = (word: string, previous: string | undefined) => boolean;

/**
 * The matcher for one result: `words` are the query's folded words (the last
 * one being typed), `holds(word)` whether the result holds a folded word.
 */
export function matcherFor(words: readonly string[], expansions: readonly Expansion[], holds: (word: string) => boolean): WordMatcher {
  const exact = new Set<string>();
  const missing: number[] = [];
  words.forEach((word, i) => (holds(word) ? exact.add(word) : missing.push(i)));
  for (const e of expansions) if (e.words.every(holds)) e.words.forEach((word) => exact.add(word));
  const last = words.length - 1;
  return (word, previous) => {
    if (exact.has(word)) return true;
    for (const i of missing) {
      const query = words[i];
      if (i === last && word.startsWith(query) && (query.length >= 3 || (i > 0 && previous === words[i - 1]))) return true;
      const allowance = typoAllowance(query);
      if (allowance && withinEdits(query, word, allowance)) return true;
    }
    return false;
  };
}
