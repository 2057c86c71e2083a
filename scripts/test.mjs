// `npm test`: every test, in order of speed. Stops at the first failing stage.
//   0. the types (tsc --noEmit) and the structure rules (scripts/check-structure.mjs)
//   1. unit tests in Node (pure modules, content pack, localization)
//   2. component tests in the system Chromium (axe, keyboard, accessibility tree)
//   3. a production build, then the checks of the build itself (test/after-build/:
//      size budgets, the npm package, the emitted types, in Node; the bundle's
//      exports under Trusted Types, in Chromium), then end-to-end tests against it
//      with playwright-core. Those checks fail when the build is missing and CI is
//      set, and are skipped with a hint when a file is run by hand without one.
//   4. the screen-reader suite: Orca, a real screen reader, over the built demo
//      site and kiosk (test/screen-reader/README.md)
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {requireChromium} from './browser.mjs';

const chrome = await requireChromium();
const env = {...process.env, CHROME_PATH: chrome};
// Listed file by file: node's test runner is given files, so the order is known and stable.
const testFiles = (dir) => readdirSync(new URL(`../${dir}`, import.meta.url)).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`);
const stages = [
  // Seconds each: the types (TypeScript strict, the tests' too, which nothing else checks) and the
  // structure rules (no import cycle, no file over 450 lines).
  ['types', 'npx', ['tsc', '--noEmit']],
  ['structure', 'node', ['scripts/check-structure.mjs']],
  ['unit', 'node', ['--import', 'tsx', '--test', ...testFiles('test/node')]],
  ['components', 'npx', ['wtr', '--config', 'test/web-test-runner.config.js']],
  ['build', 'node', ['scripts/build.mjs']],
  ['after-build', 'node', ['--import', 'tsx', '--test', ...testFiles('test/after-build')]],
  ['after-build-browser', 'npx', ['wtr', '--config', 'test/web-test-runner.config.js', '--files', 'test/after-build/browser/**/*.test.ts']],
  // Two files at a time: each has its own server (a random port) and browser, and most of their
  // time is spent waiting (idle timeouts, service workers), so two share the 2 cores of CI well.
  // All passed this way on a machine loaded 5 times over.
  ['end-to-end', 'node', ['--import', 'tsx', '--test', '--test-concurrency=2', ...testFiles('test/e2e')]],
  ['screen-reader', 'node', ['--import', 'tsx', '--test', 'test/screen-reader/screen-reader.test.ts']],
];
const only = process.argv.slice(2);
for (const [name, cmd, args] of stages) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {stdio: 'inherit', env, cwd: new URL('..', import.meta.url)});
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
