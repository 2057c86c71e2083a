import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import type {ReactiveControllerHost} from 'lit';
import {ContentController, DEFAULT_MAX_BYTES} from '../../src/core/content-controller.js';

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

test('a body over the cap is refused while it streams, with the cap as detail', async () => {
  const served = serve([{size: 200 * 1024}]);
  const content = new ContentController<string>(host, {parse: (text) => text, maxBytes: 100 * 1024});
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.value, undefined);
  assert.equal(content.error?.kind, 'too-large');
  assert.equal(content.error?.detail, String(100 * 1024));
  assert.ok(served[0].pulled < 200 * 1024, `read ${served[0].pulled} bytes of 200 kB: it stopped early`);
});

test('a Content-Length over the cap is refused before reading', async () => {
  const served = serve([{size: 200 * 1024, contentLength: true}]);
  const content = new ContentController<string>(host, {parse: (text) => text, maxBytes: 100 * 1024});
  await content.load('https://hoaloa.example/lich.ics');
  assert.equal(content.error?.kind, 'too-large');
  assert.ok(served[0].pulled <= 64 * 1024, `read ${served[0].pulled} bytes`);
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
