/*
 * Real-world feed shapes: the feedparser atom10, rss and illformed corpora (and
 * its JSON Feed sample) through the real element. Each feed must either show
 * items or the clear, visible error, and nothing may throw.
 */
import {expect} from '@open-wc/testing';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {closeItem, openItem, settled, unsafeThings} from '../helpers/news-dom.js';

const ROOT = '/__corpora/feedparser/tests/';

async function list(folder: string): Promise<string[]> {
  const names = (await (await fetch(ROOT + folder)).json()) as string[];
  return names.filter((n) => /\.(xml|json|rdf|atom)$/.test(n)).map((n) => folder + n);
}

describe('loa-news with the feedparser corpora', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`rejection: ${String(e.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('reads the atom10, rss, illformed and json corpora or says clearly why not, without exceptions', async function () {
    this.timeout(120_000);
    const files = [
      ...(await list('wellformed/atom10/')),
      ...(await list('wellformed/rss/')),
      ...(await list('illformed/')),
      ...(await list('illformed/chardet/')),
      ...(await list('illformed/geo/')),
      ...(await list('json/')),
    ];
    expect(files.length).to.be.greaterThan(440);
    const outcomes = {items: 0, empty: 0, error: 0};
    const problems: string[] = [];
    const queue = [...files];
    const worker = async () => {
      const el = document.createElement('loa-news') as LoaNews;
      el.limit = 50;
      document.body.append(el);
      for (let file = queue.shift(); file; file = queue.shift()) {
        el.src = ROOT + file;
        await settled(el);
        const root = el.shadowRoot!;
        const alert = root.querySelector('[role="alert"]');
        const items = root.querySelectorAll('.item__open').length;
        if (alert) {
          outcomes.error++;
          // The clear error: visible text plus a retry button, never a blank box.
          if (!alert.textContent!.trim() || !alert.querySelector('button')) problems.push(`${file}: unclear error`);
        } else if (items > 0) {
          outcomes.items++;
          await openItem(el, 0);
          problems.push(...unsafeThings(el).map((p) => `${file}: ${p}`));
          if (!root.querySelector('.article__title')) problems.push(`${file}: article did not open`);
          await closeItem(el);
        } else if (root.querySelector('.empty')) {
          outcomes.empty++;
        } else {
          problems.push(`${file}: blank`);
        }
      }
      el.remove();
    };
    await Promise.all(Array.from({length: 6}, worker));
    await new Promise((r) => setTimeout(r, 100));
    expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
    expect(errors, errors.slice(0, 10).join('\n')).to.deep.equal([]);
    // About 270 files have an <entry> or <item>, but many of those hold only one
    // non-displayable field (an author, an id, rights); such entries are dropped,
    // so those feeds show the "no news" note. The ill-formed ones must fail visibly.
    expect(outcomes.items, JSON.stringify(outcomes)).to.be.at.least(100);
    expect(outcomes.error, JSON.stringify(outcomes)).to.be.greaterThan(0);
  });

  it('shows the invalid-XML error for a broken feed', async () => {
    const el = document.createElement('loa-news') as LoaNews;
    el.src = `${ROOT}illformed/aaa_illformed.xml`;
    document.body.append(el);
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Nguồn tin bị lỗi');
    // The parser's detail is there for a webmaster, folded away.
    expect(alert.querySelector('details:not([open]) code')!.textContent).to.contain('XML');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reads the JSON Feed sample: both items, tags, and no script from content_html', async () => {
    const el = document.createElement('loa-news') as LoaNews;
    el.src = `${ROOT}json/example.json`;
    document.body.append(el);
    await settled(el);
    expect(el.feed!.title).to.equal('My Example Feed');
    expect(el.feed!.items.map((i) => i.id).sort()).to.deep.equal(['1', '2']);
    const titles = [...el.shadowRoot!.querySelectorAll('.item__open')].map((b) => b.textContent!.trim());
    expect(titles).to.include('post 2');
    // Item 1 has no title: a stand-in derived from its text.
    expect(titles).to.include('Hello, world!');
    el.remove();
  });
});
