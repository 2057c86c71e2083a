/*
 * News in a narrow sidebar: a dozen topic chips would fill the first screen,
 * so `topics="menu"` offers them as one "Chủ đề" drop-down and `topics="none"`
 * hides them. The filter works the same way: by keyboard, with `category`
 * reflected and the count announced.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {fold} from '../../src/core/text.js';
import {settled} from '../helpers/news-dom.js';
import {announced, ax, axFind} from '../helpers/a11y.js';

const DEMO = '/demo/content/news.json';

async function sidebar(topics?: string, category = ''): Promise<LoaNews> {
  const aside = await fixture<HTMLElement>(
    html`<aside style="width: 240px"><loa-news src=${DEMO} limit="3" topics=${topics ?? ''} category=${category}></loa-news></aside>`
  );
  const el = aside.querySelector('loa-news')!;
  if (topics === undefined) el.removeAttribute('topics');
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: LoaNews, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: LoaNews, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** How far below the element's top the first item starts, in px. */
const firstItemTop = (el: LoaNews) => $(el, '.item')!.getBoundingClientRect().top - el.getBoundingClientRect().top;

describe('loa-news topics in a 240 px sidebar', function () {
  this.timeout(60_000);

  it('chips by default; topics="menu" is one labelled "Chủ đề" control, and the first item moves up to the first screen', async () => {
    const chips = await sidebar();
    expect($$(chips, '.chip').length).to.equal(13, '"Tất cả" and twelve topics');
    const menu = await sidebar('menu');
    expect($$(menu, '.chip')).to.have.length(0);
    const select = $<HTMLSelectElement>(menu, 'select')!;
    expect([...select.options].map((o) => o.textContent)).to.have.length(13);
    expect(select.options[0].textContent).to.equal('Tất cả');
    expect(select.value).to.equal('');
    // One line of control instead of a wall of chips.
    const target = parseFloat(getComputedStyle(select).fontSize) * 2.75;
    expect($(menu, '.topics')!.getBoundingClientRect().height).to.be.at.most(2 * target + 8);
    expect(firstItemTop(menu)).to.be.below(firstItemTop(chips) / 2);
    expect(select.getBoundingClientRect().height).to.be.at.least(target - 1);
    expect(menu.getBoundingClientRect().width).to.equal(240);
    expect($(menu, '.loa-root')!.scrollWidth).to.be.at.most(240);
    const combo = axFind(await ax(), (node) => node.role === 'combobox');
    expect(combo?.name).to.equal('Chủ đề');
    await expect(menu).to.be.accessible();
  });

  it('the menu filters by keyboard, reflects `category` and announces the count', async () => {
    const el = await sidebar('menu');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.focus();
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    const topic = select.options[1].value;
    expect(select.value).to.equal(topic);
    expect(el.category).to.equal(topic);
    expect(el.getAttribute('category')).to.equal(topic);
    const shown = el.feed!.items.filter((item) => item.tags.some((tag) => fold(tag) === fold(topic)));
    expect($$(el, '.item__open').map((b) => b.textContent)).to.deep.equal(shown.slice(0, 3).map((item) => item.title));
    expect(await announced()).to.equal(`${shown.length} tin thuộc chủ đề “${topic}”.`);
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(el.category).to.equal('');
    expect(await announced()).to.equal(`Tất cả ${el.feed!.items.length} tin.`);
    await expect(el).to.be.accessible();
  });

  it('follows `category` set by the page, without diacritics, and shows an unknown one as the choice', async () => {
    const el = await sidebar('menu', 'nguoi cao tuoi');
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect(select.value).to.equal('Người cao tuổi');
    el.category = 'VNeID';
    await el.updateComplete;
    expect(select.value).to.equal('VNeID');
    el.category = 'không có';
    await el.updateComplete;
    expect(select.selectedOptions[0].textContent).to.equal('không có');
    expect($(el, '.empty')!.textContent).to.contain('không có');
  });

  it('topics="none" shows no control; `category` still filters', async () => {
    const el = await sidebar('none', 'VNeID');
    expect($(el, '.filters')).to.equal(null);
    expect($(el, 'select')).to.equal(null);
    expect(firstItemTop(el)).to.be.below(10);
    const titles = $$(el, '.item__open').map((b) => b.textContent);
    const expected = el.feed!.items.filter((item) => item.tags.includes('VNeID')).slice(0, 3).map((item) => item.title);
    expect(titles).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('says "Topic" in English', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><loa-news src=${DEMO} topics="menu"></loa-news></div>`);
    const el = wrapper.querySelector('loa-news')!;
    await settled(el);
    await el.updateComplete;
    expect($(el, 'label[for="topics"]')!.textContent).to.equal('Topic');
    expect($<HTMLSelectElement>(el, 'select')!.options[0].textContent).to.equal('All');
  });
});
