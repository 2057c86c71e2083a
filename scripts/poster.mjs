// `npm run poster`: prints one demo <loa-qr variant="poster"> to PDF with the
// system Chromium, so anyone can see what a commune would pin on its notice board.
//
//   npm run poster                 → <dist>/poster-demo.pdf (A4)
//   npm run poster -- --a5         → <dist>/poster-demo-a5.pdf
//   npm run poster -- --link=2     → the third link of demo/content/qr.json
//
// <dist> is dist/ or $LOA_DIST. It needs <dist>/loa.js and builds only that
// bundle when it is missing. The page is served from memory; nothing else in
// <dist> changes.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, requireChromium} from './browser.mjs';
import {DIST, startServer} from './serve.mjs';

const root = new URL('..', import.meta.url);
const args = process.argv.slice(2);
const format = args.includes('--a5') ? 'A5' : 'A4';
// Sheet width and margin in cm. The viewport is set to the printable width so the
// figures printed below are those of the PDF.
const sheet = format === 'A4' ? {width: 21, height: 29.7, margin: 1.8} : {width: 14.8, height: 21, margin: 1.2};
const cssPx = (cm) => Math.round((cm * 96) / 2.54);
const linkIndex = Number(args.find((a) => a.startsWith('--link='))?.slice('--link='.length) ?? 0);
const output = `${DIST}${format === 'A4' ? 'poster-demo.pdf' : 'poster-demo-a5.pdf'}`;

const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const links = readJson('demo/content/qr.json');
const link = links[linkIndex];
if (!link) {
  console.error(`demo/content/qr.json has no link number ${linkIndex} (it has ${links.length}).`);
  process.exit(1);
}
const commune = readJson('demo/content/commune.json');

if (!existsSync(`${DIST}loa.js`)) {
  console.log(`${DIST}loa.js is missing: building the bundle.`);
  execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], {stdio: 'inherit', cwd: fileURLToPath(root)});
}

const escape = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// The poster is a plain page a webmaster could write: the bundle, one tag, a font.
const page = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Áp phích mã QR: ${escape(link.label)} (${escape(commune.name)}, minh họa)</title>
<link rel="stylesheet" href="/__poster/font/400.css">
<link rel="stylesheet" href="/__poster/font/700.css">
<style>
  @page { size: ${format}; margin: ${sheet.margin}cm; }
  html { font-family: 'Be Vietnam Pro', 'DejaVu Sans', sans-serif; }
  body { margin: 0; }
  loa-qr { --loa-font-family: 'Be Vietnam Pro', 'DejaVu Sans', sans-serif; }
  .demo-note { margin: 0.8cm 0 0; font-size: 8.5pt; line-height: 1.4; text-align: center; color: #333; }
</style>
<script type="module" src="/loa.js"></script>
</head>
<body>
<main>
  <loa-qr variant="poster" heading-level="1" no-open href="${escape(link.href)}" label="${escape(link.label)}">
    <span slot="commune">${escape(commune.name)}</span>
  </loa-qr>
  <p class="demo-note">${escape(commune.demo_notice ?? 'Nội dung minh họa.')}</p>
</main>
</body>
</html>`;

const fontDir = new URL('node_modules/@fontsource/be-vietnam-pro/', root);
const executablePath = await requireChromium();
const server = await startServer({port: 0});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
try {
  const tab = await browser.newPage();
  await tab.route(`${origin}/__poster/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__poster/index.html') return route.fulfill({body: page, contentType: 'text/html; charset=utf-8'});
    const file = new URL(path.slice('/__poster/font/'.length), fontDir);
    if (!path.startsWith('/__poster/font/') || !file.href.startsWith(fontDir.href) || !existsSync(file)) return route.fulfill({status: 404});
    return route.fulfill({body: readFileSync(file), contentType: path.endsWith('.css') ? 'text/css' : 'font/woff2'});
  });
  await tab.setViewportSize({width: cssPx(sheet.width - 2 * sheet.margin), height: cssPx(sheet.height - 2 * sheet.margin)});
  await tab.goto(`${origin}/__poster/index.html`);
  await tab.emulateMedia({media: 'print'});
  const measured = await tab.evaluate(async () => {
    await customElements.whenDefined('loa-qr');
    const el = document.querySelector('loa-qr');
    await el.updateComplete;
    await document.fonts.ready;
    const svg = el.shadowRoot.querySelector('svg');
    const error = el.shadowRoot.querySelector('[role="alert"]');
    return {
      error: error?.textContent.trim(),
      qrCm: svg ? svg.getBoundingClientRect().width / (96 / 2.54) : 0,
      modules: svg ? Number(svg.getAttribute('viewBox').split(' ')[2]) : 0,
      name: svg?.getAttribute('aria-label'),
    };
  });
  if (measured.error) throw new Error(`The poster shows an error instead of a code: ${measured.error}`);
  await tab.pdf({path: output, format, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true});
  const pdf = readFileSync(output, 'latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? '?';
  if (pages !== 1) console.warn(`Warning: the poster takes ${pages} pages instead of one.`);
  console.log(`Poster (${format}) written to ${output}
  link:    ${link.href}
  name:    ${measured.name}
  QR code: ${measured.qrCm.toFixed(1)} cm wide, ${measured.modules} modules with quiet zone (${((measured.qrCm * 10) / measured.modules).toFixed(2)} mm per module)
  PDF:     ${pages} page(s), ${(statSync(output).size / 1000).toFixed(0)} kB`);
} finally {
  await browser.close();
  server.close();
}
