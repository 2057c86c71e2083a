// The kiosk's own look at the feeds (kiosk/src/content-sync.ts) reads each
// source with the elements' byte cap (core/read-capped.ts): an endless or huge
// news feed is refused while it streams, logged as a source that did not load,
// and never held in memory whole; the other sources still count.
import {afterEach, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import type {KioskConfig} from '../../kiosk/src/config.js';
import {syncContent} from '../../kiosk/src/content-sync.js';
import {DEFAULT_MAX_BYTES} from '../../src/core/read-capped.js';

const NEWS = 'https://hoaloa.example/content/news.json';
const EVENTS = 'https://hoaloa.example/content/events.ics';
const config = {
  languages: ['vi'],
  sources: {news: {vi: NEWS}, events: {vi: EVENTS}, guides: [], guidesBase: 'https://hoaloa.example/content/guides/'},
} as unknown as KioskConfig;
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20261203T010000Z', 'SUMMARY:Lớp kỹ năng số', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

const realFetch = globalThis.fetch;
let pulled = 0;
beforeEach(() => {
  pulled = 0;
  // content-sync warms the cache once the page is idle: not in this test.
  Object.assign(globalThis, {window: globalThis, requestIdleCallback: () => 0});
});
afterEach(() => {
  globalThis.fetch = realFetch;
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'requestIdleCallback');
});

/** The news feed as a body that never ends (64 kB at a time, no Content-Length), unless `length` is sent; the calendar as it is. */
function serve(news: {length?: number} = {}) {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    if (url === EVENTS) return new Response(ICS);
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return new Response(body, {headers: news.length ? {'content-length': String(news.length)} : {}});
  }) as typeof fetch;
}

test('an endless news feed is refused once it passes 5 MB; the calendar is still read', async () => {
  serve();
  const result = await syncContent(config, 'vi', new Date('2026-12-02T00:00:00Z'));
  assert.equal(result.online, false);
  assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
  assert.deepEqual(
    {...result.errors[0], detail: undefined},
    {kind: 'source', source: 'news', detail: undefined},
    'logged as the news source that did not load'
  );
  assert.match(String((result.errors[0] as {detail?: string}).detail), /too-large: 5242880/);
  // The body never ends: it stopped at the cap (a stream pulls a chunk or two ahead).
  assert.ok(pulled <= DEFAULT_MAX_BYTES + 4 * 64 * 1024, `read ${pulled} bytes`);
  assert.equal(result.highlights.event?.title, 'Lớp kỹ năng số');
});

test('a Content-Length over 5 MB is refused before reading', async () => {
  serve({length: 12 * 1024 * 1024});
  const result = await syncContent(config, 'vi', new Date('2026-12-02T00:00:00Z'));
  assert.match(String((result.errors[0] as {detail?: string}).detail), /too-large/);
  assert.ok(pulled <= 64 * 1024, `read ${pulled} bytes`);
});
