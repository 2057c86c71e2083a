// Shared plumbing for end-to-end tests: the built dist/ on a random port and the
// system Chromium. `npm test` builds dist/ before this stage runs.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {Server} from 'node:http';
import {chromium, type Browser} from 'playwright-core';
import {CHROMIUM_ARGS, requireChromium} from '../../scripts/browser.mjs';
import {DIST, startServer} from '../../scripts/serve.mjs';

export interface Site {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

type ServerOptions = Parameters<typeof startServer>[0];

/**
 * Serves dist/ (or `options.root`, plus any extra roots or headers) and
 * launches Chromium. `required` names a built file the tests cannot do without.
 */
export async function openSite(options: ServerOptions = {}, required = 'loa.js'): Promise<Site> {
  const root = options.root ?? DIST;
  if (!existsSync(join(root, required))) {
    throw new Error(`${root} has no ${required}: run \`npm run build\` (or LOA_DIST=… node scripts/build.mjs) first.`);
  }
  const server: Server = await startServer({port: 0, ...options});
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({executablePath: await requireChromium(), args: CHROMIUM_ARGS});
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
