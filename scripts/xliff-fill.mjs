// Adds English <target>s to locales/en.xlf from a JSON file {"trans-unit id": "English"}.
// Write placeholders as {0}, {1}…; they become the source's <x id="N" …/> markers, so
// translators never type XLIFF. Usage: node scripts/xliff-fill.mjs translations.json
import {readFileSync, writeFileSync} from 'node:fs';

const path = new URL('../locales/en.xlf', import.meta.url);
const todo = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
let filled = 0;
const xlf = readFileSync(path, 'utf8').replace(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g, (unit, id, body) => {
  if (!(id in todo) || body.includes('<target>')) return unit;
  const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
  const markers = Object.fromEntries([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
  const target = escape(todo[id]).replace(/\{(\d+)\}/g, (_, n) => markers[n]);
  filled++;
  return unit.replace('</source>', `</source>\n  <target>${target}</target>`);
});
writeFileSync(path, xlf);
console.log(`filled ${filled} of ${Object.keys(todo).length}`);
