/*
 * No export of the news modules may hand a page script a way around Trusted
 * Types. The "loa-news" policy passes strings through unchanged, so if it (or
 * a function that returns it, or a function that parses any string into nodes
 * and returns them) were exported, any script could reach it with a dynamic
 * import() of the bundle and turn an attack string into TrustedHTML or live
 * markup. Every export is called with attack payloads, and what comes back must
 * hold no TrustedHTML, policy or node that still carries an event handler.
 */
import {expect} from '@open-wc/testing';
import * as articleHeader from '../../src/news/article-header.js';
import * as defineModule from '../../src/news/define.js';
import * as feedDates from '../../src/news/feed-dates.js';
import * as feedDecode from '../../src/news/feed-decode.js';
import * as feedItems from '../../src/news/feed-items.js';
import * as feedModel from '../../src/news/feed-model.js';
import * as feedParse from '../../src/news/feed-parse.js';
import * as feedText from '../../src/news/feed-text.js';
import * as feedUrls from '../../src/news/feed-urls.js';
import * as jsonFeed from '../../src/news/json-feed.js';
import * as loaNews from '../../src/news/loa-news.js';
import * as styles from '../../src/news/loa-news.styles.js';
import * as sanitize from '../../src/news/sanitize.js';
import * as trustedTypesModule from '../../src/news/trusted-types.js';
import * as xmlFeed from '../../src/news/xml-feed.js';

/**
 * Every module in src/news. test/node/news-modules.test.ts checks that this
 * list names every file there, so a new module cannot escape this test.
 */
export const NEWS_MODULES: Record<string, Record<string, unknown>> = {
  'article-header.ts': articleHeader,
  'define.ts': defineModule,
  'feed-dates.ts': feedDates,
  'feed-decode.ts': feedDecode,
  'feed-items.ts': feedItems,
  'feed-model.ts': feedModel,
  'feed-parse.ts': feedParse,
  'feed-text.ts': feedText,
  'feed-urls.ts': feedUrls,
  'json-feed.ts': jsonFeed,
  'loa-news.ts': loaNews,
  'loa-news.styles.ts': styles,
  'sanitize.ts': sanitize,
  'trusted-types.ts': trustedTypesModule,
  'xml-feed.ts': xmlFeed,
};

/** The parts of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
interface TrustedTypesApi {
  isHTML(value: unknown): boolean;
  isScript(value: unknown): boolean;
  isScriptURL(value: unknown): boolean;
  createPolicy(name: string, rules: {createHTML: (s: string) => string}): {createHTML(s: string): unknown};
}
const trustedTypes = (): TrustedTypesApi => (window as unknown as {trustedTypes: TrustedTypesApi}).trustedTypes;

const HANDLER = 'onerror';
/** The attack as HTML, as an XML feed carrying XHTML, and as a string a policy might be asked to pass. */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<rss version="2.0" xmlns:h="http://www.w3.org/1999/xhtml"><channel><h:img src="x" onerror="alert(1)"/><item><title>t</title><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>',
];
/** Second arguments the exports take: a MIME type, a base URL, sanitiser options. */
const SECOND_ARGUMENTS: unknown[] = [
  undefined,
  'text/html',
  'application/xml',
  'https://xa.example/feed.xml',
  {base: 'https://xa.example/', headingLevel: 2, externalLabel: '(trang ngoài)', tableLabel: 'Bảng'},
];

/** What is dangerous in a value an export returned, looking a few levels into objects. */
export function leaks(value: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (value === null || value === undefined || depth > 4 || seen.has(value)) return [];
  if (typeof value !== 'object' && typeof value !== 'function') return [];
  seen.add(value);
  const tt = trustedTypes();
  if (tt.isHTML(value) || tt.isScript(value) || tt.isScriptURL(value)) {
    return String(value).includes(HANDLER) ? [`Trusted Types value with the handler: ${String(value).slice(0, 60)}`] : [];
  }
  if (typeof (value as {createHTML?: unknown}).createHTML === 'function') return ['a Trusted Types policy'];
  if (value instanceof Node) {
    const root = value instanceof Document ? value.documentElement : value;
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...(root as ParentNode).querySelectorAll?.('*') ?? []];
    return elements.flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `a node with ${el.localName}[${a.name}]`)
    );
  }
  if (typeof value === 'function') return [];
  return Object.values(value as object).flatMap((v) => leaks(v, depth + 1, seen));
}

/** Calls every exported function with every payload; returns what leaked, by export. */
export async function probeExports(modules: Record<string, Record<string, unknown>>): Promise<string[]> {
  const problems: string[] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, exported] of Object.entries(module)) {
      problems.push(...leaks(exported).map((p) => `${file} ${name} (the export itself): ${p}`));
      if (typeof exported !== 'function') continue;
      for (const payload of PAYLOADS) {
        for (const second of SECOND_ARGUMENTS) {
          let result: unknown;
          try {
            result = await (exported as (...args: unknown[]) => unknown)(payload, second);
          } catch {
            continue; // refusing the payload is fine
          }
          problems.push(...leaks(result).map((p) => `${file} ${name}(payload, ${JSON.stringify(second)}): ${p}`));
        }
      }
    }
  }
  return [...new Set(problems)];
}

describe('news modules export no way around Trusted Types', () => {
  it('the probe notices a leaked policy, TrustedHTML and parsed nodes (control)', () => {
    const policy = trustedTypes().createPolicy('loa-test-control', {createHTML: (s: string) => s});
    expect(leaks(policy)).to.deep.equal(['a Trusted Types policy']);
    expect(leaks({html: policy.createHTML(PAYLOADS[0])})).to.have.length(1);
    const doc = new DOMParser().parseFromString(policy.createHTML(PAYLOADS[1]) as unknown as string, 'application/xml');
    expect(leaks(doc)).to.deep.equal(['a node with img[onerror]']);
  });

  it('no exported function returns TrustedHTML, a policy or nodes that keep an event handler', async () => {
    const problems = await probeExports(NEWS_MODULES);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});

/*
 * The built bundle, where the leak actually mattered: rollup exports from a
 * chunk whatever another chunk imports from it, under minified names. Every
 * module reachable from the entry points is imported and probed. Build first:
 *   LOA_DIST=.cache/dist-news node scripts/build.mjs
 * (.cache/ is ignored by git and served by the test runner.)
 */
const DIST = '/.cache/dist-news/';
const ENTRIES = ['loa.js', 'widgets/loa-news.js', 'widgets/loa-schedule.js', 'widgets/loa-howto.js', 'widgets/loa-qr.js'];

/** Every module reachable from `entries` through static and dynamic imports, as absolute paths. */
async function reachableModules(entries: string[]): Promise<string[]> {
  const found = new Set<string>();
  const queue = entries.map((entry) => new URL(entry, new URL(DIST, location.href)).href);
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (found.has(url)) continue;
    found.add(url);
    const code = await (await fetch(url)).text();
    for (const match of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(new URL(match[1], url).href);
    }
  }
  return [...found];
}

describe('the built bundle exports no way around Trusted Types', () => {
  it('no module reachable from loa.js or widgets/*.js exports one', async function () {
    this.timeout(60_000);
    if (!(await fetch(`${DIST}loa.js`, {method: 'HEAD'})).ok) {
      console.warn(`No build at ${DIST}: run LOA_DIST=.cache/dist-news node scripts/build.mjs to check the bundle too.`);
      this.skip();
    }
    const urls = await reachableModules(ENTRIES);
    // The bundle, its widget entries and their lazy chunks (feed readers, sanitiser) were all found.
    expect(urls.some((u) => /\/chunks\/sanitize-/.test(u)), urls.join('\n')).to.equal(true);
    expect(urls.some((u) => /\/chunks\/feed-parse-/.test(u)), urls.join('\n')).to.equal(true);
    const modules: Record<string, Record<string, unknown>> = {};
    for (const url of urls) modules[url.slice(url.indexOf(DIST) + DIST.length)] = (await import(url)) as Record<string, unknown>;
    const problems = await probeExports(modules);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
