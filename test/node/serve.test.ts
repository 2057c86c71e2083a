// The static server (scripts/serve.mjs) faces the network: hostile request
// lines must not crash it, read outside its root, redirect off-site or stall it.
//
// Requests go over raw sockets because fetch and node:http normalise paths
// (`/%2e%2e/` and `//host` would never reach the server as written). Each test
// runs its own server in a child process, so a request that kills the server
// fails that test alone, and the next request shows whether it is still alive.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';

const SERVER_MODULE = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));

// A temporary tree: the served root, an extra root, and a secret beside them.
const TMP = mkdtempSync(join(tmpdir(), 'loa-serve-'));
const ROOT = join(TMP, 'root');
const EXTRA = join(TMP, 'extra');
const SECRET = 'secret outside the root';
const APP_JS = Array.from({length: 2000}, (_, i) => `export const line${i} = ${i};\n`).join('');

before(() => {
  mkdirSync(join(ROOT, 'sub'), {recursive: true});
  mkdirSync(join(ROOT, 'evil.example'));
  mkdirSync(EXTRA);
  mkdirSync(join(TMP, 'outside'));
  writeFileSync(join(ROOT, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(ROOT, 'app.js'), APP_JS);
  writeFileSync(join(ROOT, 'sub', 'index.html'), '<h1>sub</h1>');
  writeFileSync(join(ROOT, 'evil.example', 'index.html'), '<h1>a folder named like a host</h1>');
  writeFileSync(join(EXTRA, 'page.html'), '<h1>extra</h1>');
  writeFileSync(join(TMP, 'outside', 'secret.txt'), SECRET);
  symlinkSync('/etc', join(ROOT, 'link-etc'));
  symlinkSync('/etc/passwd', join(ROOT, 'link-passwd'));
  symlinkSync(join(TMP, 'outside'), join(ROOT, 'link-outside'));
  symlinkSync('app.js', join(ROOT, 'alias.js'));
  symlinkSync(ROOT, join(TMP, 'root-link'));
});

after(() => rmSync(TMP, {recursive: true, force: true}));

interface Served {
  port: number;
  process: ChildProcess;
}

/** Starts serve.mjs in a child process on a random port. */
async function startChild(root = ROOT): Promise<Served> {
  const script = `
    const [module, root, extra] = process.argv.slice(1);
    const {startServer} = await import(module);
    const server = await startServer({port: 0, root, extraRoots: {'/extra/': extra}});
    console.log(server.address().port);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(SERVER_MODULE).href, root, EXTRA], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return {port, process: child};
}

/** Runs `body` against a fresh server and stops the server afterwards. */
async function withServer(body: (port: number) => Promise<void>, root?: string): Promise<void> {
  const served = await startChild(root);
  try {
    await body(served.port);
  } finally {
    served.process.kill();
  }
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** When the first byte arrived and when the response ended (performance.now()). */
  firstByteAt: number;
  endedAt: number;
}

/** Sends `GET <target>` exactly as written and reads the response until the server closes. */
function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const lines = [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(lines.join('\r\n') + '\r\n\r\n', 'latin1'));
    const chunks: Buffer[] = [];
    let firstByteAt = 0;
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.on('data', (chunk: Buffer) => {
      firstByteAt ||= performance.now();
      chunks.push(chunk);
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      if (split === -1) return reject(new Error(`no response to ${JSON.stringify(target)}: ${JSON.stringify(raw.toString('latin1'))}`));
      const [statusLine, ...headerLines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({status: Number(statusLine.split(' ')[1]), headers: parsed, body: raw.subarray(split + 4), firstByteAt, endedAt: performance.now()});
    });
  });
}

/** The server still serves an ordinary page after whatever came before. */
async function assertAlive(port: number, after: string): Promise<void> {
  const response = await rawGet(port, '/index.html').catch((error: Error) => assert.fail(`server dead after ${JSON.stringify(after)}: ${error.message}`));
  assert.equal(response.status, 200, `ordinary request after ${JSON.stringify(after)}`);
}

/** Sends each hostile target, checks its answer, then that the server still works. */
async function attack(port: number, targets: string[], check: (response: RawResponse, target: string) => void): Promise<void> {
  for (const target of targets) {
    const response = await rawGet(port, target).catch((error: Error) => assert.fail(`${JSON.stringify(target)}: ${error.message}`));
    check(response, target);
    assert.equal(response.headers['x-content-type-options'], 'nosniff', `nosniff on ${JSON.stringify(target)}`);
    await assertAlive(port, target);
  }
}

/** Neither the secret beside the root nor /etc/passwd may appear in a body. */
function assertNothingLeaked(response: RawResponse, target: string): void {
  const body = response.body.toString('latin1');
  assert.ok(!body.includes(SECRET) && !body.includes('root:'), `${JSON.stringify(target)} leaked a file outside the root`);
}

test('serves a file with nosniff, compressed with brotli or gzip when asked', async () => {
  await withServer(async (port) => {
    const plain = await rawGet(port, '/app.js');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['x-content-type-options'], 'nosniff');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), APP_JS);

    const br = await rawGet(port, '/app.js', {'Accept-Encoding': 'br'});
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['x-content-type-options'], 'nosniff');
    assert.ok(br.body.length < APP_JS.length / 2, 'the brotli body is smaller');
    assert.equal(brotliDecompressSync(br.body).toString(), APP_JS);

    const gzip = await rawGet(port, '/app.js', {'Accept-Encoding': 'gzip'});
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.body).toString(), APP_JS);

    const again = await rawGet(port, '/app.js', {'If-None-Match': plain.headers.etag});
    assert.equal(again.status, 304);
    assert.equal(again.headers['x-content-type-options'], 'nosniff');
  });
});

test('a cached compressed body follows its file when the file changes', async () => {
  const file = join(ROOT, 'changing.js');
  writeFileSync(file, 'export const version = 1;\n'.repeat(50));
  await withServer(async (port) => {
    const first = await rawGet(port, '/changing.js', {'Accept-Encoding': 'br'});
    assert.match(brotliDecompressSync(first.body).toString(), /version = 1/);
    writeFileSync(file, 'export const version = 2;\n'.repeat(50));
    const later = new Date(Date.now() + 10_000);
    utimesSync(file, later, later); // a new mtime even on coarse-grained file systems
    const second = await rawGet(port, '/changing.js', {'Accept-Encoding': 'br'});
    assert.match(brotliDecompressSync(second.body).toString(), /version = 2/);
  });
});

test('malformed escapes are a 400, and the server lives on', async () => {
  await withServer((port) =>
    attack(port, ['/%', '/%zz', '/app.js%', '/%e0%a4', '/%ff', '/sub/%2'], (response, target) => {
      assert.equal(response.status, 400, JSON.stringify(target));
    })
  );
});

test('overlong UTF-8 is a 400 and never reaches a parent folder', async () => {
  await withServer((port) =>
    attack(port, ['/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afoutside/secret.txt', '/%e0%80%ae%e0%80%ae/etc/passwd', '/%c0%af'], (response, target) => {
      assert.equal(response.status, 400, JSON.stringify(target));
      assertNothingLeaked(response, target);
    })
  );
});

test('encoded traversal, backslashes and NUL bytes never leave the root', async () => {
  const targets = [
    '/..%2f..%2fetc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2e%2e/outside/secret.txt',
    '/..%2foutside/secret.txt',
    '/sub/..%2f..%2foutside/secret.txt',
    '/extra/..%2f..%2foutside/secret.txt',
    '/extra/%2e%2e/root/index.html',
    '/..%5c..%5coutside%5csecret.txt',
    '/..\\..\\outside\\secret.txt',
    '/app.js%00.html',
    '/%00',
    '/../../etc/passwd',
  ];
  await withServer((port) =>
    attack(port, targets, (response, target) => {
      assert.ok([400, 404].includes(response.status), `${JSON.stringify(target)} answered ${response.status}`);
      assertNothingLeaked(response, target);
    })
  );
});

test('symlinks are followed only while they stay inside the root', async () => {
  await withServer(async (port) => {
    await attack(port, ['/link-etc/passwd', '/link-etc/', '/link-etc', '/link-etc/hostname', '/link-passwd', '/link-outside/secret.txt'], (response, target) => {
      assert.equal(response.status, 404, JSON.stringify(target));
      assertNothingLeaked(response, target);
    });
    const alias = await rawGet(port, '/alias.js');
    assert.equal(alias.status, 200, 'a symlink to a file inside the root is served');
    assert.equal(alias.body.toString(), APP_JS);
  });
});

test('a root that is itself a symlink is served, and only its own files', async () => {
  await withServer(async (port) => {
    assert.equal((await rawGet(port, '/app.js')).status, 200);
    await attack(port, ['/link-passwd', '/..%2foutside/secret.txt'], (response, target) => {
      assert.ok([400, 404].includes(response.status), `${JSON.stringify(target)} answered ${response.status}`);
      assertNothingLeaked(response, target);
    });
  }, join(TMP, 'root-link'));
});

test('directory redirects stay on this host', async () => {
  await withServer(async (port) => {
    const sub = await rawGet(port, '/sub?x=1');
    assert.equal(sub.status, 301);
    assert.equal(sub.headers.location, '/sub/?x=1');
    assert.equal(sub.headers['x-content-type-options'], 'nosniff');
    // `/.//evil.example` is what once produced `Location: //evil.example/`.
    const targets = ['//evil.example', '//evil.example/', '///evil.example', '/.//evil.example', '/sub/..//evil.example', '/%2fevil.example', '/%2f%2fevil.example', '/\\evil.example', '/%5cevil.example'];
    await attack(port, targets, (response, target) => {
      const location = response.headers.location;
      if (location === undefined) return;
      assert.match(location, /^\/(?![/\\])/, `${JSON.stringify(target)} redirected to ${location}`);
    });
  });
});

test('a big file being compressed does not hold up other requests', async () => {
  // Several megabytes of varied text: brotli at quality 9 needs a good while.
  const lines = Array.from({length: 100_000}, (_, i) => `line ${i}: ${((i * 7919) % 100_003).toString(36)} ${((i * 104_729) % 1_000_003).toString(16)}\n`);
  writeFileSync(join(ROOT, 'big.txt'), lines.join(''));
  await withServer(async (port) => {
    const big = rawGet(port, '/big.txt', {'Accept-Encoding': 'br'});
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the compression start
    const small = await rawGet(port, '/index.html');
    assert.equal(small.status, 200);
    const bigResponse = await big;
    assert.equal(bigResponse.status, 200);
    assert.ok(small.endedAt < bigResponse.firstByteAt, 'the small file was served while the big one was being compressed');
  });
});
