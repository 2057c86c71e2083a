/*
 * Feeds as NukeViet writes them (assets/tpl/rss.tpl): a line break before the
 * XML declaration, CDATA padded with white space, and, in the Instant Articles
 * feed, a whole HTML page in content:encoded whose <header> repeats the item's
 * title (h1), summary (h2) and date. See test/fixtures/news/nukeviet-*.xml.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {sanitizeItemHtml} from '../../src/news/sanitize.js';
import {speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';
import {openItem, settled, unsafeThings} from '../helpers/news-dom.js';

const INSTANT = '/test/fixtures/news/nukeviet-instant-rss.xml';
const PLAIN = '/test/fixtures/news/nukeviet-rss.xml';
const TITLE = 'Ngày hội & "Bình dân học vụ số" ở xã Hòa Loa';
const SUMMARY =
  'Sáng 10/10, hơn 200 người dân xã Hòa Loa tham gia ngày hội Bình dân học vụ số, được hướng dẫn cài đặt VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ trên Cổng dịch vụ công.';

async function load(src: string): Promise<LoaNews> {
  const el = await fixture<LoaNews>(html`<loa-news src=${src} heading-level="2"></loa-news>`);
  await settled(el);
  return el;
}

const $ = (el: LoaNews, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaNews, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('loa-news with NukeViet feeds', function () {
  this.timeout(60_000);
  afterEach(() => speech.useEngine(undefined));

  it('reads the Instant Articles feed: leading line break, padded CDATA, escaped titles, ISO dates', async () => {
    const el = await load(INSTANT);
    expect($(el, '[role="alert"]'), 'no error').to.equal(null);
    const [first, second] = el.feed!.items;
    expect(el.feed!.items).to.have.length(2);
    expect(first.title).to.equal(TITLE);
    expect(first.summary).to.equal(SUMMARY);
    expect(first.id).to.equal('0f3c8c6e5b9a4d2e8f1a7b6c5d4e3f21');
    expect(first.url).to.equal('https://xahoaloa.example/index.php?language=vi&nv=news&op=chuyen-doi-so/ngay-hoi-binh-dan-hoc-vu-so-12.html');
    expect(first.date!.toISOString()).to.equal('2025-10-10T01:15:00.000Z');
    expect(second.title).to.equal('Lớp học kỹ năng số cho người cao tuổi thôn Đông');
    expect($$(el, '.item__summary').map(words)).to.deep.equal([SUMMARY, 'Lớp học mở vào chiều thứ Tư hằng tuần tại nhà văn hoá thôn Đông.']);
  });

  it('shows the title once and the summary not as a heading; keeps the figure, the category and the body', async () => {
    const el = await load(INSTANT);
    await openItem(el, 0);
    const article = $(el, 'article.article')!;
    const headings = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(words);
    expect(headings.filter((h) => h === TITLE), 'the title, once').to.have.length(1);
    expect(headings).to.not.include(SUMMARY);
    expect(words(article)).to.not.contain(SUMMARY);
    const body = $(el, '.loa-article-body')!;
    // The figure stays, first, with its image and caption.
    const figure = body.querySelector('figure')!;
    expect(figure.querySelector('img')!.getAttribute('src')).to.equal('https://xahoaloa.example/uploads/news/2025_10/ngay-hoi.jpg');
    expect(words(figure.querySelector('figcaption')!)).to.equal('Người cao tuổi thực hành cài VNeID tại nhà văn hoá thôn');
    expect(body.firstElementChild).to.equal(figure);
    // The category (op-kicker) is not a repeat: it stays, as a paragraph, since the
    // title it stood over is now the article's own heading.
    expect(body.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(words(body.querySelector('figure + p')!)).to.equal('Chuyển đổi số');
    // The published time repeats the item's date and goes; the modified time does not.
    expect([...body.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-10-12T09:30:00+07:00']);
    expect(words(body)).to.contain('126 người');
    // The page's wrappers are not kept inside the element's own <article>.
    expect(body.querySelector('article, header, head, meta, link')).to.equal(null);
    expect(unsafeThings(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an item without an image loses its repeated header and keeps the rest', async () => {
    const el = await load(INSTANT);
    await openItem(el, 1);
    const body = $(el, '.loa-article-body')!;
    expect(body.querySelector('figure')).to.equal(null);
    expect([...body.children].map((c) => c.localName)).to.deep.equal(['p', 'time', 'p']);
    expect(words(body.firstElementChild!)).to.equal('Chuyển đổi số');
    expect(words(body)).to.not.contain('Lớp học kỹ năng số cho người cao tuổi thôn Đông');
  });

  it('"Đọc to" reads the title once, then what the article shows', async () => {
    const engine = new FakeSpeechEngine();
    speech.useEngine(engine);
    const el = await load(INSTANT);
    await openItem(el, 0);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    const spoken = engine.last!.text;
    expect(spoken.startsWith(`${TITLE}. `), spoken).to.equal(true);
    expect(spoken.split(TITLE)).to.have.length(2);
    expect(spoken).to.not.contain(SUMMARY);
    expect(spoken).to.contain('Ngày hội do Đoàn thanh niên xã phối hợp');
  });

  it('reads the ordinary NukeViet feed: the home image and text as description, GMT dates', async () => {
    const el = await load(PLAIN);
    const item = el.feed!.items[0];
    expect(item.title).to.equal('Ngày hội Bình dân học vụ số ở xã Hòa Loa');
    expect(item.id).to.equal('news_12');
    expect(item.summary).to.equal('Sáng 10/10, hơn 200 người dân xã Hòa Loa tham gia ngày hội Bình dân học vụ số.');
    expect(item.date!.toISOString()).to.equal('2025-10-10T01:10:00.000Z');
    await openItem(el, 0);
    const img = $(el, '.loa-article-body img')!;
    expect(img.getAttribute('src')).to.equal('https://xahoaloa.example/assets/news/2025_10/ngay-hoi.jpg');
    expect(img.hasAttribute('align') || img.hasAttribute('border')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('dropping a repeated header', () => {
  const OPTIONS = {base: 'https://xa.example/', headingLevel: 2, externalLabel: '(trang ngoài)', tableLabel: 'Bảng'};
  const shown = {title: 'Tiêu đề bài', summary: 'Một câu tóm tắt đủ dài để bị cắt ngắn ở đây…', date: new Date('2025-10-10T01:15:00Z')};
  const sanitized = (dirty: string) => sanitizeItemHtml(dirty, {...OPTIONS, shown});

  it('matches a summary the list shortened with "…", and a date in another zone', () => {
    const body = sanitized(
      '<header><h1>TIÊU ĐỀ   BÀI</h1><p>Một câu tóm tắt đủ dài để bị cắt ngắn ở đây, và phần còn lại.</p><time datetime="2025-10-10T08:15:00+07:00">8 giờ</time></header><p>Thân bài</p>'
    );
    expect(body.innerHTML).to.equal('<p>Thân bài</p>');
  });

  it('leaves a header that says something else, and one that does not lead', () => {
    expect(sanitized('<header><h2>Bối cảnh</h2></header><p>x</p>').querySelector('h4')!.textContent).to.equal('Bối cảnh');
    const late = sanitized('<p>Mở đầu</p><header><h1>Tiêu đề bài</h1></header>');
    expect(late.querySelector('h3')!.textContent).to.equal('Tiêu đề bài');
    expect(late.querySelector('header')).to.equal(null);
  });

  it('does nothing without the facts (the sanitiser used on its own)', () => {
    const body = sanitizeItemHtml('<article><header><h1>Tiêu đề bài</h1></header><p>x</p></article>', OPTIONS);
    expect(body.querySelector('h3')!.textContent).to.equal('Tiêu đề bài');
    expect(body.querySelector('article, header')).to.not.equal(null);
  });
});
