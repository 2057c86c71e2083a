/*
 * Every attack case of the feedparser sanitizer corpus (745 feeds) through the
 * real <loa-news> in Chromium: each feed is loaded, every item is opened so its
 * HTML is sanitised and rendered, and then the rendered DOM is inspected.
 */
import {expect} from '@open-wc/testing';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {closeItem, openItem, settled, unsafeThings} from '../helpers/news-dom.js';

const CORPUS = '/__corpora/feedparser/tests/wellformed/sanitize/';

declare global {
  interface Window {
    __pwned?: string[];
  }
}

describe('loa-news against the feedparser sanitize corpus', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`rejection: ${String(e.reason)}`);
  const onUnload = () => window.__pwned!.push('navigation');
  const saved = {alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open};

  before(() => {
    // Traps: a payload that runs calls one of these (most call alert or navigate).
    window.__pwned = [];
    const trap = (name: string) => () => {
      window.__pwned!.push(name);
      return null as never;
    };
    window.alert = trap('alert');
    window.confirm = trap('confirm') as never;
    window.prompt = trap('prompt') as never;
    window.open = trap('open') as never;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('beforeunload', onUnload);
  });

  after(() => {
    Object.assign(window, saved);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('beforeunload', onUnload);
  });

  it('has traps and checks that would notice an attack (control)', async () => {
    const el = document.createElement('loa-news') as LoaNews;
    document.body.append(el);
    await el.updateComplete;
    const bad = document.createElement('div');
    bad.innerHTML = '<a href="javascript:void 0">x</a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="alert(1)" onload="alert(1)"><svg></svg>';
    el.shadowRoot!.append(bad);
    expect(unsafeThings(el)).to.have.length.greaterThan(3);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__pwned).to.include('alert');
    window.__pwned = [];
    el.remove();
  });

  it('renders all 745 cases with no script, no on* attribute and no javascript:/vbscript:/data: URL', async function () {
    this.timeout(180_000);
    const files = (await (await fetch(CORPUS)).json()) as string[];
    expect(files.length).to.equal(745);
    const problems: string[] = [];
    let opened = 0;
    let loaded = 0;
    // A few elements work through the queue side by side: the sweep stays well under a minute.
    const queue = [...files];
    const worker = async () => {
      const el = document.createElement('loa-news') as LoaNews;
      el.limit = 100;
      document.body.append(el);
      for (let file = queue.shift(); file; file = queue.shift()) {
        el.src = CORPUS + file;
        await settled(el);
        if (el.feed) loaded++;
        const count = el.shadowRoot!.querySelectorAll('.item__open').length;
        problems.push(...unsafeThings(el).map((p) => `${file} (list): ${p}`));
        for (let i = 0; i < count; i++) {
          await openItem(el, i);
          opened++;
          problems.push(...unsafeThings(el).map((p) => `${file} (item ${i}): ${p}`));
          await closeItem(el);
        }
      }
      el.remove();
    };
    await Promise.all(Array.from({length: 8}, worker));
    // Give anything deferred (lazy images' onerror, timers) a chance to fire.
    await new Promise((r) => setTimeout(r, 200));
    expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
    expect(window.__pwned, 'a payload ran').to.deep.equal([]);
    expect(errors, errors.slice(0, 10).join('\n')).to.deep.equal([]);
    // The sweep is meaningful only if the feeds were read and items opened.
    // 580 of the feeds have an entry or item (the rest attack feed-level fields,
    // which are never rendered as markup). 19 entries are dropped as empty: their
    // only field is a title made of nothing but an <img>, so no text is left.
    expect(loaded, 'feeds parsed').to.equal(745);
    expect(opened, 'items opened').to.be.at.least(570);
  });
});
