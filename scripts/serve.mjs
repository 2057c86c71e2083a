// A small static server for dist/: `npm start` uses it, and so do the end-to-end
// tests, which add headers (a strict CSP) per path. No framework, no surprises.
import {createServer} from 'node:http';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

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
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headersFor(url.pathname),
    };
    // The kiosk's service worker lives under /kiosk/ and controls only that scope.
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
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
