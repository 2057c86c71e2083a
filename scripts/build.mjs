// Builds everything into dist/: the embed bundle, per-widget entries, the
// side-effect-free library with types, custom-elements.json, the kiosk and the
// demo site. Each step is a plain command, so a failure names itself.
import {execFileSync} from 'node:child_process';
import {rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {DIST} from './serve.mjs';
import {relative} from 'node:path';
import {reviewWarnings} from './guide-sources.mjs';


const dist = pathToFileURL(DIST);
const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {stdio: 'inherit', cwd: new URL('..', import.meta.url)});
};

// Guides last checked more than a year before this build: a warning, never a failure (docs/content.md).
const reviews = reviewWarnings();

rmSync(dist, {recursive: true, force: true});
mkdirSync(dist, {recursive: true});
run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
// One build per element, so each widgets/loa-*.js is one file (see vite.config.ts).
for (const widget of ['loa-news', 'loa-schedule', 'loa-howto', 'loa-qr', 'loa-progress', 'loa-search']) {
  run('npx', ['vite', 'build', '--mode', `widget:${widget}`, '--logLevel', 'warn']);
}
run('npx', ['tsc', '-p', 'scripts/tsconfig.lib.json', '--outDir', `${DIST}lib`]);
run('npx', ['cem', 'analyze', '--config', 'scripts/custom-elements-manifest.config.mjs', '--outdir', relative(fileURLToPath(new URL('..', import.meta.url)), DIST) || '.', '--quiet']);
run('npx', ['vite', 'build', '--mode', 'kiosk', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);

writeFileSync(
  new URL('index.html', dist),
  `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Loa</title></head>
<body>
<main>
<h1>Loa</h1>
<ul>
<li><a href="/kiosk/">Ki-ốt (xã mẫu)</a></li>
<li><a href="/demo/">Trang web xã mẫu</a></li>
</ul>
</main>
</body>
</html>
`
);
if (reviews.length) console.warn(`\n${reviews.join('\n')}`);
console.log('\nBuilt dist/.');
