import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/search/define.js';
import type {LoaSearch} from '../../src/search/loa-search.js';
import type {SearchDetail, SearchOpenDetail} from '../../src/search/search-events.js';
import {announced, deepActive} from '../helpers/a11y.js';
import {announcerElement} from '../../src/core/announcer.js';

const GUIDE = '/demo/content/guides/vneid-muc-2.json';
const NEWS = '/demo/content/news.json';
const EVENTS = '/demo/content/events.ics';

function blobUrl(body: BlobPart, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([body], {type}));
}

const FAQ = blobUrl(
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: 'vi',
    mainEntity: [
      {
        '@type': 'Question',
        '@id': 'cai-vneid-cho-nguoi-than',
        name: 'Tôi muốn cài VNeID cho mẹ thì làm thế nào?',
        acceptedAnswer: {'@type': 'Answer', text: 'Đưa mẹ cùng điện thoại và thẻ căn cước đến Công an xã.\nCán bộ giúp cài và kích hoạt.'},
        keywords: 'VNeID',
      },
      {
        '@type': 'Question',
        '@id': 'quen-mat-khau-vneid',
        name: 'Quên mật khẩu VNeID thì làm sao?',
        acceptedAnswer: {'@type': 'Answer', text: 'Chọn “Quên mật khẩu” trên ứng dụng, nhập số định danh và mã xác thực gửi về điện thoại.'},
        keywords: 'VNeID',
      },
    ],
  })
);

async function until(check: () => boolean, timeout = 20_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function load(src: string, extra: {help?: string; lang?: string; query?: string} = {}): Promise<LoaSearch> {
  const el = await fixture<LoaSearch>(
    html`<loa-search src=${src} help=${extra.help ?? ''} lang=${extra.lang ?? 'vi'} query=${extra.query ?? ''} heading-level="2"></loa-search>`
  );
  await until(() => el.ready || !!el.shadowRoot!.querySelector('[role=alert]'));
  await el.updateComplete;
  return el;
}

const $ = (el: LoaSearch, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaSearch, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('loa-search', function () {
  this.timeout(60_000);

  it('is a search landmark with the visible label "Tìm kiếm", accessible before any query', async () => {
    const el = await load(`${FAQ} ${GUIDE}`);
    const form = $(el, 'form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(text($(el, 'label'))).to.equal('Tìm kiếm');
    expect(($(el, 'input') as HTMLInputElement).labels?.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('gives results as you type, without diacritics, grouped by kind, and announces the count', async () => {
    const el = await load(`${FAQ} ${GUIDE} ${NEWS} ${EVENTS}`);
    const searches: SearchDetail[] = [];
    el.addEventListener('loa-search', (event) => searches.push(event.detail));
    announcerElement().textContent = '';
    $(el, 'input')!.focus();
    await sendKeys({type: 'ngay hoi'});
    await until(() => $$(el, '.group').length > 0);
    const groups = $$(el, '.group__title').map(text);
    expect(groups.some((g) => g.startsWith('Tin tức'))).to.equal(true);
    expect(groups.some((g) => g.startsWith('Sự kiện'))).to.equal(true);
    // Kinds keep a fixed order: Hỏi đáp, Hướng dẫn, Tin tức, Sự kiện.
    const order = ['Hỏi đáp', 'Hướng dẫn', 'Tin tức', 'Sự kiện'];
    const seen = groups.map((g) => order.findIndex((o) => g.startsWith(o)));
    expect(seen).to.deep.equal([...seen].sort());
    const marks = $$(el, 'mark').map(text);
    expect(marks.some((m) => /ngày hội/i.test(m))).to.equal(true);
    expect($(el, '.date time')).to.not.equal(null);
    const count = $$(el, '.result').length;
    expect(await announced()).to.equal(`Tìm thấy ${count} kết quả`);
    expect(searches.at(-1)).to.deep.equal({query: 'ngay hoi', count});
    expect(el.query).to.equal('ngay hoi');
    expect(el.getAttribute('query')).to.equal('ngay hoi');
    await expect(el).to.be.accessible();
  });

  it('shows a FAQ answer inline, the top match expanded', async () => {
    const el = await load(`${FAQ} ${GUIDE}`, {query: 'cai vneid cho me'});
    await until(() => $$(el, 'details').length > 0);
    const details = $$(el, 'details') as HTMLDetailsElement[];
    expect(details[0].open).to.equal(true);
    expect(text(details[0].querySelector('summary'))).to.equal('Tôi muốn cài VNeID cho mẹ thì làm thế nào?');
    expect(text(details[0].querySelector('.answer'))).to.contain('Công an xã');
    expect(details.slice(1).every((d) => !d.open)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a guide result links to the step that matched; loa-search-open can be canceled', async () => {
    const el = await load(`${FAQ} ${GUIDE}`, {query: 'chup anh'});
    await until(() => $$(el, '.result a').length > 0);
    const link = $(el, '.result a') as HTMLAnchorElement;
    expect(link.href).to.match(/#buoc-\d+$/);
    const opened: SearchOpenDetail[] = [];
    el.addEventListener('loa-search-open', (event) => {
      opened.push(event.detail);
      event.preventDefault();
    });
    const before = location.href;
    link.click();
    expect(location.href).to.equal(before);
    expect(opened[0].kind).to.equal('guide');
    expect(opened[0].step).to.be.a('number');
    expect(opened[0].url).to.equal(link.href);
    expect(opened[0].source).to.equal(GUIDE);
  });

  it('with no results: a plain sentence, topics to try and the help desk', async () => {
    const el = await load(`${FAQ} ${NEWS}`, {help: 'Bộ phận một cửa, 0234 3 123 456'});
    announcerElement().textContent = '';
    $(el, 'input')!.focus();
    await sendKeys({type: 'xqzwv'});
    await sendKeys({press: 'Enter'});
    await until(() => !!$(el, '.suggestions'));
    expect(text($(el, '.count'))).to.equal('Không tìm thấy kết quả nào cho “xqzwv”.');
    expect(await announced()).to.equal('Không tìm thấy kết quả nào');
    expect(text($(el, '.help'))).to.equal('Cần người giúp? Bộ phận một cửa, 0234 3 123 456');
    const topic = $(el, '.suggestions button')!;
    await expect(el).to.be.accessible();
    const label = text(topic);
    topic.click();
    await el.updateComplete;
    expect(el.query).to.equal(label);
    expect($$(el, '.result').length).to.be.greaterThan(0);
  });

  it('shows the first 10 results of a group; "Xem thêm" shows more, and focus moves to the first of them', async () => {
    const many = blobUrl(
      JSON.stringify({
        '@type': 'FAQPage',
        mainEntity: Array.from({length: 25}, (_, i) => ({
          '@type': 'Question',
          '@id': `q${i}`,
          name: `Câu hỏi ${i + 1} về VNeID`,
          acceptedAnswer: {'@type': 'Answer', text: `Trả lời ${i + 1}.`},
        })),
      })
    );
    const el = await load(many, {query: 'vneid'});
    await until(() => $$(el, '.result').length > 0);
    expect(text($(el, '.group__title'))).to.equal('Hỏi đáp (25)');
    expect($$(el, '.result').length).to.equal(10);
    const more = $(el, 'button.more')!;
    expect(text(more)).to.equal('Xem thêm 15 kết quả');
    await expect(el).to.be.accessible();
    more.focus();
    await sendKeys({press: 'Enter'});
    await until(() => $$(el, '.result').length === 25);
    await el.updateComplete;
    // Reading goes on where the new results start; the button is gone, nothing is left to show.
    expect(deepActive()).to.equal($$(el, '.result')[10].querySelector('summary'));
    expect($(el, 'button.more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names a source that failed in a quiet note; the others still work', async () => {
    const el = await load(`${FAQ} /demo/content/khong-co.json`);
    expect(text($(el, '.note'))).to.equal('Không đọc được: khong-co.json.');
    expect($(el, '[role=alert]')).to.equal(null);
    el.query = 'quen mat khau';
    await el.updateComplete;
    expect($$(el, '.result').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('when every source fails, says so in the status box with a retry', async () => {
    const el = await load('/demo/content/khong-co.json');
    expect($(el, '[role=alert]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads RSS and Atom feeds too', async () => {
    const rss = blobUrl(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin xã</title><link>https://hoaloa.example/</link><item><title>Lớp học chữ ký số</title><link>https://hoaloa.example/tin/1</link><description>&lt;p&gt;Học ký số miễn phí&lt;/p&gt;</description></item></channel></rss>`,
      'application/rss+xml'
    );
    const atom = blobUrl(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title><id>urn:x</id><updated>2026-11-01T00:00:00Z</updated><entry><title>Ngày hội chuyển đổi số</title><id>urn:e1</id><link href="https://hoaloa.example/tin/2"/><updated>2026-11-01T00:00:00Z</updated><summary>Mời bà con đến dự</summary></entry></feed>`,
      'application/atom+xml'
    );
    const el = await load(`${rss} ${atom}`, {query: 'cks'});
    await until(() => $$(el, '.result').length > 0);
    expect(text($(el, '.result a'))).to.equal('Lớp học chữ ký số');
    el.query = 'chuyen doi so';
    await el.updateComplete;
    expect(text($(el, '.result a'))).to.equal('Ngày hội chuyển đổi số');
  });
});

describe('loa-search in English', function () {
  this.timeout(60_000);
  it('speaks English: label, groups, count and announcement', async () => {
    const el = await load(FAQ, {lang: 'en'});
    expect(text($(el, 'label'))).to.equal('Search');
    announcerElement().textContent = '';
    $(el, 'input')!.focus();
    await sendKeys({type: 'quen mat khau'});
    await sendKeys({press: 'Enter'});
    await until(() => $$(el, '.group').length > 0);
    expect(text($(el, '.group__title'))).to.equal('Questions and answers (1)');
    expect(text($(el, '.count'))).to.equal('Found 1 result');
    expect(await announced()).to.equal('Found 1 result');
    await expect(el).to.be.accessible();
  });
});
