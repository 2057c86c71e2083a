import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import type {ReactiveControllerHost} from 'lit';
import {ContentController, DEFAULT_MAX_BYTES} from '../../src/core/content-controller.js';
import {ContentError} from '../../src/core/content-error.js';
import {errorMessage} from '../../src/core/content-status.js';
import {loadLocale, withLocale} from '../../src/core/locale.js';

/*
 * The byte cap of every content element: bodies are read as a stream and
 * refused once they pass the cap, and the last good content stays.
 */

const host = {addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true)} as unknown as ReactiveControllerHost;
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** A server answering `bodies` in turn, in chunks of 64 kB, with no Content-Length unless asked. */
function serve(bodies: Array<{size: number; contentLength?: boolean}>) {
  const served: Array<{pulled: number}> = [];
  globalThis.fetch = (async () => {
    const {size, contentLength} = bodies[Math.min(served.length, bodies.length - 1)];
    const record = {pulled: 0};
    served.push(record);
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const left = size - record.pulled;
        if (left <= 0) return controller.close();
        const part = left >= chunk.byteLength ? chunk : chunk.slice(0, left);
        record.pulled += part.byteLength;
        controller.enqueue(part);
      },
    });
    return new Response(stream, {headers: contentLength ? {'content-length': String(size)} : {}});
  }) as typeof fetch;
  return served;
}

test('a body over the cap is refused while it streams, with the cap as detail and no size (it was not read whole)', async () => {
  const served = serve([{size: 200 * 1024}]);
  const content = new ContentController<string>(host, {parse: (text) => text, maxBytes: 100 * 1024});
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.value, undefined);
  assert.equal(content.error?.kind, 'too-large');
  assert.equal(content.error?.detail, String(100 * 1024));
  assert.equal(content.error?.size, undefined);
  assert.equal(errorMessage(content.error!), 'Tệp quá lớn (hơn 100 kB) nên không hiển thị.');
  assert.ok(served[0].pulled < 200 * 1024, `read ${served[0].pulled} bytes of 200 kB: it stopped early`);
});

test('a Content-Length over the cap is refused before reading, and the message gives that size', async () => {
  const served = serve([{size: 200 * 1024, contentLength: true}]);
  const content = new ContentController<string>(host, {parse: (text) => text, maxBytes: 100 * 1024});
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.error?.kind, 'too-large');
  assert.equal(content.error?.size, 200 * 1024);
  assert.equal(errorMessage(content.error!), 'Tệp 200 kB, quá giới hạn 100 kB, nên không hiển thị.');
  assert.ok(served[0].pulled <= 64 * 1024, `read ${served[0].pulled} bytes`);
});

test('the size is said with the reader\'s number format, in either language', async () => {
  const tooLarge = (size?: number) => new ContentError('too-large', String(DEFAULT_MAX_BYTES), 'https://hoaloa.example/tin.xml', 'en', size);
  const size = Math.round(12.3 * 1024 * 1024);
  assert.equal(errorMessage(tooLarge(size), 'vi'), 'Tệp 12,3 MB, quá giới hạn 5 MB, nên không hiển thị.');
  // A size that rounds to the cap reads as the cap, so it is said as "more than".
  assert.equal(errorMessage(tooLarge(DEFAULT_MAX_BYTES + 10), 'vi'), 'Tệp quá lớn (hơn 5 MB) nên không hiển thị.');
  await loadLocale('en');
  assert.equal(withLocale('en', () => errorMessage(tooLarge(size), 'en')), 'The file is 12.3 MB, over the 5 MB limit, so it is not shown.');
  assert.equal(withLocale('en', () => errorMessage(tooLarge(), 'en')), 'The file is too large (over 5 MB), so it is not shown.');
});

test('a body at the cap is read whole; a larger one later keeps the last good content', async () => {
  serve([{size: 100 * 1024}, {size: 100 * 1024 + 1}]);
  const content = new ContentController<string>(host, {parse: (text) => text, maxBytes: 100 * 1024});
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.error?.kind, undefined);
  assert.equal(content.value?.length, 100 * 1024);
  const loadedAt = content.loadedAt;
  await content.reload();
  assert.equal(content.error?.kind, 'too-large');
  assert.equal(content.value?.length, 100 * 1024, 'the last good content stays');
  assert.equal(content.loadedAt, loadedAt);
});

test('5 MB by default', async () => {
  serve([{size: DEFAULT_MAX_BYTES + 1}]);
  assert.equal(DEFAULT_MAX_BYTES, 5 * 1024 * 1024);
  const content = new ContentController<string>(host, {parse: (text) => text});
  assert.equal(content.maxBytes, DEFAULT_MAX_BYTES);
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.error?.kind, 'too-large');
  assert.equal(content.error?.detail, String(DEFAULT_MAX_BYTES));
});
