/*
 * The built bundle exports no way around Trusted Types. This is where the leak
 * actually mattered: rollup exports from a chunk whatever another chunk imports
 * from it, under minified names, so any page script could import() a chunk and
 * call the "loa-news" policy. Every module reachable from the entry points is
 * imported and probed with test/helpers/trusted-types-probe.ts (the sources are
 * probed in test/components/loa-news-exports.test.ts).
 *
 * Runs after the build (scripts/test.mjs, stage "after-build-browser"), on the
 * build the web test runner serves at /__dist/ (dist/, or LOA_DIST). Without a
 * build it fails under CI and is skipped elsewhere.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {probeExports} from '../../helpers/trusted-types-probe.js';

const DIST = '/__dist/';
const ENTRIES = ['loa.js', 'widgets/loa-news.js', 'widgets/loa-schedule.js', 'widgets/loa-howto.js', 'widgets/loa-qr.js', 'widgets/loa-progress.js', 'widgets/loa-search.js'];

/** Every module reachable from `entries` through static and dynamic imports, as absolute URLs. */
async function reachableModules(entries: string[]): Promise<string[]> {
  const found = new Set<string>();
  const queue = entries.map((entry) => new URL(entry, new URL(DIST, location.href)).href);
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (found.has(url)) continue;
    found.add(url);
    const response = await fetch(url);
    expect(response.ok, `${url}: ${response.status}`).to.equal(true);
    const code = await response.text();
    // Quoted or in backticks: the build writes dynamic imports as import(`./chunks/….js`).
    for (const match of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(new URL(match[1], url).href);
    }
  }
  return [...found];
}

describe('the built bundle exports no way around Trusted Types', () => {
  it('no module reachable from loa.js or widgets/*.js exports one', async function () {
    this.timeout(60_000);
    const build = await executeServerCommand<{built: boolean; ci: boolean; dist: string} | undefined, undefined>('loa-build');
    if (!build?.built) {
      const why = `No build in ${build?.dist ?? 'dist/'}: run \`node scripts/build.mjs\` (or LOA_DIST=… node scripts/build.mjs) first.`;
      if (build?.ci) throw new Error(why);
      console.warn(why);
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
