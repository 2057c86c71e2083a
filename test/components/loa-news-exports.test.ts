/*
 * No export of the news modules may hand a page script a way around Trusted
 * Types. The "loa-news" policy passes strings through unchanged, so if it (or
 * a function that returns it, or a function that parses any string into nodes
 * and returns them) were exported, any script could reach it with a dynamic
 * import() of the bundle and turn an attack string into TrustedHTML or live
 * markup. Every export is called with attack payloads, and what comes back must
 * hold no TrustedHTML, policy or node that still carries an event handler.
 *
 * The built bundle, where rollup exports from each chunk whatever another
 * chunk imports, is probed the same way after the build:
 * test/after-build/browser/bundle-exports.test.ts.
 */
import {expect} from '@open-wc/testing';
import {leaks, PAYLOADS, probeExports, trustedTypes} from '../helpers/trusted-types-probe.js';
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
import * as newsChunks from '../../src/news/news-chunks.js';
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
  'news-chunks.ts': newsChunks,
  'sanitize.ts': sanitize,
  'trusted-types.ts': trustedTypesModule,
  'xml-feed.ts': xmlFeed,
};

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
