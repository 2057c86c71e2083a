// `npm run bench`: builds, then prints figures. Nothing here asserts: budgets are
// printed beside the measurements so a reader can judge them.
//
// Each test/bench/*.bench.ts exports `bench(ctx)`. It gets a Chromium page on
// http://127.0.0.1:<port>/ serving dist/ (dist/loa.js is at /loa.js, and
// /bench/blank.html is an empty page that loads it) and a `report` function.
import {execFileSync} from 'node:child_process';
import {readdirSync, writeFileSync, mkdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import type {BenchContext} from './bench-kit.js';
import {CHROMIUM_ARGS, requireChromium} from '../../scripts/browser.mjs';
import {DIST, startServer} from '../../scripts/serve.mjs';


const here = fileURLToPath(new URL('.', import.meta.url));
if (!process.argv.includes('--no-build')) {
  execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit', cwd: fileURLToPath(new URL('../..', import.meta.url))});
}
mkdirSync(`${DIST}bench`, {recursive: true});
writeFileSync(
  `${DIST}bench/blank.html`,
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/loa.js"></script></head><body></body></html>'
);

const executablePath = await requireChromium();
const server = await startServer({port: 0});
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});

const report: BenchContext['report'] = (title, rows) => {
  console.log(`\n## ${title}`);
  console.table(rows);
};

const BENCH_LIMIT_S = Number(process.env.BENCH_LIMIT_S ?? 600);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  const page = await browser.newPage();
  try {
    const mod = (await import(pathToFileURL(`${here}${file}`).href)) as {bench: (ctx: BenchContext) => Promise<void>};
    // A stuck benchmark must not hang the whole run: give each one a time limit.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${BENCH_LIMIT_S} s`)), BENCH_LIMIT_S * 1000);
    });
    await Promise.race([mod.bench({page, origin, report}), limit]).finally(() => clearTimeout(timer));
  } catch (error) {
    console.log(`\n## ${file}: failed to run\n${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();
