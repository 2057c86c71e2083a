// The demo commune website (dist/demo/): every built page is a real page a
// webmaster could copy. It must keep the one-tag embed as written, run under
// its own strict CSP with no violation, pass axe, carry correct SEO basics and
// schema.org data, and show every widget's content. Run after a build:
//   node --import tsx --test test/e2e/demo.test.ts
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, relative} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import {Checklist, newPage, openSite, probe, type Site} from './embedding-helpers.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DEMO = join(DIST, 'demo');
const BANNER = 'Trang web mẫu — không phải trang của cơ quan nhà nước';

/** Every built page, as its URL path (/demo/…/). */
function builtPages(dir = DEMO): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' || entry.name === 'assets' ? [] : builtPages(path);
    const folder = relative(DEMO, dir);
    return entry.name === 'index.html' ? [`/demo/${folder ? `${folder}/` : ''}`] : [];
  });
}

const htmlOf = (path: string) => readFileSync(join(DEMO, path.slice('/demo/'.length), 'index.html'), 'utf8');

function jsonLdTypes(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]) as {'@type'?: string; '@graph'?: Array<{'@type': string}>};
    return data['@graph'] ? data['@graph'].map((d) => d['@type']) : [data['@type'] ?? '?'];
  });
}

/**
 * Polls an expression. (page.waitForFunction evaluates a string with eval,
 * which the demo pages' own CSP rightly refuses; page.evaluate is not eval.)
 */
async function waitUntil(page: Page, expression: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(200);
  }
}

let site: Site;
const pages = builtPages();
const guides = pages.filter((p) => /^\/demo\/huong-dan\/[^/]+\/$/.test(p));

before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

describe('the demo site as built', () => {
  test('has the pages issue 8 asks for', () => {
    for (const path of [
      '/demo/',
      '/demo/binh-dan-hoc-vu-so/',
      '/demo/binh-dan-hoc-vu-so/tin-tuc/',
      '/demo/binh-dan-hoc-vu-so/lich/',
      '/demo/binh-dan-hoc-vu-so/ma-qr/',
      '/demo/binh-dan-hoc-vu-so/tien-do/',
      '/demo/huong-dan/',
      '/demo/huong-dan-nhung/',
      '/demo/huong-dan-nhung/tham-chieu/',
    ]) {
      assert.ok(pages.includes(path), `${path} is built`);
    }
    const pack = JSON.parse(readFileSync(join(DEMO, 'content/commune.json'), 'utf8')) as {sources: {guides: string[]}};
    assert.deepEqual(
      guides.map((p) => p.split('/')[3]).sort(),
      [...pack.sources.guides].sort(),
      'one page per guide of the content pack'
    );
  });

  test('every page keeps the one-tag embed, the demo banner and SEO basics in its HTML', () => {
    for (const path of pages) {
      const html = htmlOf(path);
      assert.match(html, /<script type="module" src="\/loa\.js"><\/script>/, `${path}: the embed tag is kept as written`);
      assert.match(html, /<html lang="vi">/, `${path}: lang`);
      assert.ok(html.includes(BANNER), `${path}: demo banner`);
      assert.match(html, /<title>[^<]{10,}<\/title>/, `${path}: title`);
      const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? '';
      assert.ok(description.length >= 50 && description.length <= 320, `${path}: meta description of ${description.length} characters`);
      assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `${path}: one h1`);
      assert.doesNotMatch(html, /\sstyle=/, `${path}: no inline style attributes`);
      assert.doesNotMatch(html, /<script(?![^>]*(\ssrc=|\stype="application\/ld\+json"))[^>]*>/, `${path}: no inline scripts`);
    }
  });

  test('schema.org JSON-LD comes from the content pack', () => {
    const news = JSON.parse(readFileSync(join(DEMO, 'content/news.json'), 'utf8')) as {items: unknown[]};
    const newsTypes = jsonLdTypes(htmlOf('/demo/binh-dan-hoc-vu-so/tin-tuc/'));
    assert.equal(newsTypes.length, news.items.length, 'one NewsArticle per feed item');
    assert.ok(newsTypes.every((t) => t === 'NewsArticle'));
    const events = jsonLdTypes(htmlOf('/demo/binh-dan-hoc-vu-so/lich/'));
    assert.ok(events.length > 0 && events.every((t) => t === 'Event'), `Events: ${events.length}`);
    for (const path of guides) assert.deepEqual(jsonLdTypes(htmlOf(path)), ['HowTo'], path);
  });

  test('the reference lists what custom-elements.json says', () => {
    const manifest = readFileSync(join(DIST, 'custom-elements.json'), 'utf8');
    const html = htmlOf('/demo/huong-dan-nhung/tham-chieu/');
    for (const tag of ['loa-news', 'loa-schedule', 'loa-howto', 'loa-qr', 'loa-progress']) assert.ok(html.includes(`id="${tag}"`), tag);
    // Every part name in the manifest appears on the page.
    const parts = [...manifest.matchAll(/"cssParts":\s*\[([\s\S]*?)\]/g)].flatMap((m) => [...m[1].matchAll(/"name":\s*"([^"]+)"/g)].map((n) => n[1]));
    assert.ok(parts.length > 0, 'the manifest documents parts');
    for (const part of parts) assert.ok(html.includes(`<code>${part}</code>`), `part ${part}`);
    // The shared tokens come from the shared stylesheet.
    for (const token of ['--loa-font-family', '--loa-color-accent', '--loa-target-size']) assert.ok(html.includes(`<code>${token}</code>`), token);
  });
});

describe('search on the demo site', () => {
  test('every page has a search box in its header, a plain form to the search page', () => {
    for (const path of pages) {
      const html = htmlOf(path);
      assert.match(html, /<form class="site-search" role="search"[^>]*action="\/demo\/tim-kiem\/" method="get">/, `${path}: header search box`);
      assert.match(html, /<label for="site-search-q">Tìm kiếm<\/label>/, `${path}: visible label`);
    }
    assert.ok(pages.includes('/demo/tim-kiem/'), 'the search page is built');
  });

  test('the search page answers "cai vneid cho me" from the header box: the FAQ answer open first, grouped results, axe', async () => {
    const context = await site.browser.newContext({bypassCSP: true});
    const page = await context.newPage();
    await page.goto(`${site.origin}/demo/`);
    await page.getByRole('banner').getByLabel('Tìm kiếm').fill('cai vneid cho me');
    await page.getByRole('banner').getByRole('button', {name: 'Tìm'}).click();
    await page.waitForURL(/\/demo\/tim-kiem\/\?q=/);
    await page.waitForFunction(`document.querySelector('loa-search')?.shadowRoot?.querySelector('details[open]')`, undefined, {timeout: 20_000});
    const found = (await page.evaluate(`(() => {
      const root = document.querySelector('loa-search').shadowRoot;
      return {
        question: root.querySelector('details[open] summary').textContent.trim(),
        answer: root.querySelector('details[open] .answer').textContent,
        groups: [...root.querySelectorAll('.group__title')].map((h) => h.textContent.trim()),
        query: document.querySelector('loa-search').getAttribute('query'),
      };
    })()`)) as {question: string; answer: string; groups: string[]; query: string};
    assert.equal(found.query, 'cai vneid cho me');
    assert.equal(found.question, 'Tôi muốn cài VNeID cho mẹ (hoặc bố) thì làm thế nào?');
    assert.match(found.answer, /Công an xã/);
    assert.match(found.groups[0], /^Hỏi đáp/);
    await page.addScriptTag({path: axePath});
    const result = (await page.evaluate(`axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})`)) as {
      violations: Array<{id: string; nodes: Array<{target: unknown}>}>;
    };
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`), []);
    await context.close();
  });
});

describe('every demo page in Chromium', () => {
  for (const path of pages) {
    test(`${path}: no CSP violation or console error, widgets show content, landmarks, axe`, async () => {
      const c = new Checklist();
      const context = await site.browser.newContext();
      const {page, log} = await newPage(context);
      await page.goto(`${site.origin}${path}`);
      // Every widget upgraded and shows something other than a loading or error box.
      const deadline = Date.now() + 15_000;
      let pending: string[] = [];
      do {
        pending = (await page.evaluate(
          `__loaProbe.widgets().filter((h) => !h.shadowRoot || __loaProbe.text(h).trim().length < 20 || h.shadowRoot.querySelector('[role=alert]')).map((h) => h.localName)`
        )) as string[];
        if (pending.length) await page.waitForTimeout(250);
      } while (pending.length && Date.now() < deadline);
      c.empty(pending, 'widgets without content');
      await page.waitForTimeout(300);
      c.empty((await page.evaluate('window.__loaViolations')) as unknown[], 'CSP violations');
      c.empty(log.errors, 'console errors');
      c.empty(log.pageErrors, 'uncaught exceptions');

      for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
        c.ok((await page.getByRole(role).count()) >= 1, `landmark ${role}`);
      }
      c.ok(await page.getByRole('banner').getByText(BANNER).isVisible(), 'visible demo banner');
      // Reflow (WCAG 1.4.10): at 320 px the page never scrolls sideways.
      await page.setViewportSize({width: 320, height: 640});
      await page.waitForTimeout(200);
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      c.ok(width <= 320, `at 320 px the page is ${width} px wide: ${JSON.stringify(await probe(page, 'horizontalOverflow()'))}`);
      await page.setViewportSize({width: 1280, height: 800});
      await page.keyboard.press('Tab');
      c.equal(await page.evaluate('document.activeElement.getAttribute("href")'), '#noi-dung', 'first Tab reaches the skip link');
      await context.close();

      // axe needs an injected script, which the page's own CSP forbids: a second context bypasses it.
      const axeContext = await site.browser.newContext({bypassCSP: true});
      const axePage = await axeContext.newPage();
      await axePage.goto(`${site.origin}${path}`);
      // axe runs on rendered content, not on loading boxes: every widget shows text and nothing is loading.
      await axePage.waitForFunction(
        `[...document.querySelectorAll('loa-news, loa-schedule, loa-howto, loa-qr, loa-progress, loa-search')].every((el) => el.shadowRoot && el.shadowRoot.textContent.trim().length >= 20 && !/Đang tải|Đang tạo/.test(el.shadowRoot.textContent))`,
        undefined,
        {timeout: 15_000}
      );
      await axePage.addScriptTag({path: axePath});
      const result = (await axePage.evaluate(`axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})`)) as {
        violations: Array<{id: string; nodes: Array<{target: unknown}>}>;
      };
      c.empty(
        result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`),
        'axe violations'
      );
      await axeContext.close();
      c.done();
    });
  }
});

describe('progress page (issue 18)', () => {
  test('the demo spreadsheet shows every indicator, sentence first, with bars and tables', async () => {
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/demo/binh-dan-hoc-vu-so/tien-do/`);
    const progress = page.locator('loa-progress');
    await progress.locator('.sentence').first().waitFor({timeout: 15_000});
    // The indicators are drawn one step (a frame) at a time: all four, then the checks.
    await page.waitForFunction(() => document.querySelector('loa-progress')?.shadowRoot?.querySelectorAll('.sentence').length === 4, undefined, {timeout: 15_000});
    const sentences = await progress.locator('.sentence').allTextContents();
    assert.equal(sentences.length, 4, 'four indicators');
    assert.match(sentences[0], /^Toàn xã: [\d,]+\s%\s\([\d.]+\/3\.800 người\), mục tiêu 80\s% — chưa đạt, còn thiếu [\d.]+ người\. Số liệu ngày 20\/10\/2026\./);
    // The village behind: last in the bars, short of the target in words.
    const name = (await progress.locator('svg.bars').first().getAttribute('aria-label')) ?? '';
    assert.match(name, /thấp nhất: Thôn Gò Mít/);
    assert.equal(await progress.locator('table').first().locator('thead th').count(), 5);
    // Gò Mít's digital signatures were not counted on 20/10: carried from 20/09, with that date.
    assert.match((await progress.locator('.indicator').nth(2).locator('tbody').first().textContent()) ?? '', /Thôn Gò Mít\s*\(số liệu ngày 20\/09\/2026\)/);
    assert.equal(await progress.getByRole('button', {name: 'In báo cáo'}).count(), 1);
    assert.equal(await progress.getByRole('button', {name: 'Tải bảng số liệu (CSV)'}).count(), 1);
    await context.close();
  });
});

describe('guide pages', () => {
  test('#buoc-N opens that step (the kiosk hand-off QR codes point here)', async () => {
    const c = new Checklist();
    const path = guides.find((p) => p.includes('vneid-muc-2')) ?? guides[0];
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}${path}#buoc-3`);
    const howto = page.locator('loa-howto');
    await waitUntil(page, `document.querySelector('loa-howto')?.shadowRoot?.querySelector('[aria-current=step]')`);
    c.equal(await howto.getAttribute('step'), '3', 'the step attribute');
    const current = (await page.evaluate(`document.querySelector('loa-howto').shadowRoot.querySelector('[aria-current=step]')?.textContent ?? ''`)) as string;
    const guide = JSON.parse(readFileSync(join(DEMO, 'content/guides/vneid-muc-2.json'), 'utf8')) as {step: Array<{itemListElement?: Array<{name: string}>; name: string}>};
    const third = guide.step.flatMap((s) => s.itemListElement ?? [s])[2].name;
    c.ok(current.normalize('NFC').includes(third.normalize('NFC')), `the current step is "${third}" (got "${current.trim().slice(0, 80)}")`);
    await context.close();
    c.done();
  });

  test('without JavaScript the steps are still there, each with its #buoc-N anchor', async () => {
    const context = await site.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    for (const path of guides) {
      await page.goto(`${site.origin}${path}`);
      const steps = await page.locator('loa-howto ol > li[id^="buoc-"]').count();
      assert.ok(steps >= 3, `${path}: ${steps} steps`);
      assert.ok(await page.locator('#buoc-1').isVisible(), `${path}: step 1 visible`);
    }
    await context.close();
  });
});

describe('embedding guide', () => {
  test('snippets get a copy button that copies the snippet', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/demo/huong-dan-nhung/`);
    const buttons = page.getByRole('button', {name: 'Sao chép', exact: true});
    assert.ok((await buttons.count()) >= 5, 'one button per snippet');
    await buttons.first().click();
    // The message follows the clipboard write, which is asynchronous.
    await page.getByRole('status').filter({hasText: /^Đã sao chép mã\.$/}).waitFor({timeout: 5000});
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    assert.match(copied, /<script type="module" src="\/loa\/loa\.js"><\/script>/);
    await context.close();
  });

  test('the page is docs/embedding.vi.md: every heading (same level) and code block of the file is on it', async () => {
    // Read the file without the demo's Markdown renderer: headings are the lines starting with #, outside ``` fences.
    const source = readFileSync(new URL('../../docs/embedding.vi.md', import.meta.url), 'utf8').normalize('NFC');
    const headings: string[] = [];
    const blocks: string[] = [];
    let fence: string[] | undefined;
    for (const line of source.split('\n')) {
      if (line.startsWith('```')) {
        if (fence) blocks.push(fence.join('\n').trim());
        fence = fence ? undefined : [];
      } else if (fence) {
        fence.push(line);
      } else {
        const heading = /^(#{1,6}) (.+)$/.exec(line);
        if (heading) headings.push(`h${heading[1].length} ${heading[2].replace(/`/g, '').trim()}`);
      }
    }
    assert.ok(headings.length >= 5 && blocks.length >= 5, `${headings.length} headings, ${blocks.length} code blocks in the file`);
    // Without JavaScript: the guide is in the page's HTML, not added by a script.
    const context = await site.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}/demo/huong-dan-nhung/`);
    const onPage = (await page.evaluate(
      `[...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.localName + ' ' + h.textContent.trim().normalize('NFC'))`
    )) as string[];
    const code = (await page.evaluate(`[...document.querySelectorAll('main pre')].map((pre) => pre.textContent.trim().normalize('NFC'))`)) as string[];
    for (const heading of headings) assert.ok(onPage.includes(heading), `${heading} (the page has: ${onPage.join(' | ')})`);
    for (const block of blocks) assert.ok(code.includes(block), `code block “${block.slice(0, 50)}…”`);
    await context.close();
  });

  test('the themed example really takes the theme', async () => {
    const context = await site.browser.newContext();
    const {page} = await newPage(context);
    await page.goto(`${site.origin}/demo/huong-dan-nhung/`);
    await waitUntil(page, `document.querySelector('.theme-do loa-qr')?.shadowRoot?.querySelector('[part~=base]')`);
    const border = await probe<string>(page, `inside(document.querySelector('.theme-do loa-qr')).filter((e) => (e.getAttribute('part') || '').split(' ').includes('base')).map((e) => getComputedStyle(e).borderTopColor)[0]`);
    assert.equal(border, 'rgb(138, 28, 28)', '::part(base) border from the host stylesheet');
    await context.close();
  });
});
