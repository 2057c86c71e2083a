import {expect, fixture, html} from '@open-wc/testing';
import '../../src/schedule/define.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';
import {settle} from '../helpers/settle.js';

/*
 * Calendars made to break the page: they show what they can, say in words
 * what they left out, and never throw.
 */

// Sunday 5 October 2025, 09:00 in Vietnam.
const NOW = '2025-10-05T09:00:00+07:00';
const MINUTELY = '/test/fixtures/schedule/minutely.ics';

const $ = (el: LoaSchedule, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaSchedule, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element once its calendar is read (or refused); fails the test, naming the element, if that takes over 15 s. */
async function load(src: string, lang = 'vi'): Promise<LoaSchedule> {
  const div = await fixture<HTMLElement>(html`<div lang=${lang}><loa-schedule src=${src} now=${NOW}></loa-schedule></div>`);
  return settle(div.querySelector('loa-schedule')!, {timeout: 15_000});
}

describe('<loa-schedule> with a hostile calendar', () => {
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('8 events repeating every minute: a page of what comes next and a note that the rest was left out', async () => {
    const el = await load(MINUTELY);
    expect($(el, '[role="alert"]'), text($(el, '[role="alert"]'))).to.equal(null);
    const note = $$(el, '.schedule__note[role="note"]').map(text).find((t) => t.includes('lặp lại quá nhiều lần'));
    expect(note).to.equal('Lịch có sự kiện lặp lại quá nhiều lần nên chỉ hiện 10.000 lần gần nhất; các lần khác không hiển thị.');
    // One page stays small however dense the days are; the rest is a click away.
    const shown = $$(el, '.schedule__event').length;
    expect(shown).to.be.within(1, 200);
    const more = $$(el, 'button').find((b) => text(b) === 'Xem thêm ngày')!;
    expect(more).to.not.equal(undefined);
    more.click();
    await el.updateComplete;
    expect($$(el, '.schedule__event').length).to.be.within(shown + 1, 400);
    await expect(el).to.be.accessible();
    expect(errors).to.deep.equal([]);
  });

  it('a day with thousands of events in the month grid shows them a page at a time', async () => {
    const el = await load(MINUTELY);
    $$(el, '.schedule__views button')[1].click();
    await el.updateComplete;
    const today = $(el, 'td[data-day="2025-10-05"]')!;
    expect(text(today)).to.contain('sự kiện');
    today.click();
    await el.updateComplete;
    expect($$(el, '.schedule__selected .schedule__event').length).to.equal(200);
    const more = $$(el, '.schedule__selected button').find((b) => text(b) === 'Xem thêm sự kiện trong ngày')!;
    more.click();
    await el.updateComplete;
    expect($$(el, '.schedule__selected .schedule__event').length).to.equal(400);
    expect(errors).to.deep.equal([]);
  });

  it('says it in English too', async () => {
    const el = await load(MINUTELY, 'en');
    const note = $$(el, '.schedule__note').map(text).find((t) => t.includes('repeat too often'));
    expect(note).to.equal('Some events in the calendar repeat too often, so only the nearest 10,000 occurrences are shown; the others are left out.');
  });

  it('an event URL that is not http(s) never becomes a link or a QR code', async () => {
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:js', 'DTSTART:20251006T010000Z', 'SUMMARY:Họp thôn', 'URL:javascript:alert(1)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const el = await load(`data:text/calendar,${encodeURIComponent(ics)}`);
    $(el, '.schedule__toggle')!.click();
    await el.updateComplete;
    expect($(el, '.schedule__detail')!.hidden).to.equal(false);
    const urls = $$(el, '[href], [src], loa-qr').map((node) => node.getAttribute('href') ?? node.getAttribute('src'));
    expect(urls.filter((url) => url && !/^(https?:|blob:)/.test(url))).to.deep.equal([]);
    expect($$(el, 'a').map(text)).to.not.include('Trang sự kiện');
    expect((el as unknown as {content: {value: {schedule: {refusedUrls: number}}}}).content.value.schedule.refusedUrls).to.equal(1);
  });

  it('an ordinary calendar has no such note', async () => {
    const el = await load('/test/fixtures/schedule/commune.ics');
    expect($$(el, '.schedule__note').map(text).join(' ')).to.not.contain('lặp lại quá nhiều lần');
  });
});
