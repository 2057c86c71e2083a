// The size budgets of issue 2, held by every `npm test` rather than only
// reported by `npm run bench -- sizes`: dist/loa.js, with every chunk it
// imports statically (its initial load), within 35,000 bytes min+gzip, and each
// widgets/loa-*.js within 20,000 (widgets/loa-progress.js within 15,000, issue
// 18, its CSV reader a lazy chunk; widgets/loa-search.js within 15,000, issue 19,
// MiniSearch a lazy chunk). Lazy chunks are not counted. Measured with
// the bench's own helpers (test/bench/bench-kit.ts). Runs after the build
// (scripts/test.mjs, stage "after-build").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {bundleGraph, compressedSize} from '../bench/bench-kit.js';
import {DIST, requireBuild} from './built.js';

export const LOA_JS_BUDGET = 35_000;
export const WIDGET_BUDGET = 20_000;
/** Issue 18: the progress entry, CSV parser included (lazy). */
/** Issue 19: the search entry, MiniSearch and the index a lazy chunk (search-engine). */
export const WIDGET_BUDGETS: Record<string, number> = {'loa-progress.js': 15_000, 'loa-search.js': 15_000};

test(`dist/loa.js is within ${LOA_JS_BUDGET} bytes min+gzip`, (t) => {
  if (!requireBuild(t, 'loa.js')) return;
  const {initial} = bundleGraph(join(DIST, 'loa.js'));
  const {gzip} = compressedSize(initial);
  t.diagnostic(`loa.js: ${gzip} bytes gzip (${initial.length} file(s))`);
  assert.ok(gzip <= LOA_JS_BUDGET, `loa.js is ${gzip} bytes min+gzip, over its ${LOA_JS_BUDGET}-byte budget`);
});

test(`each dist/widgets/loa-*.js is within ${WIDGET_BUDGET} bytes min+gzip`, (t) => {
  if (!requireBuild(t, 'widgets/loa-news.js')) return;
  const widgets = readdirSync(join(DIST, 'widgets')).filter((f) => /^loa-[\w-]+\.js$/.test(f));
  assert.deepEqual(widgets.sort(), ['loa-howto.js', 'loa-news.js', 'loa-progress.js', 'loa-qr.js', 'loa-schedule.js', 'loa-search.js'], 'one entry per element');
  const over: string[] = [];
  for (const widget of widgets) {
    const {gzip} = compressedSize(bundleGraph(join(DIST, 'widgets', widget)).initial);
    const budget = WIDGET_BUDGETS[widget] ?? WIDGET_BUDGET;
    t.diagnostic(`widgets/${widget}: ${gzip} bytes gzip (budget ${budget})`);
    if (gzip > budget) over.push(`widgets/${widget} is ${gzip} bytes, over its ${budget}`);
  }
  assert.deepEqual(over, [], 'over budget');
});
