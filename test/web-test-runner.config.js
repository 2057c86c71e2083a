// Component tests in the system Chromium (no downloaded browser).
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin, emulateMediaPlugin} from '@web/test-runner-commands/plugins';
import {fileURLToPath} from 'node:url';
import {readdirSync, readFileSync, statSync, existsSync} from 'node:fs';
import {join, normalize} from 'node:path';
import {CHROMIUM_ARGS, requireChromium} from '../scripts/browser.mjs';
import {DIST} from '../scripts/serve.mjs';

const executablePath = await requireChromium();
// Test files run two at a time in tabs of one browser: a background tab must
// keep its timers and animation frames, or fixtures waiting for a frame hang.
const PARALLEL_PAGE_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
const rootDir = fileURLToPath(new URL('..', import.meta.url));
// The test corpora are vendored in test/corpora/ (see its README).
// /__corpora/<path> serves a file; a folder answers with a JSON list.
const corporaDir = fileURLToPath(new URL('./corpora/', import.meta.url));
function corpora(ctx, next) {
  if (!ctx.path.startsWith('/__corpora/')) return next();
  const path = join(corporaDir, normalize(decodeURIComponent(ctx.path.slice('/__corpora/'.length))));
  if (!path.startsWith(corporaDir) || !existsSync(path)) {
    ctx.status = 404;
    return undefined;
  }
  if (statSync(path).isDirectory()) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readdirSync(path).sort());
  } else {
    ctx.type = 'application/octet-stream';
    ctx.body = readFileSync(path);
  }
  return undefined;
}

// The build (dist/, or LOA_DIST), for the tests that run after it
// (test/after-build/browser/, a stage of scripts/test.mjs): /__dist/<path>.
const DIST_TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};
function dist(ctx, next) {
  if (!ctx.path.startsWith('/__dist/')) return next();
  const path = join(DIST, normalize(decodeURIComponent(ctx.path.slice('/__dist/'.length))));
  if (!path.startsWith(DIST) || !existsSync(path) || !statSync(path).isFile()) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = DIST_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
  ctx.body = readFileSync(path);
  return undefined;
}
/** executeServerCommand('loa-build'): whether the build is there, and whether this is CI (where a missing build fails). */
const buildInfo = {
  name: 'loa-build',
  executeCommand: ({command}) => (command === 'loa-build' ? {built: existsSync(join(DIST, 'loa.js')), ci: Boolean(process.env.CI), dist: DIST} : undefined),
};

/*
 * Papa Parse (the CSV reader of <loa-progress>) ships as CommonJS (UMD) only.
 * Vite builds read CommonJS themselves; the test server does not, so it is
 * served to the browser wrapped as an ES module.
 */
const papaparseAsModule = {
  name: 'loa-papaparse-esm',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {body: `const module = {exports: {}};\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`};
  },
};

export default {
  rootDir,
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  middleware: [corpora, dist],
  // One file at a time: keyboard and mouse commands bring their tab to the front,
  // and a hidden tab gets no animation frames, so parallel files starve each other.
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: [...CHROMIUM_ARGS, ...PARALLEL_PAGE_ARGS]}})],
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url))}),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    sendMousePlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    buildInfo,
    papaparseAsModule,
  ],
};
