import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {closeItem, openItem, settled} from '../helpers/news-dom.js';
import {ax, axFind} from '../helpers/a11y.js';

/*
 * A wide <loa-news> (a kiosk in landscape, a wide page column) keeps the list
 * beside the open article (issue 15: "use the width… a list beside the open
 * item"); a narrow one shows the article in the list's place.
 */
const DEMO = '/demo/content/news.json';

async function load(width: string): Promise<LoaNews> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`inline-size: ${width}`}><loa-news src=${DEMO} limit="4" heading-level="2"></loa-news></div>`
  );
  const el = wrapper.querySelector('loa-news')!;
  await settled(el);
  return el;
}

const $ = (el: LoaNews, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: LoaNews, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('loa-news: list beside the article when wide', function () {
  this.timeout(20000);
  before(() => setViewport({width: 1400, height: 900}));
  after(() => setViewport({width: 800, height: 600}));

  it('a wide element keeps the list beside the open article, the open item marked as current', async () => {
    const el = await load('1300px');
    await openItem(el, 1);
    const list = $(el, '.list-view');
    const article = $(el, '.article');
    expect(getComputedStyle(list).display).to.not.equal('none');
    const listBox = list.getBoundingClientRect();
    const articleBox = article.getBoundingClientRect();
    expect(articleBox.left, 'the article is to the right of the list').to.be.at.least(listBox.right);
    expect(Math.abs(articleBox.top - listBox.top), 'side by side, both from the top').to.be.below(2);
    expect(getComputedStyle($(el, '.filters')).display, 'the topic chips wait for the list alone').to.equal('none');
    const buttons = $$(el, '.item__open');
    expect(buttons.map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, 'true', null, null]);
    // Both panes are in the accessibility tree, and focus is on the article's heading.
    const tree = await ax();
    expect(axFind(tree, (n) => n.role === 'button' && n.name === buttons[1].textContent!.trim()), 'the open item, in the list').to.not.equal(null);
    expect(axFind(tree, (n) => n.role === 'heading' && n.name === buttons[1].textContent!.trim()), 'the article heading').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.article__title'));
    await expect(el).to.be.accessible();
  });

  it('another item chosen from the list opens in the article pane; back closes it and returns focus', async () => {
    const el = await load('1300px');
    await openItem(el, 0);
    await openItem(el, 2);
    expect($(el, '.article__title').textContent!.trim()).to.equal($$(el, '.item__open')[2].textContent!.trim());
    expect($$(el, '.item__open').map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, null, 'true', null]);
    await closeItem(el);
    expect(el.shadowRoot!.querySelector('.article')).to.equal(null);
    expect($$(el, '.item__open').every((b) => !b.hasAttribute('aria-current'))).to.equal(true);
    expect(getComputedStyle($(el, '.filters')).display).to.not.equal('none');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.item__open')[2]);
  });

  it('a narrow element shows the article in place of the list', async () => {
    const el = await load('700px');
    await openItem(el, 1);
    expect(getComputedStyle($(el, '.list-view')).display).to.equal('none');
  });

  it('a wide element whose text is large (38em does not fit) keeps one column', async () => {
    const el = await load('1200px');
    el.style.fontSize = '40px'; // 1200 px is 30em: too narrow for two readable columns
    await openItem(el, 1);
    expect(getComputedStyle($(el, '.list-view')).display).to.equal('none');
  });
});
