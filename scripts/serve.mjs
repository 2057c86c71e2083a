// A small static server for dist/: `npm start` uses it, and so do the end-to-end
// tests, which add headers (a strict CSP) per path. No framework, no surprises.
//
// It faces the network, so it trusts nothing in the request line: a path that
// does not decode, or decodes to something no browser sends (dot segments,
// backslashes, NUL), is a 400; a file is served only if its real path (symlinks
// resolved) lies inside the real root; nothing a request asks for can make it
// throw or block the other requests.
import {createServer} from 'node:http';
import {existsSync} from 'node:fs';
import {readFile, realpath, stat} from 'node:fs/promises';
import {extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {brotliCompress, gzip, constants as zlib} from 'node:zlib';

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

// zlib's callback API runs in libuv's thread pool, so a big file being
// compressed does not stop the event loop from answering other requests.
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies, kept per file and modification time: every request for an
 * unchanged file reuses the first compression (brotli at a high level is slow).
 * The cache holds the promise, so requests arriving while a file is still being
 * compressed wait for that one compression instead of starting their own.
 */
const compressed = new Map();

function encodedBody(file, mtimeMs, encoding) {
  const key = `${encoding} ${file}`;
  const cached = compressed.get(key);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = readFile(file).then((raw) =>
    encoding === 'br'
      ? brotliAsync(raw, {params: {[zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length}})
      : gzipAsync(raw, {level: 9})
  );
  compressed.set(key, {mtimeMs, body});
  // A failed read (the file vanished mid-build) must not stay cached.
  body.catch(() => {
    if (compressed.get(key)?.body === body) compressed.delete(key);
  });
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

/**
 * The decoded path segments of a request path, or undefined when the path is
 * not one a browser would send: a malformed escape or invalid UTF-8 (overlong
 * `%c0%ae` included, which decodeURIComponent rejects), a dot segment (browsers
 * remove them before sending), a backslash or a NUL. Empty segments (`//`) are
 * dropped, so the result never names a host.
 */
function pathSegments(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  return segments;
}

/** The real path of `path` if it exists and lies inside `realRoot`, else undefined. */
async function realPathInside(realRoot, path) {
  let real;
  try {
    real = await realpath(path);
  } catch {
    return undefined; // missing, a dangling symlink, or a loop
  }
  return real === realRoot || real.startsWith(realRoot + sep) ? real : undefined;
}

/** Every answer but a file's: a short text body, nosniff already set. */
function sendStatus(response, status, text, headers = {}) {
  const body = Buffer.from(text);
  response.writeHead(status, {'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, ...headers});
  response.end(body);
}

/** dist/, or the folder LOA_DIST names (so parallel builds do not collide). */
export const DIST = process.env.LOA_DIST ? resolve(process.env.LOA_DIST) + '/' : fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the server. `headersFor(pathname)` may add response headers;
 * `extraRoots` maps a URL prefix to another folder (test fixtures).
 */
export function startServer({port = 4173, root = DIST, headersFor = () => ({}), extraRoots = {}} = {}) {
  async function handle(request, response) {
    // Every response, errors and redirects included: browsers must not guess a
    // type other than the one sent.
    response.setHeader('x-content-type-options', 'nosniff');
    // Origin-form only (`/path?query`). The path is taken from the raw request
    // line, not from `new URL()`, which would read `//evil.example/` as a host.
    const target = request.url ?? '';
    if (!target.startsWith('/')) return sendStatus(response, 400, 'Bad request');
    const queryStart = target.indexOf('?');
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const search = queryStart === -1 ? '' : target.slice(queryStart);
    const segments = pathSegments(rawPath);
    if (!segments) return sendStatus(response, 400, 'Bad request');

    // An extra root serves the paths under its prefix (`/host/` → fixtures).
    let base = root;
    let inBase = segments;
    for (const [prefix, folder] of Object.entries(extraRoots)) {
      const prefixSegments = prefix.split('/').filter(Boolean);
      if (prefixSegments.every((segment, i) => segments[i] === segment)) {
        base = folder;
        inBase = segments.slice(prefixSegments.length);
        break;
      }
    }

    const realBase = await realpath(base).catch(() => undefined);
    if (!realBase) return sendStatus(response, 404, 'Not found');
    let file = await realPathInside(realBase, join(base, ...inBase));
    if (!file) return sendStatus(response, 404, 'Not found');
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        // Rebuilt from the checked segments: one leading slash, so the browser
        // stays on this host.
        const location = '/' + segments.map(encodeURIComponent).join('/') + '/' + search;
        return sendStatus(response, 301, 'Moved permanently', {location});
      }
      file = await realPathInside(realBase, join(file, 'index.html'));
      if (!file) return sendStatus(response, 404, 'Not found');
      info = await stat(file);
    }
    // Regular files only: reading a device or a FIFO could hang the request.
    if (!info.isFile()) return sendStatus(response, 404, 'Not found');

    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const {mtimeMs, size} = info;
    // A weak validator from size and time lets repeat visits revalidate with a 304.
    const etag = `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    const headers = {
      'content-type': type,
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
      ...headersFor(rawPath),
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const encoding = encodingFor(request, type);
    const body = encoding ? await encodedBody(file, mtimeMs, encoding) : await readFile(file);
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      // A file that vanished between two checks, a root that is missing…: the
      // request fails, the server carries on.
      console.error(`serve: ${request.url}: ${error.message}`);
      if (response.headersSent) response.destroy();
      else sendStatus(response, 500, 'Internal server error');
    });
  });
  // Requests Node's parser rejects (a space or a raw NUL in the path…) are
  // answered here, so that they carry nosniff too.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nX-Content-Type-Options: nosniff\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
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
