// A small static server for dist/: `npm start` uses it, and so do the end-to-end
// tests, which add headers (a strict CSP) per path. No framework, no surprises.
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync, constants as zlib} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types worth compressing; fonts, PNG and PDF are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/**
 * Compressed bodies, kept per file and modification time: every request for an
 * unchanged file reuses the first compression (brotli at a high level is slow).
 */
const compressed = new Map();

function encodedBody(file, mtimeMs, encoding) {
  const key = `${encoding} ${file}`;
  const cached = compressed.get(key);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const raw = readFileSync(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {params: {[zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length}})
      : gzipSync(raw, {level: 9});
  compressed.set(key, {mtimeMs, body});
  return body;
}

/** The best encoding this request accepts: brotli, then gzip, else none. */
function encodingFor(request, type) {
  if (!COMPRESSIBLE.test(type)) return undefined;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

/** dist/, or the folder LOA_DIST names (so parallel builds do not collide). */
export const DIST = process.env.LOA_DIST ? resolve(process.env.LOA_DIST) + '/' : fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the server. `headersFor(pathname)` may add response headers;
 * `extraRoots` maps a URL prefix to another folder (test fixtures).
 */
export function startServer({port = 4173, root = DIST, headersFor = () => ({}), extraRoots = {}} = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    let base = root;
    for (const [prefix, folder] of Object.entries(extraRoots)) {
      if (pathname.startsWith(prefix)) {
        base = folder;
        pathname = pathname.slice(prefix.length - 1);
      }
    }
    let file = resolve(join(base, normalize(pathname)));
    if (!file.startsWith(resolve(base))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, {location: `${url.pathname}/${url.search}`}).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const {mtimeMs, size} = statSync(file);
    // A weak validator from size and time lets repeat visits revalidate with a 304.
    const etag = `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    const headers = {
      'content-type': type,
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
      ...headersFor(url.pathname),
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const encoding = encodingFor(request, type);
    const body = encoding ? encodedBody(file, mtimeMs, encoding) : readFileSync(file);
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveStart(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  await startServer({port});
  console.log(`Loa is running:
  kiosk (demo commune):        http://localhost:${port}/kiosk/
  demo commune website:        http://localhost:${port}/demo/
  embed bundle:                http://localhost:${port}/loa.js
Press Ctrl+C to stop.`);
}
