// A strict TypeScript consumer type-checks against the built types
// (dist/lib/*.d.ts, or LOA_DIST's), installed as a package and reached through
// package.json `exports`, so the .d.ts files are proved emitted right. Runs
// after the build (scripts/test.mjs, stage "after-build").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {typecheckConsumer} from '../helpers/consumer-types.js';
import {DIST, requireBuild} from './built.js';

test('a strict TypeScript consumer type-checks against the built dist/lib/*.d.ts', (t) => {
  if (!requireBuild(t, 'lib/index.d.ts')) return;
  const {status, output} = typecheckConsumer(DIST);
  assert.equal(status, 0, `tsc --noEmit failed:\n${output}`);
});
