/*
 * Telex, the way most Vietnamese type diacritics on a keyboard without them:
 * aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, uw → ư (uow → ươ), dd → đ, and a
 * tone key after the word's letters: s sắc, f huyền, r hỏi, x ngã, j nặng,
 * z none. The kiosk's on-screen keyboard offers it as an option for people who
 * want their diacritics (search finds "Ngày hội" from "ngay hoi" anyway).
 * Pure: the keys typed in, the text out, a word at a time.
 */

const TONES: Record<string, string> = {s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323'};
const VOWEL = /[aăâeêioôơuưy]/;
const HATS: Record<string, string> = {a: 'â', e: 'ê', o: 'ô'};
const HORNS: Record<string, string> = {a: 'ă', o: 'ơ', u: 'ư'};

/** The keys of one word, typed in Telex, as the word. */
export function telexWord(keys: string): string {
  let base = '';
  let tone = '';
  for (const key of keys.toLowerCase()) {
    const last = base.at(-1) ?? '';
    const hasVowel = VOWEL.test(base);
    if (hasVowel && key in TONES) tone = TONES[key];
    else if (hasVowel && key === 'z') tone = '';
    else if (key === 'd' && last === 'd') base = `${base.slice(0, -1)}đ`;
    else if (key in HATS && last === key) base = base.slice(0, -1) + HATS[key];
    else if (key === 'w' && base.endsWith('uo')) base = `${base.slice(0, -2)}ươ`;
    else if (key === 'w' && last in HORNS) base = base.slice(0, -1) + HORNS[last];
    else base += key;
  }
  return withTone(base, tone);
}

/** Puts the tone mark on the right vowel: one with a hat or horn first (ơ of ươ), else by the syllable's shape. */
function withTone(word: string, tone: string): string {
  if (!tone) return word;
  // "qu" and "gi" open the syllable: their u and i are not its vowels.
  const start = /^(qu|gi)(?=[aăâeêioôơuưy])/.test(word) ? 2 : 0;
  const vowels: number[] = [];
  for (let i = start; i < word.length; i++) if (VOWEL.test(word[i])) vowels.push(i);
  if (!vowels.length) return word;
  const marked = vowels.filter((i) => 'ăâêôơư'.includes(word[i]));
  let at: number;
  if (marked.length) at = marked.at(-1)!;
  else if (vowels.length === 1) at = vowels[0];
  // A consonant after the vowels ("hoàn"), or "oa", "oe", "uy" ("hoà", "thuý"): the last vowel.
  else if (vowels.at(-1)! < word.length - 1 || /(oa|oe|uy)$/.test(word)) at = vowels.at(-1)!;
  else at = vowels[0];
  return (word.slice(0, at + 1) + tone + word.slice(at + 1)).normalize('NFC');
}

/** Every word of `keys` (separated by spaces) in Telex; the spaces are kept. */
export function telex(keys: string): string {
  return keys.replace(/[^\s]+/g, telexWord);
}
