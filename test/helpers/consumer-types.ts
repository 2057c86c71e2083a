// A TypeScript user's view of the package: a consumer file that imports 'loa'
// must type-check under strict settings, and the `loa-link-activate` event
// must reach listeners with a typed `detail` (not `any`). Checked against the
// sources (test/node/public-types.test.ts) and, after the build, against the
// emitted .d.ts files as an installed package (test/after-build/public-types.test.ts).
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** What a page's script might write. The @ts-expect-error line fails if `detail` were `any`. */
const consumer = (from: string, built: boolean) => `
import {LINK_EVENT, LoaNews, type LinkActivateDetail, type LinkActivateEvent} from '${from}';
${built ? "import 'loa/define.js';\nimport 'loa/news/define.js';" : ''}

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

/**
 * Type-checks the consumer; returns tsc's status and output.
 * - `dist`: the built package's dist/ folder. The consumer imports 'loa' as an
 *   installed package: node_modules/loa holds package.json and a link to the
 *   build, resolved through package.json `exports`, and our .d.ts files are
 *   checked too (skipLibCheck off).
 * - no `dist`: src/index.ts, with the decorator settings it is built with.
 */
export function typecheckConsumer(dist?: string): {status: number | null; output: string} {
  // Inside the repository, so lit and the other dependencies resolve from its node_modules.
  mkdirSync(join(ROOT, '.cache'), {recursive: true});
  const dir = mkdtempSync(join(ROOT, '.cache', 'loa-consumer-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({type: 'module', private: true}));
    const compilerOptions: Record<string, unknown> = {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    };
    if (dist) {
      const installed = join(dir, 'node_modules/loa');
      mkdirSync(installed, {recursive: true});
      cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
      symlinkSync(dist, join(installed, 'dist'), 'dir');
      Object.assign(compilerOptions, {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noUncheckedSideEffectImports: true,
        // The build's files keep their installed path, as they would in a real node_modules.
        preserveSymlinks: true,
        skipLibCheck: false,
      });
      writeFileSync(join(dir, 'consumer.ts'), consumer('loa', true));
    } else {
      Object.assign(compilerOptions, {
        module: 'ESNext',
        moduleResolution: 'bundler',
        experimentalDecorators: true,
        useDefineForClassFields: false,
        skipLibCheck: true,
      });
      writeFileSync(join(dir, 'consumer.ts'), consumer(join(ROOT, 'src/index.js'), false));
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['consumer.ts']}, null, 2));
    const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], {encoding: 'utf8'});
    return {status: result.status, output: `${result.stdout}${result.stderr}`};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
