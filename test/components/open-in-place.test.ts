/*
 * Opening an item from outside, as the kiosk opens a <loa-search> result in
 * place: <loa-news item> opens that article, <loa-schedule event> opens that
 * occurrence (its day shown even past the first page of the agenda) with focus
 * on it. Each attribute waits for its content, then empties itself, so closing
 * the item by hand keeps it closed.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news/define.js';
import '../../src/schedule/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import type {ScheduleEvent} from '../../src/schedule/event-model.js';
import {settled} from '../helpers/news-dom.js';
import {settle} from '../helpers/settle.js';
import {deepActive} from '../helpers/a11y.js';

const NEWS = '/demo/content/news.json';
const CALENDAR = '/test/fixtures/schedule/commune.ics';
const NOW = '2025-10-05T09:00:00+07:00';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rendered = async (el: LoaNews | LoaSchedule) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('opening an item in place', function () {
  this.timeout(30_000);

  it('<loa-news item> opens that article once the feed has it, then empties itself', async () => {
    const feed = await (await fetch(NEWS)).json();
    const wanted = feed.items[3];
    const el = await fixture<LoaNews>(html`<loa-news src=${NEWS} limit="2" item=${wanted.id}></loa-news>`);
    await settled(el);
    await rendered(el);
    expect(text(el.shadowRoot!.querySelector('.article__title'))).to.equal(text(new DOMParser().parseFromString(wanted.title, 'text/html').body));
    expect(el.item).to.equal('');
    await expect(el).to.be.accessible();
    // Closed by hand, it stays closed.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await rendered(el);
    expect(el.shadowRoot!.querySelector('.article__title')).to.equal(null);
  });

  it('<loa-news item> with an id the feed does not have changes nothing', async () => {
    const el = await fixture<LoaNews>(html`<loa-news src=${NEWS} item="no-such-item"></loa-news>`);
    await settled(el);
    await rendered(el);
    expect(el.shadowRoot!.querySelector('.article__title')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.item__open').length).to.be.greaterThan(0);
  });

  it('<loa-schedule event> opens that occurrence, beyond the first page of days, with focus on it', async () => {
    const el = await fixture<LoaSchedule>(html`<loa-schedule src=${CALENDAR} now=${NOW}></loa-schedule>`);
    await settle(el);
    const events = (el as unknown as {content: {value: {schedule: {events: ScheduleEvent[]}}}}).content.value.schedule.events;
    const upcoming = events.filter((e) => e.end.getTime() > new Date(NOW).getTime() && e.status !== 'cancelled');
    const last = upcoming[upcoming.length - 1];
    // Not on the first page: the agenda shows its first ten days.
    const before = [...el.shadowRoot!.querySelectorAll('.schedule__event-title')].map(text);
    expect(before.length).to.be.greaterThan(0);
    el.event = last.key;
    await rendered(el);
    const open = el.shadowRoot!.querySelector<HTMLElement>('.schedule__toggle[aria-expanded="true"]');
    expect(text(open)).to.contain(last.title);
    expect(deepActive()).to.equal(open);
    expect(el.event).to.equal('');
    await expect(el).to.be.accessible();
    // Closed by hand, it stays closed.
    open!.click();
    await rendered(el);
    expect(el.shadowRoot!.querySelector('.schedule__toggle[aria-expanded="true"]')).to.equal(null);
  });
});
