/*
 * Content that does not parse, in <loa-schedule> and <loa-howto> (news has its
 * own file, loa-news-errors.test.ts): the reader gets a sentence in their
 * language; the parser's words (ical.js and JSON.parse speak English whatever
 * the page language) wait in a collapsed "Chi tiết kỹ thuật", and the last good
 * content stays on screen when a refresh brings a broken file.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/schedule/define.js';
import '../../src/howto/define.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import type {ContentError} from '../../src/core/content-error.js';
import {settle} from '../helpers/settle.js';

const NOW = '2025-10-05T09:00:00+07:00';
const GOOD_ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'X-WR-CALNAME:Lịch xã', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20251006T010000Z', 'DTEND:20251006T020000Z', 'SUMMARY:Họp tổ công nghệ số', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
// ical.js refuses the line, and nothing readable is left to salvage.
const BROKEN_ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nđây không phải một dòng iCalendar\r\nEND:VCALENDAR';
const GOOD_GUIDE = JSON.stringify({'@type': 'HowTo', name: 'Kích hoạt VNeID', step: ['Mở ứng dụng', 'Quét mã']});
const BROKEN_GUIDE = '{"@type": "HowTo", "name": "Kích hoạt VNeID", "step": [';

/** The text a reader sees without opening the technical details. */
function visibleText(box: Element): string {
  const copy = box.cloneNode(true) as Element;
  copy.querySelectorAll('details > :not(summary)').forEach((node) => node.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

type Loading = HTMLElement & {updateComplete: Promise<boolean>; refresh(): Promise<void>};
const errorOf = (el: HTMLElement) => (el as unknown as {content: {error?: ContentError}}).content.error;

/** The box's sentence is Vietnamese, the parser's words are only inside the closed details, and axe passes open and closed. */
async function expectFolded(el: Loading, box: Element, sentence: string): Promise<void> {
  const detail = errorOf(el)!.detail;
  expect(detail, 'the parser said something').to.not.equal('');
  const visible = visibleText(box);
  expect(visible).to.contain(sentence);
  expect(visible).to.contain('Chi tiết kỹ thuật');
  expect(visible).to.contain('Thử lại');
  expect(visible).to.not.contain(detail);
  expect(visible).to.not.match(/JSON|error|line|token|Unexpected/i);
  const details = box.querySelector('details')!;
  expect(details.open).to.equal(false);
  expect(details.querySelector('code')!.textContent).to.equal(detail);
  await expect(el).to.be.accessible();
  details.open = true;
  await expect(el).to.be.accessible();
  details.open = false;
}

describe('a broken file in <loa-schedule> and <loa-howto>', function () {
  this.timeout(60_000);
  const realFetch = window.fetch;
  let body = '';
  beforeEach(() => {
    window.fetch = async () => new Response(body);
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('schedule: a calendar ical.js cannot read is said in Vietnamese, its English folded away and marked', async () => {
    body = BROKEN_ICS;
    const el = await fixture<LoaSchedule>(html`<loa-schedule lang="vi" src="https://xa.example/lich.ics" now=${NOW}></loa-schedule>`);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(errorOf(el)!.kind).to.equal('invalid');
    await expectFolded(el, alert, 'Nội dung bị lỗi nên không hiển thị được.');
    expect(alert.querySelector('details code')!.getAttribute('lang')).to.equal('en');
    expect(alert.querySelector('details')!.textContent).to.contain('https://xa.example/lich.ics');
  });

  it('schedule: what is not a calendar says so, without the detail in the sentence', async () => {
    body = 'xin chào';
    const el = await fixture<LoaSchedule>(html`<loa-schedule lang="vi" src="https://xa.example/lich.ics" now=${NOW}></loa-schedule>`);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    await expectFolded(el, alert, 'Định dạng nội dung không được hỗ trợ.');
  });

  it('schedule: a refresh that brings a broken calendar keeps the events on screen', async () => {
    body = GOOD_ICS;
    const el = await fixture<LoaSchedule>(html`<loa-schedule lang="vi" src="https://xa.example/lich.ics" now=${NOW}></loa-schedule>`);
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('Họp tổ công nghệ số');
    body = BROKEN_ICS;
    await el.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Họp tổ công nghệ số');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const status = el.shadowRoot!.querySelector('.loa-status--stale')!;
    expect(visibleText(status)).to.match(/^Chưa cập nhật được — nội dung từ lúc /);
    await expectFolded(el, status, 'Nội dung bị lỗi nên không hiển thị được.');
  });

  it('schedule: an English page gets the English sentence', async () => {
    body = BROKEN_ICS;
    const el = await fixture<LoaSchedule>(html`<loa-schedule lang="en" src="https://xa.example/lich.ics" now=${NOW}></loa-schedule>`);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('The content has errors, so it cannot be shown.');
    expect(alert.querySelector('summary')!.textContent).to.equal('Technical details');
  });

  it('howto: a guide that is not JSON is said in Vietnamese, the detail folded away', async () => {
    body = BROKEN_GUIDE;
    const el = await fixture<LoaHowto>(html`<loa-howto lang="vi" src="https://xa.example/huong-dan.json"></loa-howto>`);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(errorOf(el)!.kind).to.equal('format');
    await expectFolded(el, alert, 'Định dạng nội dung không được hỗ trợ.');
  });

  it('howto: a refresh that brings a broken guide keeps the guide on screen', async () => {
    body = GOOD_GUIDE;
    const el = await fixture<LoaHowto>(html`<loa-howto lang="vi" src="https://xa.example/huong-dan.json"></loa-howto>`);
    await settle(el);
    expect(el.guide?.name).to.equal('Kích hoạt VNeID');
    body = BROKEN_GUIDE;
    await el.refresh();
    await el.updateComplete;
    expect(el.guide?.name).to.equal('Kích hoạt VNeID');
    expect(el.shadowRoot!.textContent).to.contain('Mở ứng dụng');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expectFolded(el, el.shadowRoot!.querySelector('.loa-status--stale')!, 'Định dạng nội dung không được hỗ trợ.');
  });
});
