// Bundle sizes against the budgets of issue 2: min+gzip and brotli for dist/loa.js
// (initial load, lazy chunks listed apart) and for each per-widget entry.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync, brotliCompressSync} from 'node:zlib';
import {join, dirname, relative} from 'node:path';
import {DIST} from '../../scripts/serve.mjs';
import type {BenchContext} from './bench-kit.js';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** The entry plus every chunk it imports statically (what the browser loads up front). */
function staticGraph(entry: string): {initial: string[]; lazy: string[]} {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), m[1]));
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) lazy.add(join(dirname(file), m[1]));
  };
  visit(entry);
  return {initial: [...initial], lazy: [...lazy].filter((f) => !initial.has(f))};
}

function measure(files: string[]) {
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return {raw: code.length, gzip: gzipSync(code, {level: 9}).length, brotli: brotliCompressSync(code).length};
}

export async function bench({report}: BenchContext): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  const entries: Array<[string, number]> = [[join(DIST, 'loa.js'), 35_000]];
  const widgetDir = join(DIST, 'widgets');
  if (existsSync(widgetDir)) {
    for (const f of readdirSync(widgetDir).filter((f) => f.endsWith('.js'))) entries.push([join(widgetDir, f), 20_000]);
  }
  for (const [entry, budget] of entries) {
    const {initial, lazy} = staticGraph(entry);
    const size = measure(initial);
    rows.push({
      entry: relative(DIST, entry),
      'min (raw)': kB(size.raw),
      'min+gzip': kB(size.gzip),
      brotli: kB(size.brotli),
      budget: `${kB(budget)} gzip`,
      within: size.gzip <= budget ? 'yes' : 'NO',
    });
    for (const chunk of lazy) {
      const s = measure([chunk]);
      rows.push({entry: `  lazy: ${relative(DIST, chunk)}`, 'min (raw)': kB(s.raw), 'min+gzip': kB(s.gzip), brotli: kB(s.brotli), budget: '-', within: '-'});
    }
  }
  report('Bundle sizes (issue 2 budgets)', rows);
}
