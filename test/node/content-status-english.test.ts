// An English element whose chunks did not load still says why in English
// (issue 13): the English strings are a chunk too, so core carries the two
// sentences for a missing file and for no network itself. They must stay the
// very words locales/en.xlf gives those msg() calls, and be used only while
// the English strings are missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ContentError} from '../../src/core/content-error.js';
import {errorMessage, errorMessageLang} from '../../src/core/content-status.js';
import {isLocaleLoaded, loadLocale, withLocale} from '../../src/core/locale.js';

const ERRORS = [
  new ContentError('network', 'chunk: Failed to fetch'),
  new ContentError('missing-file', 'chunks/feed-parse-AbC123.js'),
  new ContentError('missing-file', ''),
];

/** What an element says for `error`: its text in `rendered` (Vietnamese when English did not load), though it asked for `asked`. */
const say = (error: ContentError, rendered: 'vi' | 'en', asked: 'vi' | 'en') =>
  withLocale(rendered, () => ({text: errorMessage(error, rendered), lang: errorMessageLang(error)}), asked);

test('without the English strings, an English element says a missing file or no network in built-in English, marked lang="en"', async () => {
  assert.equal(isLocaleLoaded('en'), false);
  const builtIn = ERRORS.map((error) => say(error, 'vi', 'en'));
  assert.deepEqual(
    builtIn.map((s) => s.text),
    [
      'Cannot connect to the network. Please check the connection and try again.',
      'Could not load the file chunks/feed-parse-AbC123.js. Copy the whole chunks/ folder next to loa.js.',
      'Could not load a file from the chunks/ folder. Copy the whole chunks/ folder next to loa.js.',
    ]
  );
  assert.ok(builtIn.every((s) => s.lang === 'en'));
  // A Vietnamese element is not touched, and other errors wait for the English strings as before.
  assert.match(say(ERRORS[1], 'vi', 'vi').text, /^Không tải được tệp chunks\/feed-parse-AbC123\.js\. Hãy chép cả thư mục chunks\/ cạnh loa\.js\.$/);
  assert.equal(say(ERRORS[1], 'vi', 'vi').lang, undefined);
  assert.equal(say(new ContentError('timeout'), 'vi', 'en').lang, undefined);

  // Once the English strings are there, msg() answers, in the same words.
  await loadLocale('en');
  assert.equal(isLocaleLoaded('en'), true);
  const translated = ERRORS.map((error) => say(error, 'en', 'en'));
  assert.deepEqual(translated.map((s) => s.text), builtIn.map((s) => s.text), 'the built-in English is en.xlf\'s translation, word for word');
  assert.ok(translated.every((s) => s.lang === undefined), 'no lang of its own once the whole element is English');
});
