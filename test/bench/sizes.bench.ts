// Bundle sizes against the budgets of issue 2: min+gzip and brotli for dist/loa.js
// (initial load, lazy chunks listed apart) and for each per-widget entry.
import {readdirSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {DIST} from '../../scripts/serve.mjs';
import {bundleGraph, compressedSize, type BenchContext} from './bench-kit.js';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;


export async function bench({report}: BenchContext): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  const entries: Array<[string, number]> = [[join(DIST, 'loa.js'), 35_000]];
  const widgetDir = join(DIST, 'widgets');
  if (existsSync(widgetDir)) {
    // Issue 18: the progress entry has 15 kB, its CSV reader (Papa Parse) a lazy chunk; issue 19: so has search, MiniSearch lazy.
    for (const f of readdirSync(widgetDir).filter((f) => f.endsWith('.js'))) entries.push([join(widgetDir, f), f === 'loa-progress.js' || f === 'loa-search.js' ? 15_000 : 20_000]);
  }
  for (const [entry, budget] of entries) {
    const {initial, lazy} = bundleGraph(entry);
    const size = compressedSize(initial);
    rows.push({
      entry: relative(DIST, entry),
      'min (raw)': kB(size.raw),
      'min+gzip': kB(size.gzip),
      brotli: kB(size.brotli),
      budget: `${kB(budget)} gzip`,
      within: size.gzip <= budget ? 'yes' : 'NO',
    });
    for (const chunk of lazy) {
      const s = compressedSize([chunk]);
      rows.push({entry: `  lazy: ${relative(DIST, chunk)}`, 'min (raw)': kB(s.raw), 'min+gzip': kB(s.gzip), brotli: kB(s.brotli), budget: '-', within: '-'});
    }
  }
  report('Bundle sizes (issue 2 budgets)', rows);
}
