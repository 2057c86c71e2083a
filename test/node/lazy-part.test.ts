// A lazy chunk loads once however many ask; one that does not arrive is a
// network error and is tried again on the next call.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lazyPart} from '../../src/core/lazy-part.js';
import {ContentError} from '../../src/core/content-error.js';

test('loads once, then the module is there synchronously', async () => {
  let imports = 0;
  const part = lazyPart(async () => ({answer: ++imports}));
  assert.equal(part.module, undefined);
  part.prefetch();
  const [a, b] = await Promise.all([part.load(), part.load()]);
  assert.equal(imports, 1);
  assert.equal(a, b);
  assert.deepEqual(part.module, {answer: 1});
});

test('a chunk that does not arrive is a network error, and the next call tries again', async () => {
  let attempts = 0;
  const part = lazyPart(async () => {
    attempts++;
    if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return {ok: true};
  });
  await assert.rejects(part.load(), (error) => error instanceof ContentError && error.kind === 'network');
  assert.equal(part.module, undefined);
  assert.deepEqual(await part.load(), {ok: true});
  assert.equal(attempts, 2);
});
