// The embedding guide's copy checklist names every file of a build's chunks/
// folder, and says how many there are, in both languages (docs/embedding.md,
// docs/embedding.vi.md). A webmaster checks their copy against that list, so a
// chunk the build gained and the guide did not (html-…, keep-last-…) is a
// file they may leave behind. Runs after the build (scripts/test.mjs, stage
// "after-build").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DIST, requireBuild} from './built.js';

const NUMBERS: Record<'en' | 'vi', string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai', 'mười ba', 'mười bốn', 'mười lăm', 'mười sáu', 'mười bảy', 'mười tám', 'mười chín', 'hai mươi'],
};

/** The checklist item about loa.js and chunks/, with its lines joined. */
function chunkItem(file: string): string {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const start = text.indexOf('- [ ] `loa.js`');
  assert.ok(start >= 0, `${file} has the copy checklist item for loa.js and chunks/`);
  const end = text.indexOf('- [ ]', start + 1);
  return text.slice(start, end).replace(/\s+/g, ' ');
}

for (const [file, lang] of [['docs/embedding.md', 'en'], ['docs/embedding.vi.md', 'vi']] as const) {
  test(`${file} lists every file of the build's chunks/ folder and counts them`, (t) => {
    if (!requireBuild(t, 'chunks')) return;
    // A chunk is <name>-<8-character hash>.js.
    const built = readdirSync(join(DIST, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.replace(/-[\w-]{8}\.js$/, ''))
      .sort();
    const item = chunkItem(file);
    const listed = [...item.matchAll(/`([a-z][\w-]*)-…`/g)].map((m) => m[1]).sort();
    assert.deepEqual(listed, built, `the chunks ${file} names, against ${DIST}chunks/`);
    const count = NUMBERS[lang][built.length];
    assert.ok(count, `${built.length} chunks: more than the number words here`);
    const says = lang === 'en' ? `that is ${count} files` : `là ${count} tệp`;
    assert.ok(item.includes(says), `${file} says "${says}": ${item.slice(0, 120)}…`);
  });
}
