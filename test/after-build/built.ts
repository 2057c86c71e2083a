// What the tests in test/after-build/ share: the build they check, which
// scripts/test.mjs has just made (dist/, or the folder LOA_DIST names).
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {TestContext} from 'node:test';
import {DIST} from '../../scripts/serve.mjs';

export {DIST};

/**
 * True when the build holds `file`. Without it the test fails under CI, where
 * `npm test` has just built and a missing file means the build is broken, and
 * is skipped elsewhere (a test file run by hand), saying how to build.
 */
export function requireBuild(t: TestContext, file: string): boolean {
  if (existsSync(join(DIST, file))) return true;
  const why = `${DIST} has no ${file}: run \`node scripts/build.mjs\` (or LOA_DIST=… node scripts/build.mjs) first.`;
  if (process.env.CI) assert.fail(`${why} (CI is set, so a missing build fails)`);
  t.skip(why);
  return false;
}
