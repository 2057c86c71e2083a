// The Trusted Types export test (test/components/loa-news-exports.test.ts)
// probes a fixed list of the news modules, since the browser cannot list a
// folder. This keeps that list whole: a new file in src/news must join it.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';

const newsDir = new URL('../../src/news/', import.meta.url);
const exportTest = readFileSync(new URL('../components/loa-news-exports.test.ts', import.meta.url), 'utf8');

test('every src/news module is imported and probed by the Trusted Types export test', () => {
  const files = readdirSync(newsDir).filter((name) => name.endsWith('.ts'));
  assert.ok(files.includes('trusted-types.ts'));
  for (const file of files) {
    const module = file.replace(/\.ts$/, '.js');
    assert.ok(exportTest.includes(`from '../../src/news/${module}'`), `${file} is not imported by loa-news-exports.test.ts`);
    assert.ok(exportTest.includes(`'${file}':`), `${file} is not in NEWS_MODULES of loa-news-exports.test.ts`);
  }
});
