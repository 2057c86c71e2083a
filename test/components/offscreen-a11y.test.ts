/*
 * News items and agenda days below the screen must be in the accessibility
 * tree, with their names, so a screen-reader user moving by heading or by
 * button finds them. Both used `content-visibility: auto` (laying out only
 * what is near the screen), which Chromium leaves out of the tree: this
 * failed with it (found with <loa-progress>, issue 18).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/news/define.js';
import '../../src/schedule/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import {settled} from '../helpers/news-dom.js';
import {settle} from '../helpers/settle.js';
import {ax, type AxNode} from '../helpers/a11y.js';

const names = (tree: AxNode, role: string): string[] => {
  const out: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role === role && node.name) out.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
};

describe('off-screen content in the accessibility tree', function () {
  this.timeout(30_000);
  before(() => setViewport({width: 800, height: 500}));
  after(() => setViewport({width: 800, height: 600}));

  it('every news item below the screen is there, its button named by its title', async () => {
    const el = await fixture<LoaNews>(html`<loa-news src="/demo/content/news.json" limit="30"></loa-news>`);
    await settled(el);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item__open')];
    const last = buttons[buttons.length - 1];
    expect(last.getBoundingClientRect().top, 'the last item is below the screen').to.be.greaterThan(500);
    const tree = await ax();
    expect(names(tree, 'button')).to.include(last.textContent!.trim());
  });

  it('every agenda day below the screen is a named heading with its events', async () => {
    const el = await fixture<LoaSchedule>(html`<loa-schedule src="/test/fixtures/schedule/commune.ics" now="2025-10-05T09:00:00+07:00"></loa-schedule>`);
    await settle(el);
    const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.schedule__day-heading')];
    const last = headings[headings.length - 1];
    expect(last.getBoundingClientRect().top, 'the last day is below the screen').to.be.greaterThan(500);
    const tree = await ax();
    const dayNames = names(tree, 'heading');
    expect(dayNames.some((name) => name.replace(/\s+/g, ' ').includes(last.textContent!.replace(/\s+/g, ' ').trim().slice(0, 12)))).to.equal(true, JSON.stringify(dayNames));
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.schedule__toggle')];
    expect(names(tree, 'button')).to.include(toggles[toggles.length - 1].textContent!.replace(/\s+/g, ' ').trim());
  });
});
