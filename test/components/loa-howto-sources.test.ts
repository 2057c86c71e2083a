import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/howto/define.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import type {LinkActivateEvent} from '../../src/core/outbound-links.js';
import {settle} from '../helpers/settle.js';

/*
 * The end of a guide says where its facts come from and when its steps were
 * last checked (schema.org `citation` and `dateModified`, docs/content.md):
 * "Nguồn: … · Kiểm tra lần cuối: 11/2026", after the steps in the overview
 * and under the done card in guided mode. A source that cannot be a safe
 * link, and a date that is not YYYY-MM-DD, are left out with a warning.
 */

const jsonUrl = (data: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;

const guide = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'HowTo',
  name: 'Đăng nhập Cổng Dịch vụ công bằng VNeID',
  inLanguage: 'vi',
  step: [
    {'@type': 'HowToStep', name: 'Mở trang dichvucong.gov.vn'},
    {'@type': 'HowToStep', name: 'Bấm “Đăng nhập”'},
  ],
  ...extra,
});

const SOURCED = guide({
  dateModified: '2026-11-30',
  citation: [
    {'@type': 'WebPage', name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/'},
    'https://www.vneid.gov.vn/huong-dan',
    {'@type': 'WebPage', name: 'Trang giả', url: 'javascript:alert(1)'},
    'Nghị định 69/2024/NĐ-CP',
  ],
});

async function load(template: ReturnType<typeof html>): Promise<LoaHowto> {
  return settle(await fixture<LoaHowto>(template));
}

const sourcesOf = (el: LoaHowto) => el.shadowRoot!.querySelector<HTMLElement>('[part~="sources"]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<loa-howto> sources and review date', () => {
  it('ends the overview with the sources as named links and the month of the last check, and is accessible', async () => {
    const el = await load(html`<loa-howto src=${jsonUrl(SOURCED)}></loa-howto>`);
    const sources = sourcesOf(el);
    expect(sources, 'the sources paragraph').to.not.equal(null);
    // After the steps: the last thing in the guide.
    const steps = el.shadowRoot!.querySelector('[part~="steps"]')!;
    expect(steps.compareDocumentPosition(sources!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text(sources)).to.equal(
      'Nguồn: Cổng Dịch vụ công quốc gia; vneid.gov.vn; Nghị định 69/2024/NĐ-CP. · Kiểm tra lần cuối: 11/2026'
    );
    const links = [...sources!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn/'],
      ['vneid.gov.vn', 'https://www.vneid.gov.vn/huong-dan'],
    ]);
    expect(sources!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-30');
    // The guide's words (the sources' names) carry the guide's language.
    expect(sources!.querySelector('a')!.closest('[lang]')!.getAttribute('lang')).to.equal('vi');
    expect(el.guide?.reviewed).to.equal('2026-11-30');
    await expect(el).to.be.accessible();
  });

  it('leaves out a source whose address is not http(s), with the usual warning', async () => {
    const el = await load(html`<loa-howto src=${jsonUrl(SOURCED)}></loa-howto>`);
    expect(el.guide?.sources.map((s) => s.name ?? s.url)).to.deep.equal([
      'Cổng Dịch vụ công quốc gia',
      'https://www.vneid.gov.vn/huong-dan',
      'Nghị định 69/2024/NĐ-CP',
    ]);
    expect(el.problems.map(({code, severity, url}) => ({code, severity, url}))).to.deep.equal([{code: 'unsafe-url', severity: 'warning', url: 'javascript:alert(1)'}]);
    expect(text(sourcesOf(el))).not.to.include('Trang giả');
    expect(el.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
  });

  it('warns about an empty citation and a date that is not YYYY-MM-DD, and shows neither', async () => {
    const el = await load(html`<loa-howto src=${jsonUrl(guide({citation: [{'@type': 'WebPage'}, 42], dateModified: '30/11/2026'}))}></loa-howto>`);
    expect(el.guide, 'the guide still shows').to.not.equal(undefined);
    expect(el.problems.map((p) => p.code)).to.deep.equal(['bad-citation', 'bad-citation', 'bad-date']);
    expect(el.problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(sourcesOf(el)).to.equal(null);

    const impossible = await load(html`<loa-howto src=${jsonUrl(guide({dateModified: '2026-02-30'}))}></loa-howto>`);
    expect(impossible.problems.map((p) => p.code)).to.deep.equal(['bad-date']);
    expect(sourcesOf(impossible)).to.equal(null);
  });

  it('shows the date alone, or the sources alone, without the separator', async () => {
    const dated = await load(html`<loa-howto src=${jsonUrl(guide({dateModified: '2025-03-01'}))}></loa-howto>`);
    expect(text(sourcesOf(dated))).to.equal('Kiểm tra lần cuối: 3/2025');
    const cited = await load(html`<loa-howto src=${jsonUrl(guide({citation: 'https://dichvucong.gov.vn/'}))}></loa-howto>`);
    expect(text(sourcesOf(cited))).to.equal('Nguồn: dichvucong.gov.vn');
    const neither = await load(html`<loa-howto src=${jsonUrl(guide({}))}></loa-howto>`);
    expect(sourcesOf(neither)).to.equal(null);
  });

  it('guided: not on the step card, but under the done card', async () => {
    const el = await load(html`<loa-howto mode="guided" src=${jsonUrl(SOURCED)}></loa-howto>`);
    expect(sourcesOf(el), 'not beside a step').to.equal(null);
    el.next();
    el.next();
    await el.updateComplete;
    const finished = el.shadowRoot!.querySelector('[part~="finished"]')!;
    const sources = sourcesOf(el);
    expect(sources).to.not.equal(null);
    expect(finished.compareDocumentPosition(sources!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text(sources)).to.include('Kiểm tra lần cuối: 11/2026');
    await expect(el).to.be.accessible();
  });

  it('routes a source link like any other: a kiosk gets its address and name for the QR card', async () => {
    const el = await load(html`<loa-howto src=${jsonUrl(SOURCED)}></loa-howto>`);
    el.addEventListener('loa-link-activate', (e) => e.preventDefault(), {once: true});
    const activate = oneEvent(el, 'loa-link-activate') as Promise<LinkActivateEvent>;
    sourcesOf(el)!.querySelector('a')!.click();
    const {detail} = await activate;
    expect(detail).to.deep.equal({href: 'https://dichvucong.gov.vn/', label: 'Cổng Dịch vụ công quốc gia'});
  });

  it('in English: "Sources:" and "Last checked: November 2026", the names in the guide\'s own language', async () => {
    const el = await load(html`<loa-howto lang="en" src=${jsonUrl(SOURCED)}></loa-howto>`);
    const sources = sourcesOf(el)!;
    expect(sources.getAttribute('lang')).to.equal('en');
    expect(text(sources)).to.equal('Sources: Cổng Dịch vụ công quốc gia; vneid.gov.vn; Nghị định 69/2024/NĐ-CP. · Last checked: November 2026');
    expect(sources.querySelector('a')!.closest('[lang]')!.getAttribute('lang')).to.equal('vi');
    await expect(el).to.be.accessible();
  });
});
