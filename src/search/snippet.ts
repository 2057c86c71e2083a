/*
 * The words of a result to show, with those that matched marked: a title in
 * full, a longer text as a window of words around its first match.
 */
import type {Segment} from './search-model.js';
import {foldWord, type WordMatcher} from './search-marks.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into runs, marking each word that `matches` (given folded, with the folded word before it). */
export function markWords(text: string, matches: WordMatcher, before?: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let plain = '';
  let previous = before;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const word = foldWord(m[0]);
    const marked = matches(word, previous);
    previous = word;
    if (!marked) continue;
    plain += text.slice(last, at);
    if (plain) out.push({text: plain, mark: false});
    plain = '';
    // Two marked words with only a space between them are one mark: "ngày hội".
    const run = out[out.length - 1];
    if (run?.mark && last === at) run.text += m[0];
    else out.push({text: m[0], mark: true});
    last = at + m[0].length;
  }
  plain += text.slice(last);
  if (plain) out.push({text: plain, mark: false});
  return joinSpacedMarks(out);
}

/** "ngày" + " " + "hội", both marked, become one marked run. */
function joinSpacedMarks(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const prev = out[out.length - 1];
    const next = segments[i + 1];
    if (!s.mark && s.text === ' ' && prev?.mark && next?.mark) {
      prev.text += ' ' + next.text;
      i++;
      continue;
    }
    out.push({...s});
  }
  return out;
}

/**
 * A window of about `size` words of `text` starting a few words before the
 * first match, with "…" where it was cut. The whole text when it is short.
 */
export function snippet(text: string, matches: WordMatcher, size = 28): Segment[] {
  const words = [...text.matchAll(WORD)];
  if (words.length <= size) return markWords(text, matches);
  const folded = words.map((m) => foldWord(m[0]));
  const first = Math.max(0, folded.findIndex((word, i) => matches(word, folded[i - 1])));
  const from = Math.max(0, Math.min(first - 6, words.length - size));
  const to = Math.min(words.length, from + size);
  const start = from === 0 ? 0 : words[from].index ?? 0;
  const endWord = words[to - 1];
  const end = to === words.length ? text.length : (endWord.index ?? 0) + endWord[0].length;
  const segments = markWords(text.slice(start, end), matches, folded[from - 1]);
  if (start > 0) segments.unshift({text: '… ', mark: false});
  if (end < text.length) segments.push({text: ' …', mark: false});
  return segments;
}
