// A lazy chunk loads once however many ask; one that does not arrive is
// reported as a missing file or as no network (never the browser's English),
// and is tried again on the next call.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {entryFileName, lazyPart, whyNotLoaded} from '../../src/core/lazy-part.js';
import {ContentError} from '../../src/core/content-error.js';

const CHROMIUM = 'Failed to fetch dynamically imported module: https://xa.example/js/chunks/ical-C0RLlwpK.js';

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

test('a chunk that does not arrive rejects with a ContentError, kept in `error`, and the next call tries again', async () => {
  let attempts = 0;
  const part = lazyPart(async () => {
    attempts++;
    // No address in the message: the check asks for this test's own file: URL, which fetch refuses.
    if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return {ok: true};
  });
  await assert.rejects(part.load(), (error) => error instanceof ContentError && error.kind === 'network');
  assert.equal(part.module, undefined);
  assert.equal(part.error?.kind, 'network');
  assert.deepEqual(await part.load(), {ok: true});
  assert.equal(part.error, undefined);
  assert.equal(attempts, 2);
});

test('a server that answers means the file is missing: the error names it, without the browser English', async () => {
  const asked: string[] = [];
  const error = await whyNotLoaded(new TypeError(CHROMIUM), async (url) => (asked.push(url), true));
  assert.equal(error.kind, 'missing-file');
  assert.deepEqual(asked, ['https://xa.example/js/chunks/ical-C0RLlwpK.js'], 'the named chunk is asked for again');
  // Not beside this (source) module, so the file name alone.
  assert.equal(error.detail, 'ical-C0RLlwpK.js');
  assert.equal(error.url, 'https://xa.example/js/chunks/ical-C0RLlwpK.js');
});

test('no answer at all means no network', async () => {
  const error = await whyNotLoaded(new TypeError(CHROMIUM), async () => false);
  assert.equal(error.kind, 'network');
});

test('Firefox words it differently; Safari names no file, and then the error names none', async () => {
  const firefox = await whyNotLoaded(new TypeError('error loading dynamically imported module: https://xa.example/chunks/qr-svg-yxn5.js'), async () => true);
  assert.equal(firefox.detail, 'qr-svg-yxn5.js');
  const asked: string[] = [];
  const safari = await whyNotLoaded(new TypeError('Importing a module script failed.'), async (url) => (asked.push(url), true));
  assert.equal(safari.kind, 'missing-file');
  assert.equal(safari.detail, '');
  assert.equal(asked.length, 1, 'the server is still asked (for the entry itself)');
});

test('an offline browser is no network, without asking the server', async () => {
  // Node 20 has no navigator; newer Node has one without onLine. Either way, put an offline one in.
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', {value: {onLine: false}, configurable: true});
  try {
    let asked = false;
    const error = await whyNotLoaded(new TypeError(CHROMIUM), async () => (asked = true));
    assert.equal(error.kind, 'network');
    assert.equal(asked, false);
  } finally {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else Reflect.deleteProperty(globalThis, 'navigator');
  }
});

test('the entry is called loa.js when Loa runs from sources', () => {
  assert.equal(entryFileName(), 'loa.js');
});

test('every chunk in src/ and kiosk/ is a lazyPart, never a bare import()', () => {
  // A bare import() that fails rejects with the browser's English ("Failed to
  // fetch dynamically imported module: …"); a lazyPart says which file is
  // missing, in the reader's language. The kiosk too: it warms and reads the
  // elements' chunks through the elements' own loaders (src/*/…-chunks.ts),
  // and loads its element definitions through lazyPart (kiosk/main.ts). No
  // exceptions.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const files = ['src', 'kiosk'].flatMap((dir) => walk(join(root, dir)));
  assert.ok(files.some((file) => file.endsWith('kiosk/main.ts')), 'the kiosk is scanned');
  const bare = files
    .filter((file) => file.endsWith('.ts') && !file.includes('/generated/') && !file.includes('/public/'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/)/.test(line) && !line.includes('lazyPart(() => import('))
        .flatMap((line) => [...line.matchAll(/(?<!typeof )\bimport\((['"][^'"]+['"])\)/g)].map((m) => `${relative(root, file)}: import(${m[1]})`))
    );
  assert.deepEqual(bare, []);
});
