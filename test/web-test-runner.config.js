// Component tests in the system Chromium (no downloaded browser).
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin, emulateMediaPlugin} from '@web/test-runner-commands/plugins';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_ARGS, requireChromium} from '../scripts/browser.mjs';

const executablePath = await requireChromium();
const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir,
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS}})],
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url))}),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    sendMousePlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
  ],
};
