// Shared plumbing for the host-page tests (embedding.test.ts) and the demo-site
// tests (demo.test.ts): a server for the built dist/ plus the host fixtures,
// the system Chromium, and in-page probes that look inside the widgets' shadow
// roots.
//
// The probes are plain JavaScript in a string, installed with addInitScript:
// functions compiled by tsx and serialised with page.evaluate can carry helper
// calls that do not exist in the page.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {isDeepStrictEqual} from 'node:util';
import type {Server} from 'node:http';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium, INSTALL_HINT} from '../../scripts/browser.mjs';
import {DIST, startServer} from '../../scripts/serve.mjs';

export const FIXTURES = fileURLToPath(new URL('../fixtures/host/', import.meta.url));
export const TAGS = ['loa-news', 'loa-schedule', 'loa-howto', 'loa-qr'] as const;

/** The strict policy of issue 8 (what NukeViet-style portals send). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export interface Site {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves dist/ at /, the host fixtures at /host/ and a second copy of dist/ at
 * /copy/, plus any `extraRoots` (URL prefix → folder).
 */
export async function openSite(extraRoots: Record<string, string> = {}): Promise<Site> {
  if (!existsSync(`${DIST}loa.js`)) throw new Error(`${DIST}loa.js is missing: build first (node scripts/build.mjs).`);
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const server: Server = await startServer({
    port: 0,
    extraRoots: {...extraRoots, '/host/': FIXTURES, '/copy/': DIST},
    headersFor: (path: string): Record<string, string> => (path === '/host/strict-csp.html' ? {'content-security-policy': STRICT_CSP} : {}),
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface PageLog {
  errors: string[];
  warnings: string[];
  pageErrors: string[];
}

/** A page that records console errors and warnings, uncaught exceptions and CSP violations. */
export async function newPage(context: BrowserContext): Promise<{page: Page; log: PageLog}> {
  await context.addInitScript({content: PROBE});
  const page = await context.newPage();
  const log: PageLog = {errors: [], warnings: [], pageErrors: []};
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return {page, log};
}

/** Text each widget shows once it has loaded the demo content pack. */
export function contentMarkers(): Record<(typeof TAGS)[number], string[]> {
  const content = `${DIST}demo/content/`;
  const feed = JSON.parse(readFileSync(`${content}news.json`, 'utf8')) as {items: Array<{title: string}>};
  const ics = readFileSync(`${content}events.ics`, 'utf8').replace(/\r?\n[ \t]/g, '');
  const summaries = [...ics.matchAll(/^SUMMARY[^:]*:(.*)$/gm)].map((m) => m[1].replace(/\\([,;\\])/g, '$1').trim());
  const guide = JSON.parse(readFileSync(`${content}guides/vneid-muc-2.json`, 'utf8')) as {name: string};
  return {
    'loa-news': feed.items.slice(0, 2).map((i) => i.title),
    'loa-schedule': summaries,
    'loa-howto': [guide.name],
    'loa-qr': ['Cổng Dịch vụ công quốc gia'],
  };
}

/**
 * Waits until every widget on the page shows demo content (any one marker per
 * widget, or one of `extra`'s for a widget reading other content), and
 * returns the tags that never did.
 */
export async function waitForContent(page: Page, timeout = 15_000, extra: Partial<Record<(typeof TAGS)[number], string[]>> = {}): Promise<string[]> {
  const markers = contentMarkers();
  for (const [tag, list] of Object.entries(extra) as Array<[(typeof TAGS)[number], string[]]>) markers[tag] = [...markers[tag], ...list];
  const deadline = Date.now() + timeout;
  let missing: string[] = [];
  while (Date.now() < deadline) {
    missing = (await page.evaluate(`__loaProbe.missingContent(${JSON.stringify(markers)})`)) as string[];
    if (!missing.length) return [];
    await page.waitForTimeout(200);
  }
  return missing;
}

export const probe = <T>(page: Page, expression: string) => page.evaluate(`__loaProbe.${expression}`) as Promise<T>;

/*
 * In-page probes. A "widget" is a loa-* element; its "inside" is every element
 * of its shadow root (and nested shadow roots). Visually hidden helpers (1 px,
 * clipped) are skipped where layout is measured.
 */
export const PROBE = String.raw`
window.__loaViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__loaViolations.push({directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber});
}, true);
window.__loaPolicies = [];
if (window.trustedTypes && trustedTypes.createPolicy) {
  const create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => {
    window.__loaPolicies.push(name);
    return create(name, rules);
  };
}
window.__loaProbe = {
  widgets() {
    return [...document.querySelectorAll('loa-news, loa-schedule, loa-howto, loa-qr, loa-progress, loa-search')];
  },
  inside(host) {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (host.shadowRoot) walk(host.shadowRoot);
    return out;
  },
  text(host) {
    const parts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
        else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.localName === 'style' || node.localName === 'script') continue;
          const label = node.getAttribute('aria-label');
          if (label) parts.push(' ' + label + ' ');
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    if (host.shadowRoot) walk(host.shadowRoot);
    return parts.join(' ').normalize('NFC').replace(/\s+/g, ' ');
  },
  label(host) {
    return host.localName + (host.id ? '#' + host.id : '');
  },
  describe(el) {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const part = el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '';
    return el.localName + cls + part;
  },
  missingContent(markers) {
    const squash = (s) => s.normalize('NFC').replace(/\s+/g, ' ');
    return Object.entries(markers)
      .filter(([tag, list]) => {
        const hosts = [...document.querySelectorAll(tag)].filter((h) => !h.closest('[lang="en"]'));
        return hosts.length && !hosts.every((h) => {
          const text = this.text(h);
          return list.some((m) => text.includes(squash(m))) && (tag !== 'loa-qr' || this.inside(h).some((e) => e.localName === 'svg'));
        });
      })
      .map(([tag]) => tag);
  },
  visible(el) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && !(s.clipPath && s.clipPath.startsWith('inset(50%'));
  },
  ownText(el) {
    return [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  },
  /** The smallest computed font size of visible text inside each widget. */
  fontSizes() {
    return this.widgets().map((h) => {
      let min = Infinity, where = '';
      for (const el of this.inside(h)) {
        if (!this.ownText(el) || !this.visible(el)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min) { min = size; where = this.describe(el); }
      }
      return {widget: this.label(h), min, where};
    });
  },
  /** The smallest computed font size of body text (paragraphs, list items, the root) inside each widget. */
  bodyFontSizes() {
    return this.widgets().map((h) => {
      const root = h.shadowRoot && h.shadowRoot.querySelector('.loa-root');
      let min = root ? parseFloat(getComputedStyle(root).fontSize) : 0, where = root ? this.describe(root) : 'no .loa-root';
      for (const el of this.inside(h)) {
        if (!['p', 'li', 'dd'].includes(el.localName) || !this.ownText(el) || !this.visible(el)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min) { min = size; where = this.describe(el); }
      }
      return {widget: this.label(h), min, where};
    });
  },
  /** The smallest visible button or link inside each widget. */
  targets() {
    return this.widgets().map((h) => {
      let min = {width: Infinity, height: Infinity}, where = '', count = 0;
      for (const el of this.inside(h)) {
        const role = el.getAttribute('role');
        if (!(el.localName === 'button' || el.localName === 'a' || role === 'button' || role === 'link' || el.localName === 'summary')) continue;
        if (!this.visible(el)) continue;
        // An inline link inside a sentence is exempt from target size (WCAG 2.5.8).
        if (el.localName === 'a' && getComputedStyle(el).display === 'inline' && el.parentElement && this.ownText(el.parentElement)) continue;
        count++;
        const r = el.getBoundingClientRect();
        if (Math.min(r.width, r.height) < Math.min(min.width, min.height)) { min = {width: r.width, height: r.height}; where = this.describe(el) + ' "' + (el.textContent || '').trim().slice(0, 30) + '"'; }
      }
      return {widget: this.label(h), count, width: Math.round(min.width * 10) / 10, height: Math.round(min.height * 10) / 10, where};
    });
  },
  /** Elements that stick out of their widget sideways, and scroll containers that scroll sideways. */
  horizontalOverflow() {
    const found = [];
    for (const h of this.widgets()) {
      const box = h.getBoundingClientRect();
      if (h.scrollWidth > h.clientWidth + 1) found.push(this.label(h) + ' (host) scrollWidth ' + h.scrollWidth + ' > ' + h.clientWidth);
      for (const el of this.inside(h)) {
        if (!this.visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.right > box.right + 1 || r.left < box.left - 1) found.push(this.label(h) + ' ' + this.describe(el) + ' spans ' + Math.round(r.left) + '–' + Math.round(r.right) + ' outside ' + Math.round(box.left) + '–' + Math.round(box.right));
        const s = getComputedStyle(el);
        if (['auto', 'scroll'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(this.label(h) + ' ' + this.describe(el) + ' scrolls sideways: ' + el.scrollWidth + ' > ' + el.clientWidth);
      }
    }
    return found;
  },
  /** Text that its box cuts off (overflow hidden or clip, with content larger than the box). */
  clipped() {
    const found = [];
    for (const h of this.widgets()) {
      for (const el of this.inside(h)) {
        if (!this.visible(el) || !el.textContent.trim()) continue;
        const s = getComputedStyle(el);
        const clipsX = ['hidden', 'clip'].includes(s.overflowX), clipsY = ['hidden', 'clip'].includes(s.overflowY);
        if ((clipsY && el.scrollHeight > el.clientHeight + 1) || (clipsX && el.scrollWidth > el.clientWidth + 1)) {
          found.push(this.label(h) + ' ' + this.describe(el) + ' ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight);
        }
      }
    }
    return found;
  },
  /** WCAG 1.4.12 text spacing, in the page and in every shadow root. */
  applyTextSpacing() {
    const css = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const roots = [];
    const collect = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { roots.push(el.shadowRoot); collect(el.shadowRoot); } };
    collect(document);
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return roots.length;
  },
  /** The language each widget marks inside its shadow root. */
  languages() {
    return this.widgets().map((h) => {
      const marked = h.shadowRoot && h.shadowRoot.querySelector('[lang]');
      return {widget: this.label(h), lang: marked ? marked.getAttribute('lang') : null};
    });
  },
  /** Font family of each widget's text, and the smallest line-height ratio of its body text. */
  typography() {
    return this.widgets().map((h) => {
      const root = h.shadowRoot && h.shadowRoot.querySelector('.loa-root, [lang]');
      let minRatio = Infinity, where = '';
      for (const el of this.inside(h)) {
        if (!['p', 'li', 'dd', 'dt', 'span', 'time', 'a', 'div'].includes(el.localName) || !this.ownText(el) || !this.visible(el)) continue;
        const s = getComputedStyle(el);
        const ratio = parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        if (ratio < minRatio) { minRatio = ratio; where = this.describe(el); }
      }
      return {widget: this.label(h), font: root ? getComputedStyle(root).fontFamily : null, minRatio: Math.round(minRatio * 100) / 100, where};
    });
  },
};
`;

/**
 * Collects every failed expectation of one test and fails once at the end, so
 * a report names all the problems on a fixture, not just the first.
 */
export class Checklist {
  readonly problems: string[] = [];

  ok(condition: unknown, what: string): void {
    if (!condition) this.problems.push(what);
  }

  equal(actual: unknown, expected: unknown, what: string): void {
    if (!isDeepStrictEqual(actual, expected)) this.problems.push(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }

  empty(list: unknown[], what: string): void {
    if (list.length) this.problems.push(`${what}: ${list.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' | ')}`);
  }

  done(): void {
    assert.deepEqual(this.problems, [], 'problems found');
  }
}
