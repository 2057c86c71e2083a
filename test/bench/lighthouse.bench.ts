// Lighthouse scores for the built demo site and kiosk (issue 8), with mobile
// emulation (Lighthouse's default), in the system Chromium. Prints the four
// category scores beside their targets and the audits that cost points; it
// never asserts. Run: `npm run bench -- lighthouse` (add --no-build to reuse dist/;
// LOA_LIGHTHOUSE_PAGES=kiosk picks pages; LOA_LIGHTHOUSE_RUNS=1 for one run each).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_ARGS, requireChromium} from '../../scripts/browser.mjs';
import type {BenchContext} from './bench-kit.js';

const CATEGORIES = ['accessibility', 'best-practices', 'seo', 'performance'] as const;

/** Targets of issue 8 (SEO only counts for the public demo site). */
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
  performance: 95,
};

const PAGES: Array<[string, string]> = [
  ['demo: home', '/demo/'],
  ['demo: news', '/demo/binh-dan-hoc-vu-so/tin-tuc/'],
  ['demo: events', '/demo/binh-dan-hoc-vu-so/lich/'],
  ['demo: guide', '/demo/huong-dan/vneid-muc-2/'],
  ['demo: embedding guide', '/demo/huong-dan-nhung/'],
  ['kiosk', '/kiosk/'],
];

/** `LOA_LIGHTHOUSE_PAGES=kiosk,events` runs only the pages whose names contain one of these words. */
const ONLY = (process.env.LOA_LIGHTHOUSE_PAGES ?? '').split(',').filter(Boolean);

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}

interface Result {
  categories: Record<string, {score: number | null; auditRefs: Array<{id: string; weight: number}>}>;
  audits: Record<string, Audit>;
}

/** Lighthouse scores vary from run to run: each page runs this many times and the median counts. */
const RUNS = Math.max(1, Number(process.env.LOA_LIGHTHOUSE_RUNS ?? 3));

export async function bench({origin, report}: BenchContext): Promise<void> {
  const chromePath = await requireChromium();
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new']});
  const scores: Array<Record<string, string | number>> = [];
  const failing: Array<Record<string, string | number>> = [];
  try {
    for (const [name, path] of PAGES) {
      if (ONLY.length && !ONLY.some((word) => name.includes(word))) continue;
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (run) runs.push(run.lhr as unknown as Result);
      }
      if (!runs.length) continue;
      const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      // The run with the median performance score stands for the page; its audits are listed.
      runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const lhr = runs[Math.floor((runs.length - 1) / 2)];
      const row: Record<string, string | number> = {page: name};
      for (const category of CATEGORIES) {
        const all = runs.map((r) => score(r, category));
        const median = score(lhr, category);
        const target = TARGETS[category];
        const counts = category !== 'seo' || path.startsWith('/demo/');
        const spread = Math.min(...all) === Math.max(...all) ? '' : ` (${Math.min(...all)}–${Math.max(...all)})`;
        row[category] = `${median}${spread} / ${counts ? target : '–'}${counts && median < target ? ' BELOW' : ''}`;
        // The scored audits that cost points in this category, heaviest first;
        // unweighted performance opportunities go on one line.
        const refs = [...lhr.categories[category].auditRefs].sort((a, b) => b.weight - a.weight);
        const opportunities: string[] = [];
        for (const ref of refs) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative') continue;
          if (ref.weight > 0) {
            failing.push({page: name, category, audit: ref.id, score: Math.round(audit.score * 100), weight: ref.weight, value: audit.displayValue ?? audit.title});
          } else if (audit.displayValue?.startsWith('Est savings')) {
            opportunities.push(`${ref.id} (${audit.displayValue.replace('Est savings of ', '')})`);
          }
        }
        if (opportunities.length) failing.push({page: name, category, audit: 'opportunities', score: '-', weight: 0, value: opportunities.join(', ')});
      }
      scores.push(row);
    }
  } finally {
    await chrome.kill();
  }
  report(`Lighthouse, mobile emulation: median of ${RUNS} runs (range) / target`, scores);
  report('Lighthouse audits below 90 (median run)', failing.length ? failing : [{result: 'none'}]);
}
