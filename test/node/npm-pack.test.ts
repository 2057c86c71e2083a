// The npm package holds the library, its types, its manifest and the
// bundles: not the kiosk or the demo site, which the build also puts in dist/.
//
// npm packs this repository's dist/ (LOA_DIST does not move it), so the test
// needs a build there and is skipped without one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = existsSync(join(ROOT, 'dist/loa.js'));

test('npm pack ships the library, types, manifest and bundles only', {skip: !BUILT && 'no build in dist/: run `npm run build` first'}, () => {
  // --ignore-scripts: listing the files must not run a build.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  const files = (JSON.parse(out) as Array<{files: Array<{path: string}>}>)[0].files.map((f) => f.path);

  const unwanted = files.filter((path) => /(^|\/)(kiosk|demo)\//.test(path) || path.endsWith('.map') || path === 'dist/index.html');
  assert.deepEqual(unwanted, [], 'the kiosk, the demo site and source maps stay out of the package');
  for (const path of ['LICENSE', 'README.md', 'package.json', 'dist/loa.js', 'dist/custom-elements.json', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/news/define.js', 'dist/widgets/loa-news.js']) {
    assert.ok(files.includes(path), `${path} is in the package`);
  }
  assert.ok(files.some((path) => path.startsWith('dist/chunks/')), 'the chunks beside loa.js are in the package');
  assert.ok(files.some((path) => path.startsWith('dist/widgets/chunks/')), 'the chunks beside the widgets are in the package');
});
