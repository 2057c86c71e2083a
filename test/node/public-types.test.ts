// A TypeScript user's view of the package: a consumer file that imports 'loa'
// must type-check under strict settings, and the `loa-link-activate` event
// must reach listeners with a typed `detail` (not `any`).
//
// Checks the built types (dist/lib/*.d.ts, through package.json `exports`)
// when dist/ has them; otherwise the sources (src/index.ts), which say the
// same but do not prove the .d.ts files were emitted right.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = existsSync(join(ROOT, 'dist/lib/index.d.ts'));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** What a page's script might write. The @ts-expect-error line fails if `detail` were `any`. */
const consumer = (from: string) => `
import {LINK_EVENT, LoaNews, type LinkActivateDetail, type LinkActivateEvent} from '${from}';
${BUILT ? "import 'loa/define.js';\nimport 'loa/news/define.js';" : ''}

const news = document.createElement('loa-news');
const asClass: LoaNews = news;
news.addEventListener('loa-link-activate', (event) => {
  const href: string = event.detail.href;
  const label: string = event.detail.label;
  if (href.startsWith('https:') && label) event.preventDefault();
});
document.addEventListener('loa-link-activate', (event) => {
  const detail: LinkActivateDetail = event.detail;
  void detail;
});
window.addEventListener(LINK_EVENT, (event) => void event.detail.href.length);
const made: LinkActivateEvent = new CustomEvent<LinkActivateDetail>(LINK_EVENT, {detail: {href: 'https://x.example/', label: 'x'}});
// @ts-expect-error: detail is {href, label}, so a misspelt field is caught
news.addEventListener('loa-link-activate', (event) => void event.detail.hreff);
export {asClass, made};
`;

test(`a strict TypeScript consumer type-checks against ${BUILT ? 'dist/lib/*.d.ts' : 'src/index.ts (no build in dist/)'}`, (t) => {
  if (!BUILT) t.diagnostic('dist/lib/index.d.ts not found: checking src/index.ts instead. Run `npm run build` to check the published types.');
  const dir = mkdtempSync(join(tmpdir(), 'loa-consumer-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({type: 'module', private: true}));
    const compilerOptions: Record<string, unknown> = {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    };
    if (BUILT) {
      // Resolved like an installed package: node_modules/loa → this repository, through `exports`.
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(ROOT, join(dir, 'node_modules/loa'), 'dir');
      Object.assign(compilerOptions, {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noUncheckedSideEffectImports: true,
        // Our own .d.ts files are checked too, not only used.
        skipLibCheck: false,
      });
      writeFileSync(join(dir, 'consumer.ts'), consumer('loa'));
    } else {
      // The sources need the decorator settings they are built with (scripts/tsconfig.lib.json).
      Object.assign(compilerOptions, {
        module: 'ESNext',
        moduleResolution: 'bundler',
        experimentalDecorators: true,
        useDefineForClassFields: false,
        skipLibCheck: true,
      });
      writeFileSync(join(dir, 'consumer.ts'), consumer(join(ROOT, 'src/index.js')));
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['consumer.ts']}, null, 2));
    const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], {encoding: 'utf8'});
    assert.equal(result.status, 0, `tsc --noEmit failed:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
