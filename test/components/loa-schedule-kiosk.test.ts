// <loa-schedule> on the kiosk (issue 15, "Native controls" and the landscape
// month grid): the places as kiosk-sized toggle buttons (place-filter="buttons"),
// badges no smaller than body text, the chosen day beside the grid when the
// element is wide and scrolled into view when it is below, and every target at
// least 48 × 48 px with the kiosk's --loa-target-size.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/schedule/define.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import {announcerElement} from '../../src/core/announcer.js';
import {announced, ax, axFind, deepActive} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

const FIXTURE = '/test/fixtures/schedule/commune.ics';
// Sunday 5 October 2025, 09:00 in Vietnam.
const NOW = '2025-10-05T09:00:00+07:00';
const PLACES = ['Chợ xã', 'Nhà văn hóa thôn Đông', 'Nhà văn hóa thôn Tây', 'Nhà văn hóa xã Hòa Loa', 'Sân vận động xã', 'Trạm y tế xã'];

const $ = (el: LoaSchedule, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaSchedule, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: LoaSchedule) => $$(el, '.schedule__event-title').map(text);
const buttonNamed = (el: LoaSchedule, name: string) => $$(el, 'button').find((b) => text(b).replace(/[‹›]/g, '').trim() === name)!;
const placeButtons = (el: LoaSchedule) => $$(el, 'button[part~="place"]');
const px = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

/** The kiosk's tokens: 28 px body text and 3em targets (kiosk/styles/root.css sets --loa-target-size: 3em). */
const KIOSK = 'font-size: 28px; --loa-target-size: 3em';

/** `before`: that much room above the element and below it, so the page scrolls both ways. */
async function load(attrs: {placeFilter?: string; place?: string; style?: string; before?: number} = {}): Promise<LoaSchedule> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="vi">
    <div style="block-size: ${attrs.before ?? 0}px"></div>
    <loa-schedule src=${FIXTURE} now=${NOW} place-filter=${attrs.placeFilter ?? 'select'} place=${attrs.place ?? ''} style=${attrs.style ?? ''}></loa-schedule>
    <div style="block-size: ${attrs.before ?? 0}px"></div>
  </div>`);
  const el = wrapper.querySelector('loa-schedule')!;
  await settle(el);
  return el;
}

async function month(el: LoaSchedule): Promise<void> {
  buttonNamed(el, 'Lịch tháng').click();
  await el.updateComplete;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('<loa-schedule> on the kiosk', () => {
  afterEach(async () => {
    document.documentElement.style.scrollPaddingBlockEnd = '';
    window.scrollTo(0, 0);
    await setViewport({width: 800, height: 600});
  });

  describe('place-filter="buttons"', () => {
    it('is a select by default, and with "buttons" a group of toggle buttons, all places and one per place, at least 48 px tall', async () => {
      const site = await load();
      expect($(site, 'select')).to.not.equal(null);
      expect(placeButtons(site)).to.have.length(0);

      const el = await load({placeFilter: 'buttons'});
      expect($(el, 'select')).to.equal(null);
      const group = placeButtons(el)[0].parentElement!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Lọc theo địa điểm');
      expect(placeButtons(el).map(text)).to.deep.equal(['Tất cả địa điểm', ...PLACES]);
      expect(placeButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false', 'false']);
      // 48 px even on a website's 16 px text, where --loa-target-size defaults to 2.75em (44 px).
      for (const b of placeButtons(el)) expect(b.getBoundingClientRect().height, text(b)).to.be.at.least(48);
      const snapshot = await ax();
      const node = axFind(snapshot, (n) => n.role === 'button' && n.name === 'Tất cả địa điểm');
      expect(node?.pressed).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('filters like the select, announces the count, and a pressed place toggles back to all', async () => {
      const el = await load({placeFilter: 'buttons'});
      const all = titles(el).length;
      announcerElement().textContent = '';
      placeButtons(el).find((b) => text(b) === 'Trạm y tế xã')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lớp kỹ năng số cho người khuyết tật']);
      expect(placeButtons(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map(text)).to.deep.equal(['Trạm y tế xã']);
      expect(await announced()).to.equal('Có 1 sự kiện sắp tới khớp bộ lọc.');
      await expect(el).to.be.accessible();

      placeButtons(el).find((b) => text(b) === 'Trạm y tế xã')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(all);
      expect(placeButtons(el)[0].getAttribute('aria-pressed')).to.equal('true');

      placeButtons(el).find((b) => text(b) === 'Chợ xã')!.click();
      await el.updateComplete;
      buttonNamed(el, 'Xóa bộ lọc').click();
      await el.updateComplete;
      expect(placeButtons(el)[0].getAttribute('aria-pressed')).to.equal('true');
      expect(titles(el)).to.have.length(all);
    });

    it('takes the place attribute, and works from the keyboard (Tab, Enter, Space)', async () => {
      const el = await load({placeFilter: 'buttons', place: 'nha van hoa thon tay'});
      expect(placeButtons(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map(text)).to.deep.equal(['Nhà văn hóa thôn Tây']);
      expect(new Set(titles(el))).to.deep.equal(new Set(['Lớp dùng điện thoại cho người cao tuổi']));

      placeButtons(el)[0].focus();
      await sendKeys({press: 'Tab'});
      expect(text(deepActive())).to.equal('Chợ xã');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(deepActive()?.getAttribute('aria-pressed')).to.equal('true', 'focus stays on the button it pressed');
      expect(titles(el)).to.deep.equal(['Hướng dẫn cài VNeID mức 2 tại chợ']);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(text(deepActive())).to.equal('Nhà văn hóa thôn Đông');
      expect(titles(el).every((t) => t.startsWith('Tổ công nghệ số cộng đồng – thôn Đông'))).to.equal(true);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(placeButtons(el)[0].getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('wraps on a narrow screen at kiosk sizes, without sideways scrolling', async () => {
      await setViewport({width: 360, height: 800});
      const el = await load({placeFilter: 'buttons', style: KIOSK});
      const root = $(el, '.loa-root')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
      const tops = new Set(placeButtons(el).map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(tops.size).to.be.greaterThan(1, 'the buttons wrap onto several rows');
      for (const b of placeButtons(el)) expect(b.getBoundingClientRect().right).to.be.at.most(root.getBoundingClientRect().right + 1);
    });
  });

  describe('badges', () => {
    it('are no smaller than body text, at the kiosk size too', async () => {
      for (const style of ['', KIOSK]) {
        const el = await load({style});
        const body = px($(el, '.loa-root')!);
        const cancelled = $(el, '.schedule__cancelled')!;
        expect(text(cancelled)).to.equal('Đã hủy');
        expect(px(cancelled), 'Đã hủy').to.be.at.least(body);
        for (const tags of $$(el, '.schedule__tags')) expect(px(tags), text(tags)).to.be.at.least(body);
        for (const lunar of $$(el, '.schedule__lunar')) expect(px(lunar), text(lunar)).to.be.at.least(body);
        await month(el);
        const counts = $$(el, '.schedule__cell-count');
        expect(counts.length).to.be.greaterThan(10);
        for (const count of counts) expect(px(count), `count ${text(count)}`).to.be.at.least(body);
      }
    });
  });

  describe('month grid and the chosen day', () => {
    it('sits beside the grid when the element is 1200 px wide or more, below it when narrower', async () => {
      await setViewport({width: 1400, height: 900});
      const el = await load({style: KIOSK});
      await month(el);
      expect(el.getBoundingClientRect().width).to.be.at.least(1200);
      $(el, 'td[data-day="2025-10-08"]')!.click();
      await el.updateComplete;
      const grid = $(el, '.schedule__grid')!.getBoundingClientRect();
      const day = $(el, '.schedule__selected')!.getBoundingClientRect();
      expect(text($(el, '.schedule__selected'))).to.contain('Lớp kỹ năng số cho người khuyết tật');
      expect(day.left, 'the day list is right of the grid').to.be.at.least(grid.right);
      expect(day.top, 'and level with it').to.be.below(grid.bottom);
      expect(day.width).to.be.greaterThan(400);
      await expect(el).to.be.accessible();

      // Narrower than 1200 px: one column, the day below the grid.
      el.style.maxWidth = '1100px';
      await frame();
      const grid2 = $(el, '.schedule__grid')!.getBoundingClientRect();
      const day2 = $(el, '.schedule__selected')!.getBoundingClientRect();
      expect(day2.top).to.be.at.least(grid2.bottom);
    });

    it('beside the grid, choosing a day scrolls nothing', async () => {
      await setViewport({width: 1400, height: 900});
      const el = await load({style: KIOSK});
      await month(el);
      $(el, 'td[data-day="2025-10-05"]')!.scrollIntoView({block: 'start'});
      const before = window.scrollY;
      $(el, 'td[data-day="2025-10-08"]')!.click();
      await el.updateComplete;
      await frame();
      expect(window.scrollY).to.equal(before);
    });

    /** A 500 px tall screen at kiosk sizes, the month bar at its top: what comes under the grid is off-screen. */
    async function below(): Promise<LoaSchedule> {
      await setViewport({width: 800, height: 500});
      const el = await load({before: 600, style: KIOSK});
      await month(el);
      $(el, '.schedule__month')!.scrollIntoView({block: 'start'});
      expect($(el, '.schedule__hint')!.getBoundingClientRect().top, 'the setting').to.be.greaterThan(innerHeight);
      return el;
    }

    it('below the grid, a tapped day brings its events into view, within the page scroll-padding', async () => {
      const el = await below();
      document.documentElement.style.scrollPaddingBlockEnd = '100px';
      // 31 October: one event (the monthly report deadline).
      $(el, 'td[data-day="2025-10-31"]')!.click();
      await el.updateComplete;
      await frame();
      const list = $(el, '.schedule__selected')!.getBoundingClientRect();
      expect(text($(el, '.schedule__selected'))).to.contain('Hạn nộp báo cáo tiến độ tháng');
      expect(list.height).to.be.below(innerHeight - 100);
      // 'nearest': scrolled just enough to show it whole above the 100 px of scroll-padding (a kiosk's dock).
      expect(Math.round(list.bottom)).to.be.within(innerHeight - 101, innerHeight - 99);
    });

    it('below the grid, Enter on a day brings its events into view and focus stays on the day', async () => {
      const el = await below();
      $(el, 'td[tabindex="0"]')!.focus({preventScroll: true});
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await frame();
      expect((deepActive() as HTMLElement).dataset.day).to.equal('2025-10-06');
      const list = $(el, '.schedule__selected')!.getBoundingClientRect();
      expect(text($(el, '.schedule__selected'))).to.contain('Thứ Hai, 6 tháng 10, 2025');
      expect(list.top).to.be.at.least(0);
      expect(list.bottom).to.be.at.most(innerHeight + 1);
    });
  });

  describe('targets', () => {
    /** Every control of the schedule on screen: buttons, links, fields, grid days, and their sizes. */
    const small = (el: LoaSchedule) =>
      $$(el, 'button, a[href], input, select, summary, [role="gridcell"]')
        .map((node) => ({node, box: node.getBoundingClientRect()}))
        .filter(({box}) => box.width > 0)
        .filter(({box}) => box.width < 48 || box.height < 48)
        .map(({node, box}) => `${node.tagName} "${text(node).slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);

    it('are at least 48 × 48 px with the kiosk tokens, in portrait, in every view', async () => {
      await setViewport({width: 1080, height: 1920});
      const el = await load({placeFilter: 'buttons', style: KIOSK});
      expect(small(el), 'agenda').to.deep.equal([]);
      buttonNamed(el, 'Sự kiện đã qua').click();
      await el.updateComplete;
      $$(el, '.schedule__toggle').find((b) => text(b).includes('Lễ phát động'))!.click();
      await el.updateComplete;
      expect($$(el, '.schedule__detail a[href]').map(text)).to.include.members(['Thêm vào lịch', 'Xem bản đồ', 'Trang sự kiện']);
      expect(small(el), 'an open event').to.deep.equal([]);
      await month(el);
      $(el, 'td[data-day="2025-10-08"]')!.click();
      await el.updateComplete;
      expect(small(el), 'month').to.deep.equal([]);
    });

    it('are at least 48 × 48 px with the kiosk tokens in landscape, with the day beside the grid', async () => {
      await setViewport({width: 1920, height: 1080});
      const el = await load({placeFilter: 'buttons', style: KIOSK});
      await month(el);
      $(el, 'td[data-day="2025-10-07"]')!.click();
      await el.updateComplete;
      expect(small(el)).to.deep.equal([]);
    });
  });
});
