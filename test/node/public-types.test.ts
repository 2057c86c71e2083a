// A strict TypeScript consumer type-checks against the sources (src/index.ts),
// and `loa-link-activate` reaches its listeners with a typed `detail`. The
// emitted .d.ts files are checked the same way after the build
// (test/after-build/public-types.test.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {typecheckConsumer} from '../helpers/consumer-types.js';

test('a strict TypeScript consumer type-checks against src/index.ts', () => {
  const {status, output} = typecheckConsumer();
  assert.equal(status, 0, `tsc --noEmit failed:\n${output}`);
});
