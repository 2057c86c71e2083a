// Surviving the host page (issue 8): the four widgets, loaded with the one-tag
// embed (/loa.js), on host pages that webmasters do not control. Each fixture
// in test/fixtures/host/ is one hostile situation; each test says what must
// still hold there, and lists every problem it finds. Run after a build:
//   node --import tsx --test test/e2e/embedding.test.ts
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {cpSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DIST} from '../../scripts/serve.mjs';
import {TRUSTED_TYPES_POLICIES} from '../../scripts/demo-pages/csp.js';
import {Checklist, contentMarkers, newPage, openSite, probe, TAGS, waitForContent, type Site} from './embedding-helpers.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let site: Site;
/** Served at /lonely/: the entry files alone, as a webmaster who copied only them has. */
let lonely: string;

before(async () => {
  lonely = mkdtempSync(join(tmpdir(), 'loa-lonely-'));
  cpSync(join(DIST, 'loa.js'), join(lonely, 'loa.js'));
  for (const file of readdirSync(join(DIST, 'widgets')).filter((f) => f.endsWith('.js'))) {
    cpSync(join(DIST, 'widgets', file), join(lonely, 'widgets', file));
  }
  site = await openSite({'/lonely/': lonely, '/feeds/': fileURLToPath(new URL('../fixtures/news/', import.meta.url))});
});
after(async () => {
  await site?.close();
  if (lonely) rmSync(lonely, {recursive: true, force: true});
});

interface AxeResult {
  violations: Array<{id: string; nodes: Array<{target: unknown}>}>;
}

describe('hostile host CSS', () => {
  test('text stays at least 14 px (body text 16 px under a 12 px portal rule), targets keep their size, axe (contrast included) passes inside the widgets', async (t) => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    await page.goto(`${site.origin}/host/hostile-css.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    assert.equal(await page.evaluate('getComputedStyle(document.documentElement).fontSize'), '10px', 'the hostile sheet is in force');

    const fonts = await probe<Array<{widget: string; min: number; where: string}>>(page, 'fontSizes()');
    t.diagnostic(`smallest text: ${fonts.map((f) => `${f.widget} ${f.min}px (${f.where})`).join('; ')}`);
    for (const f of fonts) c.ok(f.min >= 14, `${f.widget}: text in ${f.where} is ${f.min}px`);
    // The page sets every element, the hosts too, to 12px: body text keeps its 16px floor.
    assert.equal(await page.evaluate('getComputedStyle(document.querySelector("loa-news")).fontSize'), '12px', 'the 12px rule reaches the hosts');
    const body = await probe<Array<{widget: string; min: number; where: string}>>(page, 'bodyFontSizes()');
    t.diagnostic(`smallest body text: ${body.map((f) => `${f.widget} ${f.min}px (${f.where})`).join('; ')}`);
    for (const f of body) c.ok(f.min >= 16, `${f.widget}: body text in ${f.where} is ${f.min}px`);

    const targets = await probe<Array<{widget: string; count: number; width: number; height: number; where: string}>>(page, 'targets()');
    t.diagnostic(`smallest targets: ${targets.map((x) => `${x.widget} ${x.width}×${x.height}px of ${x.count} (${x.where})`).join('; ')}`);
    for (const x of targets.filter((x) => x.count)) c.ok(Math.min(x.width, x.height) >= 24, `${x.widget}: target ${x.where} is ${x.width}×${x.height}px`);

    await page.addScriptTag({path: axePath});
    const result = (await page.evaluate(
      `axe.run({include: ${JSON.stringify(TAGS.map((tag) => [tag]))}}, {runOnly: {type: 'tag', values: ${JSON.stringify(WCAG)}}})`
    )) as AxeResult;
    c.empty(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      'axe violations inside the widgets'
    );
    c.empty(log.pageErrors, 'uncaught exceptions');
    await context.close();
    c.done();
  });
});

describe('host without lang', () => {
  test('widgets fall back to Vietnamese and mark their own language', async () => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/host/no-lang.html`);
    assert.equal(await page.evaluate('document.documentElement.hasAttribute("lang")'), false);
    c.empty(await waitForContent(page), 'widgets without demo content');
    c.equal(
      await probe(page, 'languages()'),
      [...TAGS.map((widget) => ({widget, lang: 'vi'})), {widget: 'loa-news#english-news', lang: 'en'}],
      'the lang each widget marks inside its shadow root (Vietnamese by default, English in a lang="en" section)'
    );
    await context.close();
    c.done();
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  test('zero violations, no console errors, and all four widgets work, a feed full of inline handlers included', async (t) => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(`${site.origin}/host/strict-csp.html`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    // The demo content, and the hostile feed (test/fixtures/news/inline-handlers.xml) listed.
    c.empty(await waitForContent(page, 15_000, {'loa-news': ['Ảnh có onerror, không có tóm tắt']}), 'widgets without content');
    const hostile = page.locator('#inline-handlers');
    // Its summary is derived from HTML that carries an onerror handler.
    const summary = (await hostile.locator('.item__summary').allTextContents()).join(' | ').replace(/\s+/g, ' ');
    c.ok(summary.includes('Lớp học số cho người cao tuổi'), `the summary derived from the item HTML: "${summary}"`);
    // Open every item, so all its HTML is sanitised and shown (the sanitiser's chunk loads too),
    // and wait for the article's images to load or fail: when a kept onerror would be considered.
    const items = hostile.locator('.item__open');
    c.equal(await items.count(), 2, 'items in the hostile feed');
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).click();
      await hostile.locator('.loa-article-body').waitFor({timeout: 10_000});
      await page.waitForFunction(
        `[...document.querySelector('#inline-handlers').shadowRoot.querySelectorAll('.article img')].every((img) => img.complete)`,
        undefined,
        {timeout: 10_000}
      );
      await hostile.locator('.back').first().click();
      await items.nth(i).waitFor();
    }
    c.equal(await page.evaluate('window.__handlerRan'), undefined, 'a handler from the feed ran');
    c.empty((await page.evaluate('window.__loaViolations')) as unknown[], 'securitypolicyviolation events');
    // The feed's images point at files that do not exist, so that their handlers would fire:
    // those 404s, and the console's one line for each, are expected. Nothing else may be missing.
    const feedImage = (path: string) => /^\/no-such-image(-2)?\.png$/.test(path);
    c.empty(missing.filter((path) => !feedImage(path)), 'files not found, besides the feed\'s missing images');
    let expected404 = missing.filter(feedImage).length;
    c.empty(log.errors.filter((e) => !(/status of 404/.test(e) && expected404-- > 0)), 'console errors');
    c.empty(log.pageErrors, 'uncaught exceptions');

    const policies = [...new Set((await page.evaluate('window.__loaPolicies')) as string[])];
    t.diagnostic(`Trusted Types policies created: ${policies.join(', ') || 'none'}`);
    c.empty(
      policies.filter((name) => !TRUSTED_TYPES_POLICIES.includes(name)),
      'Trusted Types policies missing from the embedding guide'
    );
    // The policy really is enforced: a plain string into innerHTML is refused.
    const refused = await page.evaluate('(() => { try { document.createElement("div").innerHTML = "<b>x</b>"; return false; } catch { return true; } })()');
    assert.equal(refused, true, 'Trusted Types are enforced on this page');
    await context.close();
    c.done();
  });
});

describe('two copies of loa.js', () => {
  test('no exception and exactly one console warning', async (t) => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/loa.js')) loaded.push(`${new URL(r.url()).pathname} ${r.status()}`);
    });
    await page.goto(`${site.origin}/host/two-copies.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    await page.waitForTimeout(500);
    assert.deepEqual(loaded.sort(), ['/copy/loa.js 200', '/loa.js 200'], 'both copies were loaded');
    c.empty(log.pageErrors, 'uncaught exceptions');
    c.empty(log.errors, 'console errors');
    t.diagnostic(`warnings: ${JSON.stringify(log.warnings)}`);
    c.ok(log.warnings.length === 1, `exactly one warning, got ${log.warnings.length}: ${log.warnings.join(' | ')}`);
    await context.close();
    c.done();
  });
});

describe('no JavaScript', () => {
  const fallbacks = [
    'Xem tin tức Bình dân học vụ số',
    'Tải lịch các buổi hỗ trợ',
    'Đọc hướng dẫn kích hoạt VNeID mức 2',
    'Cổng Dịch vụ công quốc gia',
  ];

  test('with JavaScript off, the fallback the webmaster wrote is shown', async () => {
    const context = await site.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}/host/plain.html`);
    for (const name of fallbacks) assert.ok(await page.getByRole('link', {name}).isVisible(), `"${name}" is visible`);
    await context.close();
  });

  test('with the script blocked, the fallback is shown', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route('**/loa.js', (route) => route.abort());
    await page.goto(`${site.origin}/host/plain.html`);
    await page.waitForTimeout(300);
    for (const name of fallbacks) assert.ok(await page.getByRole('link', {name}).isVisible(), `"${name}" is visible`);
    await context.close();
  });

  test('once upgraded, the fallback is hidden (not shown twice, not read twice)', async () => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/host/plain.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    for (const name of fallbacks.slice(0, 3)) c.ok(!(await page.getByRole('link', {name, exact: true}).isVisible()), `fallback "${name}" still shown`);
    await context.close();
    c.done();
  });
});

describe('lazy parts that do not arrive', () => {
  test('a reader or the QR encoder blocked: each widget says the network failed, nothing throws', async () => {
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    await page.route(/\/chunks\/(feed-parse|calendar-tools|howto-parse|qr-svg)-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${site.origin}/host/plain.html`);
    for (const tag of ['loa-news', 'loa-schedule', 'loa-howto']) {
      const alert = page.locator(`${tag} [role="alert"]`).first();
      await alert.waitFor({timeout: 10_000});
      assert.match(await alert.innerText(), /Không kết nối được mạng/, `${tag}: a network error, not "invalid content"`);
    }
    const qr = page.locator('loa-qr [role="alert"]').first();
    await qr.waitFor({timeout: 10_000});
    assert.match(await qr.innerText(), /Không kết nối được mạng/, 'loa-qr says what the others say');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test('a slow QR encoder: the card shows at once with its address and a placeholder, then the code', async () => {
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/chunks\/qr-svg-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.origin}/host/plain.html`);
    const qr = page.locator('loa-qr').first();
    await qr.locator('.qr__pending').waitFor({timeout: 10_000});
    assert.equal(await qr.locator('.qr__pending').innerText(), 'Đang tạo mã QR…');
    assert.ok(await qr.locator('.qr__url').isVisible(), 'the address can be read and copied meanwhile');
    await page.addScriptTag({path: axePath});
    const axe = (await page.evaluate(`axe.run({include: [['loa-qr']]}, {runOnly: {type: 'tag', values: ${JSON.stringify(WCAG)}}})`)) as AxeResult;
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'the waiting card passes axe');
    const before = await qr.locator('.qr__code').boundingBox();
    release();
    await qr.locator('svg[role="img"]').waitFor({timeout: 10_000});
    const after = await qr.locator('.qr__code').boundingBox();
    assert.ok(before && after && Math.abs(before.height - after.height) < 2, `no jump when the code arrives (${before?.height} → ${after?.height})`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test('English strings blocked: the English widget shows Vietnamese and marks it so', async () => {
    const context = await site.browser.newContext();
    const {page, log} = await newPage(context);
    await page.route(/\/chunks\/en-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${site.origin}/host/no-lang.html`);
    await waitForContent(page);
    const languages = await probe<Array<{widget: string; lang: string}>>(page, 'languages()');
    assert.ok(languages.length > 0 && languages.every((x) => x.lang === 'vi'), JSON.stringify(languages));
    assert.deepEqual(log.pageErrors, []);
    assert.ok(log.warnings.some((w) => w.includes('English strings did not load')), 'one clear warning for the webmaster');
    await context.close();
  });
});

describe('copied without chunks/', () => {
  /** The lazy chunk each widget needs first, so the one its message names. */
  const FIRST_CHUNK = {'loa-news': 'feed-parse', 'loa-schedule': 'calendar-tools', 'loa-howto': 'howto-parse', 'loa-qr': 'qr-svg'};
  const FALLBACKS = {
    'loa-news': 'Xem tin tức Bình dân học vụ số',
    'loa-schedule': 'Tải lịch các buổi hỗ trợ',
    'loa-howto': 'Đọc hướng dẫn kích hoạt VNeID mức 2',
    'loa-qr': 'Cổng Dịch vụ công quốc gia',
  };
  const FALLBACKS_EN = {
    'loa-news': 'Read the Bình dân học vụ số news',
    'loa-schedule': 'Download the calendar of help sessions',
    'loa-howto': 'Read the guide to activating VNeID level 2',
    'loa-qr': 'National Public Service Portal',
  };
  /** The sentence, in the page's language, with the chunk's file name and the entry's name to fill in. */
  const SAYS = {
    vi: (chunk: string, entry: string) => `^Không tải được tệp chunks/${chunk}-[\\w-]+\\.js\\. Hãy chép cả thư mục chunks/ cạnh ${entry}\\.`,
    // English pages get English, though the English strings are a chunk that is missing too.
    en: (chunk: string, entry: string) => `^Could not load the file chunks/${chunk}-[\\w-]+\\.js\\. Copy the whole chunks/ folder next to ${entry}\\.`,
  };

  for (const [fixture, entryOf, lang] of [
    ['no-chunks.html', () => 'loa.js', 'vi'],
    ['no-chunks-widgets.html', (tag: string) => `${tag}.js`, 'vi'],
    ['no-chunks-en.html', () => 'loa.js', 'en'],
  ] as const) {
    test(`${fixture}: every widget names the missing file, says where chunks/ goes, and keeps the webmaster's link`, async () => {
      const c = new Checklist();
      const context = await site.browser.newContext();
      const {page, log} = await newPage(context);
      const missing: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 404) missing.push(new URL(r.url()).pathname);
      });
      await page.goto(`${site.origin}/host/${fixture}`);
      for (const tag of TAGS) {
        const alert = page.locator(`${tag} [role="alert"]`).first();
        await alert.waitFor({timeout: 10_000});
        const text = (await alert.innerText()).trim();
        const entry = entryOf(tag);
        const expected = new RegExp(SAYS[lang](FIRST_CHUNK[tag], entry.replace('.', '\\.')));
        c.ok(expected.test(text), `${tag}: message "${text}"`);
        // Its language is marked: on the English page, English inside a widget whose other words fell back to Vietnamese.
        const marked = await alert.locator('p').first().evaluate((p) => p.closest('[lang]')?.getAttribute('lang'));
        c.ok(marked === lang, `${tag}: the message's lang is ${marked}, not ${lang}`);
        c.ok(!/Failed|TypeError|import/i.test(text), `${tag}: the browser's own error shown: "${text}"`);
        // The file it names is one the page really asked for and did not get.
        const named = /chunks\/[\w-]+\.js/.exec(text)?.[0];
        c.ok(named && missing.some((path) => path.endsWith(named)), `${tag}: ${named} is not among the 404s ${missing.join(', ')}`);
        const link = (lang === 'en' ? FALLBACKS_EN : FALLBACKS)[tag];
        c.ok(await page.locator(tag).getByRole('link', {name: link}).isVisible(), `${tag}: the fallback link is not shown`);
      }
      c.empty(log.pageErrors, 'uncaught exceptions');
      await context.close();
      c.done();
    });
  }
});

describe('forced colours', () => {
  test('the QR code stays black on white under forced colours, light or dark', async () => {
    // Pixels are read from a screenshot of the real render, decoded in a second, ordinary page.
    const reader = await site.browser.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({forcedColors: 'active', colorScheme});
      const page = await context.newPage();
      await page.goto(`${site.origin}/host/plain.html`);
      const svg = page.locator('loa-qr svg').first();
      await svg.waitFor();
      // The code drawn (updateComplete waits for the encoder) and painted, and the page's other
      // widgets done loading: content arriving above the code moves it while the shot is taken.
      await page.waitForLoadState('networkidle');
      await page.locator('loa-qr').first().evaluate(async (el) => {
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      // Scrolled to first, so the screenshot is of the code where it really is.
      await svg.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const png = (await svg.screenshot()).toString('base64');
      const counts = (await reader.evaluate(`(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png}';
        await img.decode();
        const canvas = Object.assign(document.createElement('canvas'), {width: img.width, height: img.height});
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        const data = g.getImageData(0, 0, img.width, img.height).data;
        let dark = 0, light = 0, other = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, gr, b] = [data[i], data[i + 1], data[i + 2]];
          if (r < 60 && gr < 60 && b < 60) dark++;
          else if (r > 200 && gr > 200 && b > 200) light++;
          else other++;
        }
        // A few pixels in from the corner: the edge pixel may catch the box's thin outline.
        const at = (3 * img.width + 3) * 4;
        const corner = [data[at], data[at + 1], data[at + 2]];
        return {dark, light, other, corner};
      })()`)) as {dark: number; light: number; other: number; corner: number[]};
      const total = counts.dark + counts.light + counts.other;
      assert.ok(counts.dark / total > 0.2 && counts.dark / total < 0.6, `${colorScheme}: dark modules ${JSON.stringify(counts)}`);
      assert.ok(counts.light / total > 0.3, `${colorScheme}: white background and quiet zone ${JSON.stringify(counts)}`);
      assert.ok(counts.other / total < 0.05, `${colorScheme}: nothing but black and white ${JSON.stringify(counts)}`);
      assert.ok(counts.corner.every((v) => v > 200), `${colorScheme}: the quiet zone is white (${counts.corner})`);
      await context.close();
    }
    await reader.close();
  });
});

describe('narrow widths and text spacing', () => {
  test('in a 280 px sidebar nothing scrolls sideways or clips, with or without the WCAG 1.4.12 spacing', async () => {
    const c = new Checklist();
    const context = await site.browser.newContext({viewport: {width: 1024, height: 800}});
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/host/sidebar.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    c.empty(await probe(page, 'horizontalOverflow()'), 'horizontal overflow at 280 px');
    c.empty(await probe(page, 'clipped()'), 'clipped text at 280 px');
    await probe(page, 'applyTextSpacing()');
    await page.waitForTimeout(100);
    c.empty(await probe(page, 'horizontalOverflow()'), 'horizontal overflow at 280 px with text spacing');
    c.empty(await probe(page, 'clipped()'), 'clipped text at 280 px with text spacing');
    await context.close();
    c.done();
  });

  test('at a 320 px viewport (400 % zoom) nothing scrolls sideways or clips, with or without the spacing', async () => {
    const c = new Checklist();
    const context = await site.browser.newContext({viewport: {width: 320, height: 640}});
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/host/plain.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    const pageWidth = () => page.evaluate('document.documentElement.scrollWidth') as Promise<number>;
    c.empty(await probe(page, 'horizontalOverflow()'), 'horizontal overflow at 320 px');
    c.ok((await pageWidth()) <= 320, `the page scrolls sideways at 320 px (${await pageWidth()} px)`);
    await probe(page, 'applyTextSpacing()');
    await page.waitForTimeout(100);
    c.empty(await probe(page, 'horizontalOverflow()'), 'horizontal overflow at 320 px with text spacing');
    c.empty(await probe(page, 'clipped()'), 'clipped text at 320 px with text spacing');
    c.ok((await pageWidth()) <= 320, `the page scrolls sideways at 320 px with text spacing (${await pageWidth()} px)`);
    await context.close();
    c.done();
  });
});

describe('host font', () => {
  test('widgets inherit the host font unless --loa-font-family is set; body text line-height ≥ 1.5', async (t) => {
    const c = new Checklist();
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/host/sidebar.html`);
    c.empty(await waitForContent(page), 'widgets without demo content');
    const typography = await probe<Array<{widget: string; font: string; minRatio: number; where: string}>>(page, 'typography()');
    t.diagnostic(typography.map((x) => `${x.widget}: ${x.font}, line-height ≥ ${x.minRatio} (${x.where})`).join('; '));
    const hostFont = (await page.evaluate('getComputedStyle(document.body).fontFamily')) as string;
    for (const x of typography) {
      if (x.widget === 'loa-qr') c.ok(/Courier New/.test(x.font), `loa-qr: --loa-font-family ignored (${x.font})`);
      else c.equal(x.font, hostFont, `${x.widget}: font family`);
      c.ok(x.minRatio >= 1.5, `${x.widget}: ${x.where} has line-height ${x.minRatio}`);
    }
    await context.close();
    c.done();
  });
});

test('the content markers come from the built content pack', () => {
  const markers = contentMarkers();
  for (const tag of TAGS) assert.ok(markers[tag].length > 0, tag);
});
