import {test} from 'node:test';
import assert from 'node:assert/strict';
import {keepLast} from '../../src/core/keep-last.js';

test('keepLast: the same arguments give the kept answer without calling again', () => {
  let calls = 0;
  const read = keepLast((text: string, base?: string) => ({text, base, n: ++calls}));
  const first = read('{"a":1}', 'https://x.example/a.json');
  assert.equal(read('{"a":1}', 'https://x.example/a.json'), first);
  assert.equal(calls, 1);
  // Another base, or another text, is another answer.
  assert.notEqual(read('{"a":1}', 'https://x.example/b.json'), first);
  assert.notEqual(read('{"a":2}', 'https://x.example/a.json'), first);
  assert.notEqual(read('{"a":1}'), first);
  assert.equal(calls, 4);
});

test('keepLast: keeps only the last few, the most recently used first', () => {
  let calls = 0;
  const read = keepLast((text: string) => ({text, n: ++calls}), 2);
  const a = read('a');
  read('b');
  assert.equal(read('a'), a); // a is now the most recent
  read('c'); // b falls out
  assert.equal(read('a'), a);
  assert.equal(calls, 3);
  read('b');
  assert.equal(calls, 4);
});

test('keepLast: a failure is not kept', () => {
  let calls = 0;
  const read = keepLast((text: string) => {
    calls++;
    if (text === 'bad') throw new Error('unreadable');
    return text;
  });
  assert.throws(() => read('bad'));
  assert.throws(() => read('bad'));
  assert.equal(calls, 2);
});
