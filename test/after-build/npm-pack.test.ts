// The npm package holds the library, its types, its manifest and the
// bundles: not the kiosk or the demo site, which the build also puts in dist/.
//
// Runs after the build (scripts/test.mjs, stage "after-build"). npm packs the
// folder holding package.json, so a build in LOA_DIST is packed from a copy of
// package.json, LICENSE and README.md with that build copied in as dist/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DIST, requireBuild} from './built.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder to pack: this repository when the build is its dist/, else a copy with the build as dist/. */
function packageFolder(): {folder: string; cleanup: () => void} {
  if (resolve(DIST) === resolve(ROOT, 'dist')) return {folder: ROOT, cleanup: () => undefined};
  const folder = mkdtempSync(join(tmpdir(), 'loa-pack-'));
  for (const file of ['package.json', 'LICENSE', 'README.md']) cpSync(join(ROOT, file), join(folder, file));
  // A copy, not a symlink: npm does not follow a symlinked folder.
  cpSync(DIST, join(folder, 'dist'), {recursive: true});
  return {folder, cleanup: () => rmSync(folder, {recursive: true, force: true})};
}

test('npm pack ships the library, types, manifest and bundles only', (t) => {
  if (!requireBuild(t, 'loa.js')) return;
  const {folder, cleanup} = packageFolder();
  try {
    // --ignore-scripts: listing the files must not run a build.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    const files = (JSON.parse(out) as Array<{files: Array<{path: string}>}>)[0].files.map((f) => f.path);

    const unwanted = files.filter((path) => /(^|\/)(kiosk|demo)\//.test(path) || path.endsWith('.map') || path === 'dist/index.html');
    assert.deepEqual(unwanted, [], 'the kiosk, the demo site and source maps stay out of the package');
    for (const path of ['LICENSE', 'README.md', 'package.json', 'dist/loa.js', 'dist/custom-elements.json', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/news/define.js', 'dist/widgets/loa-news.js']) {
      assert.ok(files.includes(path), `${path} is in the package`);
    }
    assert.ok(files.some((path) => path.startsWith('dist/chunks/')), 'the chunks beside loa.js are in the package');
    assert.ok(files.some((path) => path.startsWith('dist/widgets/chunks/')), 'the chunks beside the widgets are in the package');
  } finally {
    cleanup();
  }
});
