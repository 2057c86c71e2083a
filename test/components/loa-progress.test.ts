// <loa-progress>: the sentence first, the bars' accessible name, the tables'
// headers, the kiosk's tables behind a tap, export, errors and English; axe
// in every state.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/progress/define.js';
import type {LoaProgress} from '../../src/progress/loa-progress.js';
import {settle} from '../helpers/settle.js';
import {ax, axFind} from '../helpers/a11y.js';

const FIXTURE = '/test/fixtures/progress/xa.csv';
const MISSING = '/test/fixtures/progress/thieu-cot.csv';
const NOW = '2026-11-20T09:00:00+07:00';
const csvUrl = (text: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;

async function load(template: ReturnType<typeof html>): Promise<LoaProgress> {
  const el = await fixture<LoaProgress>(template);
  await settle(el);
  return el;
}

const $ = (el: LoaProgress, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaProgress, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const norm = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (node: Element | null) => norm(node?.textContent);

describe('<loa-progress> drawn in steps', () => {
  it('draws a large file a step per frame (the first indicator first), and updateComplete waits for the last', async () => {
    const rows = ['Ngày;Khu vực;Chỉ tiêu;Đạt;Tổng;Mục tiêu'];
    for (const indicator of ['vneid-2', 'dvc', 'chu-ky-so', 'thanh-toan']) {
      for (let v = 1; v <= 120; v++) rows.push(`20/10/2026;Thôn ${v};${indicator};${v * 3};${v * 5};80%`);
    }
    const div = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    const el = document.createElement('loa-progress');
    el.setAttribute('now', NOW);
    el.setAttribute('src', csvUrl(rows.join('\n')));
    const seen: number[] = [];
    let watching = true;
    const look = () => {
      if (!watching) return;
      seen.push(el.shadowRoot?.querySelectorAll('.indicator').length ?? 0);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    div.append(el);
    await settle(el, {timeout: 15_000});
    watching = false;
    const drawn = seen.filter((n) => n > 0);
    expect(drawn[0], `indicators per frame: ${drawn.join(', ')}`).to.equal(1);
    expect(new Set(drawn).size, `indicators per frame: ${drawn.join(', ')}`).to.be.above(1);
    expect($$(el, '.indicator')).to.have.length(4);
  });
});

describe('<loa-progress>', () => {
  it('says the commune figure in a sentence first, in vi-VN numbers, and is accessible', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW} deadline="31/12/2026"></loa-progress>`);
    const section = $(el, '.indicator')!;
    expect(text(section.querySelector('h2'))).to.equal('Người dân có tài khoản định danh điện tử mức 2 (VNeID)');
    // The sentence is the first thing after the heading.
    expect(section.querySelector('h2')!.nextElementSibling!.classList.contains('sentence')).to.equal(true);
    expect(text(section.querySelector('.sentence'))).to.equal(
      'Toàn xã: 76,3 % (3.052/4.000 người), mục tiêu 80 % — chưa đạt, còn thiếu 148 người. Số liệu ngày 20/10/2026. ' +
        'So với ngày 20/09/2026: +852 người (+21,3 điểm %). Hạn 31/12/2026: còn 41 ngày.'
    );
    await expect(el).to.be.accessible();
  });

  it('draws the bars as one image whose name sums them up, with met or not met in words', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW}></loa-progress>`);
    const bars = $(el, 'svg.bars')!;
    expect(bars.getAttribute('role')).to.equal('img');
    expect(norm(bars.getAttribute('aria-label'))).to.equal(
      'Biểu đồ cột Người dân có tài khoản định danh điện tử mức 2 (VNeID): 1 trên 2 khu vực đạt mục tiêu 80 %. ' +
        'Cao nhất: Thôn Đông, 85,2 %; thấp nhất: Thôn Tây, 73,3 %.'
    );
    const labels = [...bars.querySelectorAll('text')].map((t) => text(t));
    expect(labels.slice(0, 4)).to.deep.equal(['Thôn Đông: 85,2 %', 'Đạt mục tiêu', 'Thôn Tây: 73,3 %', 'Chưa đạt mục tiêu']);
    expect(labels).to.include('Mục tiêu 80 %');
    expect(bars.querySelectorAll('.icon--met, .icon--unmet')).to.have.length(2);
  });

  it('has a real table with a caption, column and row headers, and the change since the count before', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW}></loa-progress>`);
    const table = $(el, '.indicator table')!;
    expect(text(table.querySelector('caption'))).to.equal(
      'Người dân có tài khoản định danh điện tử mức 2 (VNeID): theo khu vực, số liệu ngày 20/10/2026'
    );
    expect([...table.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
      ['Khu vực', 'col'],
      ['Số đạt', 'col'],
      ['Tổng', 'col'],
      ['Tỷ lệ', 'col'],
      ['Thay đổi so với lần trước', 'col'],
    ]);
    const first = [...table.querySelectorAll('tbody tr')[0].children].map((cell) => text(cell));
    expect(first).to.deep.equal(['Thôn Đông', '852', '1.000', '85,2 % Đạt mục tiêu', '+152 người (+15,2 điểm %)']);
    // The tick is drawn after the words and not spoken: one text in the cell, so Orca reads it as one (screen-reader scenario).
    const percentCell = table.querySelectorAll('tbody tr')[0].children[3];
    expect(percentCell.childElementCount).to.equal(0);
    expect(getComputedStyle(percentCell, '::after').content).to.equal('"✓" / ""');
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect([...table.querySelectorAll('tfoot td, tfoot th')].map((cell) => text(cell))[0]).to.equal('Toàn xã');
    // The region around it scrolls, so no cell is clipped, and a keyboard can reach it.
    const wrap = table.closest<HTMLElement>('.table-wrap')!;
    expect(wrap.tabIndex).to.equal(0);
    expect(getComputedStyle(wrap).overflowX).to.equal('auto');
    // The trend: a line chart and its table, with more than one date.
    expect(norm($(el, 'svg.trend')!.getAttribute('aria-label'))).to.include('từ 55,0 % ngày 20/09/2026 đến 76,3 % ngày 20/10/2026');
    expect($$(el, '.indicator')[0].querySelectorAll('table')).to.have.length(2);
  });

  it('draws many villages a batch at a time, and all of it is in the accessibility tree, off screen too', async () => {
    // 120 villages: drawn 50 at a time (progress-views.ts), all there once updateComplete resolves.
    const rows = ['Ngày;Thôn;Chỉ tiêu;Đạt;Tổng;Mục tiêu'];
    for (let a = 0; a < 120; a++) rows.push(`20/10/2026;Thôn ${a};vneid-2;${400 + a};1000;50%`, `20/10/2026;Thôn ${a};chu-ky-so;${a};1000;50%`);
    const el = await load(html`<loa-progress src=${csvUrl(rows.join('\n'))} now=${NOW}></loa-progress>`);
    const sections = $$(el, '.indicator');
    expect(sections).to.have.length(2);
    for (const section of sections) {
      expect(section.querySelectorAll('tbody tr')).to.have.length(120);
      expect(section.querySelectorAll('svg.bars text')).to.have.length(120 * 2 + 1);
      // Nothing left unlaid-out: Chromium drops what content-visibility skips from the accessibility tree.
      expect(getComputedStyle(section).contentVisibility).to.equal('visible');
    }
    // The second indicator, far below the screen: its chart by its name, its table's region by its caption, to the last row.
    const tree = await ax();
    expect(axFind(tree, (node) => node.role === 'image' && (node.name ?? '').startsWith('Biểu đồ cột Người trưởng thành'))).to.not.equal(null);
    const caption = 'Người trưởng thành có chữ ký số cá nhân: theo khu vực, số liệu ngày 20/10/2026';
    const region = axFind(tree, (node) => node.role === 'region' && node.name === caption);
    expect(region, caption).to.not.equal(null);
    expect(axFind(region!, (node) => node.name === 'Thôn 119')).to.not.equal(null);
  });

  it('skips a bad row, says which row, and shows the rest', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW}></loa-progress>`);
    const problems = $(el, '.problems')!;
    expect(text(problems.querySelector('summary'))).to.equal('Đã bỏ qua 1 dòng không đọc được trong bảng tính.');
    (problems as HTMLDetailsElement).open = true;
    expect(text(problems.querySelector('li'))).to.equal('Dòng 7: ô Đạt (value) không phải số đếm hợp lệ: “abc”.');
    expect($$(el, '.indicator')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('names a missing column in the error, in the shared status box', async () => {
    const el = await load(html`<loa-progress src=${MISSING}><a href="/bang.csv">Bảng số liệu</a></loa-progress>`);
    const alert = $(el, '[role="alert"]')!;
    expect(text(alert.querySelector('p'))).to.equal(
      'Bảng số liệu thiếu cột Tổng (total), nên chưa hiển thị được. Người quản lý trang cần thêm cột này vào bảng tính.'
    );
    expect(text(alert.querySelector('details code'))).to.equal('missing columns: total');
    await expect(el).to.be.accessible();
  });

  it('keeps the last good content when a refresh fails', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW}></loa-progress>`);
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await el.refresh();
      await el.updateComplete;
    } finally {
      window.fetch = realFetch;
    }
    expect($(el, '.loa-status--stale')).to.not.equal(null);
    expect($(el, '.sentence')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on websites, exports the computed table as CSV that it reads back', async () => {
    const el = await load(html`<loa-progress src=${FIXTURE} now=${NOW}></loa-progress>`);
    expect($(el, '[part~="print"]')).to.not.equal(null);
    setTimeout(() => $(el, '[part~="export"]')!.click());
    const event = await oneEvent(el, 'loa-progress-export');
    event.preventDefault();
    expect(event.detail.filename).to.equal('tien-do-2026-11-20.csv');
    const lines = event.detail.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Ngày;Khu vực;Chỉ tiêu;Tên chỉ tiêu;Đạt;Tổng;Mục tiêu;Tỷ lệ (%);Kết quả');
    expect(lines).to.include('2026-10-20;Toàn xã;vneid-2;Người dân có tài khoản định danh điện tử mức 2 (VNeID);3052;4000;80,0;76,3;Chưa đạt mục tiêu');
    const again = await load(html`<loa-progress src=${csvUrl(event.detail.csv)} now=${NOW}></loa-progress>`);
    expect(text($(again, '.sentence'))).to.include('Toàn xã: 76,3 % (3.052/4.000 người)');
  });

  it('in the kiosk: no print or export, the tables behind a disclosure button', async () => {
    const el = await load(html`<loa-progress kiosk src=${FIXTURE} now=${NOW}></loa-progress>`);
    expect($(el, '[part~="print"]')).to.equal(null);
    expect($(el, '[part~="export"]')).to.equal(null);
    const toggle = $(el, '.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const ids = toggle.getAttribute('aria-controls')!.split(' ');
    expect(ids.every((id) => el.shadowRoot!.getElementById(id)!.hidden)).to.equal(true);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(ids.every((id) => !el.shadowRoot!.getElementById(id)!.hidden)).to.equal(true);
    expect(text(toggle)).to.equal('Ẩn bảng số liệu');
    await expect(el).to.be.accessible();
  });

  it('speaks English, with English numbers', async () => {
    const el = await load(html`<loa-progress lang="en" src=${FIXTURE} now=${NOW}></loa-progress>`);
    expect(text($(el, 'h2'))).to.equal('People with a level-2 electronic identity account (VNeID)');
    expect(text($(el, '.sentence'))).to.match(/^Whole commune: 76\.3% \(3,052\/4,000 people\), target 80% — not met, 148 people short\. Figures of 20 Oct 2026\./);
    expect([...$(el, 'thead tr')!.children].map((th) => text(th))).to.deep.equal(['Area', 'Reached', 'Total', 'Share', 'Change since the last count']);
    await expect(el).to.be.accessible();
  });
});
