// English strings are a lazy chunk: until they load, msg() answers in
// Vietnamese; after loadLocale('en') it answers in English.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {msg} from '@lit/localize';
import {isLocaleLoaded, loadLocale, withLocale} from '../../src/core/locale.js';

test('English loads on demand, Vietnamese needs nothing', async () => {
  assert.equal(isLocaleLoaded('vi'), true);
  assert.equal(isLocaleLoaded('en'), false, 'nothing has asked for English yet');
  assert.equal(withLocale('en', () => msg('Thử lại')), 'Thử lại', 'Vietnamese until the strings arrive');

  const first = loadLocale('en');
  assert.equal(loadLocale('en'), first, 'one load, however many elements ask');
  await first;
  assert.equal(isLocaleLoaded('en'), true);
  assert.equal(withLocale('en', () => msg('Thử lại')), 'Try again');
  assert.equal(withLocale('vi', () => msg('Thử lại')), 'Thử lại');
});
