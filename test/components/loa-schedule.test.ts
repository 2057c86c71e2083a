import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/schedule/define.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import {announcerElement} from '../../src/core/announcer.js';
import {announced, ax, axFind} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

const FIXTURE = '/test/fixtures/schedule/commune.ics';
// Sunday 5 October 2025, 09:00 in Vietnam: lunar 14/8.
const NOW = '2025-10-05T09:00:00+07:00';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function load(src = FIXTURE, extra = html``): Promise<LoaSchedule> {
  const el = await fixture<LoaSchedule>(html`<div lang="vi"><loa-schedule src=${src} now=${NOW}></loa-schedule>${extra}</div>`).then((div) => div.querySelector('loa-schedule')!);
  await settle(el);
  return el;
}

const $ = (el: LoaSchedule, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaSchedule, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: LoaSchedule) => $$(el, '.schedule__event-title').map(text);
const buttonNamed = (el: LoaSchedule, name: string) => $$(el, 'button').find((b) => text(b).replace(/[‹›]/g, '').trim() === name)!;

describe('<loa-schedule>', () => {
  describe('agenda', () => {
    it('groups upcoming events by day with "Hôm nay" and the lunar date beside every day', async () => {
      const el = await load();
      const headings = $$(el, '.schedule__day-heading');
      expect(headings.length).to.be.greaterThan(4);
      expect(text(headings[0])).to.contain('Hôm nay');
      expect(text(headings[0])).to.contain('Ngày 14 tháng 8 âm lịch');
      for (const h of headings) expect(text(h.querySelector('.schedule__lunar'))).to.match(/^(Mùng|Ngày) \d+ tháng .+ âm lịch$/);
      // The 30-day campaign is under way, so it sits under today.
      expect(text($$(el, '.schedule__day')[0])).to.contain('Chiến dịch 30 ngày');
      // Tuesday 7/10: the elderly class (Asia/Saigon 14:00) with the day's weekday and lunar date.
      const tuesday = $$(el, '.schedule__day').find((d) => text(d).includes('Lớp dùng điện thoại'))!;
      expect(text(tuesday.querySelector('h3'))).to.contain('Thứ Ba, 7 tháng 10, 2025');
      expect(text(tuesday.querySelector('h3'))).to.contain('Ngày 16 tháng 8 âm lịch');
      expect(text(tuesday)).to.contain('14:00–16:00');
      await expect(el).to.be.accessible();
    });

    it('highlights the next event with a countdown in words', async () => {
      const el = await load();
      const next = $(el, '.schedule__next')!;
      expect(text(next)).to.contain('Sự kiện tiếp theo');
      expect(text(next)).to.contain('Lớp dùng điện thoại cho người cao tuổi');
      expect(text(next.querySelector('.schedule__countdown'))).to.equal('Còn 2 ngày');
      el.now = '2025-10-07T06:00:00+07:00';
      await settle(el);
      expect(text($(el, '.schedule__countdown'))).to.equal('Hôm nay lúc 14:00');
      el.now = '2025-10-06T20:00:00+07:00';
      await settle(el);
      expect(text($(el, '.schedule__countdown'))).to.equal('Ngày mai lúc 14:00');
      expect(text($$(el, '.schedule__day-heading')[1])).to.contain('Ngày mai');
      // As laid out and copied: "Ngày mai, Thứ Ba, …" with no gap or line break before the comma.
      const shown = $$(el, '.schedule__day-heading')[1].innerText;
      expect(shown).to.match(/^Ngày mai, Thứ Ba, 7 tháng 10, 2025/);
      const name = $(el, '.schedule__day-name')!.getBoundingClientRect();
      const comma = $(el, '.schedule__day-date')!.getBoundingClientRect();
      expect(Math.abs(comma.left - name.left - $(el, '.schedule__day-name time')!.getBoundingClientRect().width)).to.be.below(1);
    });

    it('marks a cancelled event with text and strikethrough, and keeps it', async () => {
      const el = await load();
      const item = $$(el, '.schedule__event').find((li) => text(li).includes('Hướng dẫn cài VNeID'))!;
      expect(item.classList.contains('is-cancelled')).to.equal(true);
      expect(text(item.querySelector('.schedule__cancelled'))).to.equal('Đã hủy');
      expect(getComputedStyle(item.querySelector('.schedule__event-title')!).textDecorationLine).to.equal('line-through');
      const snapshot = await ax();
      const node = axFind(snapshot, (n) => n.role === 'button' && /^Hướng dẫn cài VNeID mức 2 tại chợ\s*, Đã hủy$/.test(n.name ?? ''));
      const names: string[] = [];
      axFind(snapshot, (n) => (/VNeID/.test(n.name ?? '') && names.push(`${n.role}|${n.name}`), false));
      expect(node, names.join('\n')).to.not.equal(null);
    });

    it('with plain-dates, says no "Hôm nay", "Ngày mai" or countdown, shows no next event, and marks no day as today in the month grid', async () => {
      const el = await load();
      el.plainDates = true;
      await settle(el);
      expect($(el, '.schedule__next')).to.equal(null);
      const headings = $$(el, '.schedule__day-heading').map(text);
      expect(headings[0]).to.match(/^Chủ Nhật, 5 tháng 10, 2025/);
      for (const h of headings) expect(h).to.not.match(/Hôm nay|Ngày mai/i);
      expect(text(el.shadowRoot!.querySelector('.loa-root'))).to.not.match(/Hôm nay|Ngày mai|Còn \d+ ngày|Đang diễn ra|sắp tới/i);
      await expect(el).to.be.accessible();
      // The month grid: the clock's day (5/10) is a day like any other, named by its date alone.
      buttonNamed(el, 'Lịch tháng').click();
      await el.updateComplete;
      const grid = $(el, 'table[role="grid"]')!;
      expect(text($(el, '#month-heading'))).to.equal('tháng 10 năm 2025');
      expect(grid.querySelectorAll('[aria-current="date"], .is-today').length).to.equal(0);
      expect(text(grid.querySelector('td[data-day="2025-10-05"] .visually-hidden'))).to.equal('Chủ Nhật, 5 tháng 10, 2025, 1 sự kiện');
      expect(text(el.shadowRoot!.querySelector('.loa-root'))).to.not.match(/Hôm nay|Ngày mai|Còn \d+ ngày|Đang diễn ra|sắp tới/i);
      await expect(el).to.be.accessible();
    });

    it('keeps past events reachable behind "Sự kiện đã qua"', async () => {
      const el = await load();
      expect(titles(el)).to.not.include('Lễ phát động phong trào Bình dân học vụ số');
      const toggle = buttonNamed(el, 'Sự kiện đã qua');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(titles(el)).to.include('Lễ phát động phong trào Bình dân học vụ số');
      await expect(el).to.be.accessible();
    });

    it('shows HTML in descriptions as text', async () => {
      const el = await load();
      buttonNamed(el, 'Sự kiện đã qua').click();
      await el.updateComplete;
      $$(el, '.schedule__toggle').find((b) => text(b).includes('Lễ phát động'))!.click();
      await el.updateComplete;
      const description = $(el, '.schedule__description')!;
      expect(description.textContent).to.equal('Mời toàn thể bà con dự lễ.');
      expect(description.querySelector('*')).to.equal(null);
    });
  });
  describe('event detail', () => {
    it('opens in place with the time in words, place, add-to-calendar, map and QR', async () => {
      const el = await load();
      buttonNamed(el, 'Sự kiện đã qua').click();
      await el.updateComplete;
      const toggle = $$(el, '.schedule__toggle').find((b) => text(b).includes('Lễ phát động'))!;
      toggle.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect([toggle.getAttribute('aria-expanded'), el.shadowRoot!.activeElement === toggle], 'open, focus still on the event\'s button').to.deep.equal(['true', true]);
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      expect(text(panel)).to.contain('Thứ Ba, 30 tháng 9, 2025, từ 08:00 đến 10:30');
      expect(text(panel)).to.contain('Nhà văn hóa xã Hòa Loa');
      const add = [...panel.querySelectorAll('a')].find((a) => text(a) === 'Thêm vào lịch')!;
      expect(add.hasAttribute('download')).to.equal(true);
      expect(add.getAttribute('download')).to.match(/\.ics$/);
      expect(add.href).to.match(/^blob:/);
      const ics = await (await fetch(add.href)).text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).to.contain('DTSTART:20250930T010000Z');
      expect(ics).to.contain('SUMMARY:Lễ phát động phong trào Bình dân học vụ số');
      const map = [...panel.querySelectorAll('a')].find((a) => text(a) === 'Xem bản đồ')!;
      expect(map.href).to.contain('https://www.openstreetmap.org/?mlat=16.4637&mlon=107.5909');
      const qr = panel.querySelector('loa-qr')!;
      expect(qr.getAttribute('href')).to.equal('https://hoaloa.example/su-kien/phat-dong');
      // <loa-qr> registers lazily, the first time an event with a page is open.
      await customElements.whenDefined('loa-qr');
      await (qr as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
      expect(qr.shadowRoot!.querySelector('svg[role="img"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers no map or QR when the event has no URL or GEO', async () => {
      const el = await load();
      const toggle = $$(el, '.schedule__toggle').find((b) => text(b).includes('người khuyết tật'))!;
      toggle.click();
      await el.updateComplete;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(text(panel)).to.contain('Thứ Tư, 8 tháng 10, 2025, từ 09:00 đến 11:00');
      expect([...panel.querySelectorAll('a')].map(text)).to.deep.equal(['Thêm vào lịch']);
      expect(panel.querySelector('loa-qr')).to.equal(null);
    });

    it('with add-to-calendar="qr", offers a QR code of the calendar itself, never a file', async () => {
      const el = await load();
      el.addToCalendar = 'qr';
      await el.updateComplete;
      const toggle = $$(el, '.schedule__toggle').find((b) => text(b).includes('người khuyết tật'))!;
      toggle.click();
      await el.updateComplete;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.querySelector('a[download], a[href^="blob:"]')).to.equal(null);
      const add = [...panel.querySelectorAll('button')].find((b) => text(b) === 'Thêm vào lịch')!;
      expect(add.getAttribute('aria-expanded')).to.equal('false');
      add.click();
      await el.updateComplete;
      expect(add.getAttribute('aria-expanded')).to.equal('true');
      const qr = panel.querySelector('loa-qr')!;
      expect(qr.getAttribute('href')).to.equal(new URL(FIXTURE, location.href).href);
      await customElements.whenDefined('loa-qr');
      await (qr as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
      expect(qr.shadowRoot!.querySelector('svg[role="img"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with add-to-calendar="qr", leaves the control out when the calendar has no address a phone can open', async () => {
      const ics = await (await fetch(FIXTURE)).text();
      const el = await load(`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`);
      el.addToCalendar = 'qr';
      await el.updateComplete;
      const toggle = $$(el, '.schedule__toggle').find((b) => text(b).includes('người khuyết tật'))!;
      toggle.click();
      await el.updateComplete;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(text(panel)).to.not.contain('Thêm vào lịch');
    });

    it('describes all-day and multi-day ranges in words', async () => {
      const el = await load();
      const toggle = $$(el, '.schedule__toggle').find((b) => text(b).includes('Chiến dịch'))!;
      toggle.click();
      await el.updateComplete;
      expect(text($(el, '.schedule__detail:not([hidden])'))).to.contain('Từ Thứ Ba, 30 tháng 9, 2025 đến hết Thứ Tư, 29 tháng 10, 2025');
    });
  });

  describe('filters', () => {
    it('filters by audience chip with aria-pressed and announces the count', async () => {
      const el = await load();
      const chip = $$(el, '.schedule__chip').find((b) => text(b) === 'Người cao tuổi')!;
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      announcerElement().textContent = '';
      chip.click();
      await el.updateComplete;
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(new Set(titles(el))).to.deep.equal(new Set(['Lớp dùng điện thoại cho người cao tuổi']));
      expect(titles(el).length).to.equal(5);
      expect(await announced()).to.equal('Có 5 sự kiện sắp tới khớp bộ lọc.');
      await expect(el).to.be.accessible();
    });

    it('searches without diacritics', async () => {
      const el = await load();
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = 'nguoi khuyet tat';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lớp kỹ năng số cho người khuyết tật']);
      input.value = 'TO CONG NGHE so';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el).every((t) => t.startsWith('Tổ công nghệ số'))).to.equal(true);
      expect(titles(el).length).to.equal(6);
    });

    it('filters by place and shows a clear empty state', async () => {
      const el = await load();
      const select = $(el, 'select') as HTMLSelectElement;
      select.value = 'Trạm y tế xã';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lớp kỹ năng số cho người khuyết tật']);
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = 'không có gì như thế này';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([]);
      expect(text($(el, '.schedule__empty'))).to.equal('Không có sự kiện sắp tới nào khớp bộ lọc.');
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Xóa bộ lọc').click();
      await el.updateComplete;
      expect(titles(el).length).to.be.at.least(10);
    });

    it('takes a first filter from the category attribute', async () => {
      const el = await fixture<LoaSchedule>(html`<loa-schedule src=${FIXTURE} now=${NOW} category="người khuyết tật"></loa-schedule>`);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Lớp kỹ năng số cho người khuyết tật']);
    });
  });

  describe('month view', () => {
    async function month(): Promise<LoaSchedule> {
      const el = await load();
      buttonNamed(el, 'Lịch tháng').click();
      await el.updateComplete;
      return el;
    }

    it('is a grid whose days are named with their event count', async () => {
      const el = await month();
      const grid = $(el, 'table[role="grid"]')!;
      expect(text($(el, '#month-heading'))).to.equal('tháng 10 năm 2025');
      const cell = grid.querySelector<HTMLElement>('td[data-day="2025-10-07"]')!;
      // 7/10: the campaign (all month) and the elderly class.
      expect(text(cell.querySelector('.visually-hidden'))).to.equal('Thứ Ba, 7 tháng 10, 2025, 2 sự kiện');
      expect(grid.querySelector('td[data-day="2025-10-05"]')!.getAttribute('aria-current')).to.equal('date');
      expect(grid.querySelectorAll('td[tabindex="0"]').length).to.equal(1);
      const node = axFind(await ax(), (n) => n.role === 'gridcell' && n.name === 'Thứ Ba, 7 tháng 10, 2025, 2 sự kiện');
      expect(node).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('moves with arrow keys, Home/End and PageUp/PageDown, and Enter shows the day', async () => {
      const el = await month();
      const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
      $(el, 'td[tabindex="0"]')!.focus();
      expect(focused()).to.equal('2025-10-05');
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-06');
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-13');
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-13', 'Monday is the first day of the week');
      await sendKeys({press: 'End'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-19');
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-18');
      await sendKeys({press: 'ArrowUp'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-11');
      await sendKeys({press: 'PageDown'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-11-11');
      expect(text($(el, '#month-heading'))).to.equal('tháng 11 năm 2025');
      await sendKeys({press: 'PageUp'});
      await el.updateComplete;
      await sendKeys({press: 'PageUp'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-09-11');
      await sendKeys({press: 'PageDown'});
      await el.updateComplete;
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-12');
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(focused()).to.equal('2025-10-08');
      announcerElement().textContent = '';
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect($(el, 'td[data-day="2025-10-08"]')!.getAttribute('aria-selected')).to.equal('true');
      const selected = $(el, '.schedule__selected')!;
      expect(text(selected)).to.contain('Thứ Tư, 8 tháng 10, 2025');
      expect(text(selected)).to.contain('Lớp kỹ năng số cho người khuyết tật');
      expect(await announced()).to.equal('Thứ Tư, 8 tháng 10, 2025: 2 sự kiện.');
      await expect(el).to.be.accessible();
    });

    it('switches months with buttons and expands recurrences there', async () => {
      const el = await month();
      buttonNamed(el, 'Tháng sau').click();
      await settle(el);
      expect(text($(el, '#month-heading'))).to.equal('tháng 11 năm 2025');
      expect(text($(el, 'td[data-day="2025-11-22"] .visually-hidden'))).to.equal('Thứ Bảy, 22 tháng 11, 2025, 1 sự kiện');
      // Far ahead, beyond the first expansion window: the yearly festival is still there.
      for (let i = 0; i < 35; i++) buttonNamed(el, 'Tháng sau').click();
      await el.updateComplete;
      await settle(el);
      await wait(100);
      await el.updateComplete;
      expect(text($(el, '#month-heading'))).to.equal('tháng 10 năm 2028');
      expect(text($(el, 'td[data-day="2028-10-10"] .visually-hidden'))).to.contain('1 sự kiện');
    });
  });

  describe('sources and errors', () => {
    it('reads a JSON array of schema.org Events', async () => {
      const el = await load('/test/fixtures/schedule/events.schema.json');
      expect(titles(el)).to.deep.equal(['Lớp hướng dẫn chữ ký số', 'Họp tổ công nghệ số (hoãn)']);
      expect(text($(el, '.schedule__note'))).to.contain('1 sự kiện');
    });

    it('shows a clear error for what is not a calendar', async () => {
      const el = await load('data:text/plain,hello');
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('Định dạng nội dung không được hỗ trợ');
      await expect(el).to.be.accessible();
    });

    it('renders in English when the page is English', async () => {
      const div = await fixture<HTMLElement>(html`<div lang="en"><loa-schedule src=${FIXTURE} now=${NOW}></loa-schedule></div>`);
      const el = div.querySelector('loa-schedule')!;
      await settle(el);
      expect(text($$(el, '.schedule__day-heading')[0])).to.contain('Today');
      expect(text($$(el, '.schedule__lunar')[0])).to.equal('Lunar 14/8');
    });

    it('renders the demo commune calendar', async () => {
      const el = await load('/demo/content/events.ics');
      expect(text($(el, '.schedule__title'))).to.contain('Hòa Loa');
      expect(titles(el).length).to.be.greaterThan(5);
      expect(text($(el, '.schedule__next'))).to.contain('Sự kiện tiếp theo');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('reflows at 320 px with text at 200%, in both views, without sideways scrolling', async () => {
      await setViewport({width: 320, height: 640});
      const el = await load();
      el.style.fontSize = '32px';
      await el.updateComplete;
      const root = $(el, '.loa-root')!;
      const wide = () =>
        $$(el, '*')
          .filter((n) => n.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
          .map((n) => `${n.tagName}.${n.className}`)
          .slice(0, 5)
          .join(' ');
      expect(root.scrollWidth, `agenda: ${wide()}`).to.be.at.most(root.clientWidth + 1);
      buttonNamed(el, 'Lịch tháng').click();
      await el.updateComplete;
      expect(root.scrollWidth, `month: ${wide()}`).to.be.at.most(root.clientWidth + 1);
      for (const button of $$(el, 'button')) {
        const box = button.getBoundingClientRect();
        if (box.width) expect(box.height, text(button)).to.be.at.least(44);
      }
    });
  });

  describe('the corpora', () => {
    it('renders every calendar file, or shows the clear error; none throws', async function () {
      this.timeout(240_000);
      const folders = ['icaljs/samples', 'icaljs/samples/timezones', 'icaljs/test/parser', 'icalendar/calendars'];
      const el = await load();
      let rendered = 0;
      let errors = 0;
      const errorsSeen: string[] = [];
      const onError = (e: ErrorEvent) => errorsSeen.push(String(e.message));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', (e) => errorsSeen.push(String(e.reason)));
      for (const folder of folders) {
        const names = (await (await fetch(`/__corpora/${folder}`)).json()) as string[];
        for (const name of names.filter((n) => /\.(ics|ical|ifb|jcal|json|vcf)$/i.test(n))) {
          el.src = `/__corpora/${folder}/${name}`;
          await settle(el);
          const root = el.shadowRoot!;
          const alert = root.querySelector('[role="alert"]');
          if (alert) {
            expect(text(alert), name).to.match(/Định dạng|Nội dung bị lỗi/);
            errors++;
          } else {
            expect(root.querySelector('.schedule__title'), name).to.not.equal(null);
            expect(root.querySelector('.schedule__agenda, .schedule__empty'), name).to.not.equal(null);
            rendered++;
          }
        }
      }
      window.removeEventListener('error', onError);
      expect(errorsSeen).to.deep.equal([]);
      expect(rendered + errors).to.be.greaterThan(150);
      expect(rendered).to.be.greaterThan(100);
    });
  });
});
