import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {SYMBOL_SAMPLE, TYPE_SAMPLE} from '../../kiosk/src/warm-type.js';

/*
 * A character the kiosk's font does not hold (a tick, an arrow) is drawn
 * from a system font, and the first time at each size the browser looks that
 * font up: at 6× CPU throttle it was 28 ms of the news screen's first frame.
 * The idle warm-up lays TYPE_SAMPLE and SYMBOL_SAMPLE out at every type step,
 * so each such character the elements, the kiosk or its content pack use
 * must be in one of them.
 */

const root = new URL('../../', import.meta.url).pathname;

/** The code points the self-hosted Be Vietnam Pro faces cover, from their unicode-range. */
function fontRanges(): Array<[number, number]> {
  const css = readFileSync(join(root, 'kiosk/styles/fonts.css'), 'utf8');
  const ranges: Array<[number, number]> = [];
  for (const [, list] of css.matchAll(/unicode-range:([^;]+);/g)) {
    for (const [, from, to] of list.matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi)) {
      ranges.push([parseInt(from, 16), parseInt(to ?? from, 16)]);
    }
  }
  return ranges;
}

function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(join(root, dir), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && ends.some((end) => entry.name.endsWith(end)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Source without its comments: what a comment holds is never drawn. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

test('every character the kiosk draws outside its font is in the idle warm-up sample', () => {
  const ranges = fontRanges();
  assert.ok(ranges.length > 10, 'read the unicode ranges of fonts.css');
  const covered = (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);
  const sources = [
    ...filesUnder('src', ['.ts']),
    ...filesUnder('kiosk/src', ['.ts']),
    ...filesUnder('kiosk/styles', ['.css']),
    join(root, 'kiosk/kiosk.css'),
  ].map((file) => [file, withoutComments(readFileSync(file, 'utf8'))] as const);
  const content = filesUnder('demo/content', ['.json', '.ics']).map((file) => [file, readFileSync(file, 'utf8').normalize('NFC')] as const);
  const missing = new Map<string, string>();
  for (const [file, text] of [...sources, ...content]) {
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      // Below U+0020 and the variation selectors are never drawn on their own.
      if (cp < 0x20 || (cp >= 0xfe00 && cp <= 0xfe0f) || covered(cp) || TYPE_SAMPLE.includes(char) || SYMBOL_SAMPLE.includes(char)) continue;
      missing.set(`${char} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, file.slice(root.length));
    }
  }
  assert.deepEqual([...missing].map(([char, file]) => `${char} in ${file}`), []);
});
