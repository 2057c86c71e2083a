import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';
import {closeItem, openItem, settled, unsafeThings} from '../helpers/news-dom.js';
import {announced, ax, axFind, type AxNode} from '../helpers/a11y.js';

const DEMO = '/demo/content/news.json';

function blobUrl(body: BlobPart, type = 'application/feed+json'): string {
  return URL.createObjectURL(new Blob([body], {type}));
}

function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}): string {
  return blobUrl(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items, ...extra}));
}

async function load(src: string, attrs: {limit?: number; category?: string; level?: number} = {}): Promise<LoaNews> {
  const el = await fixture<LoaNews>(
    html`<loa-news src=${src} limit=${attrs.limit ?? 6} category=${attrs.category ?? ''} heading-level=${attrs.level ?? 2}></loa-news>`
  );
  await settled(el);
  return el;
}

/** A node of the page's accessibility tree (shadow roots included), found by role and name; undefined when there is none. */
async function axNode(role: string, name: string): Promise<AxNode | undefined> {
  return axFind(await ax(), (node) => node.role === role && node.name === name) ?? undefined;
}

const $ = (el: LoaNews, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaNews, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('loa-news: the list', function () {
  // Generous: the accessibility snapshots are slow when the machine is busy.
  this.timeout(60_000);
  it('shows the demo feed as a finite list of articles with headings, times and summaries', async () => {
    const el = await load(DEMO, {limit: 5, level: 3});
    const articles = $$(el, 'article.item');
    expect(articles).to.have.length(5);
    expect(el.shadowRoot!.querySelector('[role="feed"]')).to.equal(null);
    for (const article of articles) {
      const heading = article.querySelector('h3')!;
      expect(heading.querySelector('button')!.textContent!.trim()).to.not.equal('');
      const time = article.querySelector('time')!;
      expect(Number.isNaN(Date.parse(time.getAttribute('datetime')!))).to.equal(false);
      expect(article.querySelector('.item__summary')!.textContent!.trim().length).to.be.greaterThan(10);
    }
    // Newest first.
    const times = articles.map((a) => Date.parse(a.querySelector('time')!.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
    await expect(el).to.be.accessible();
  });

  it('uses the _loa.image_alt extension as the image text alternative', async () => {
    const el = await load(DEMO, {limit: 50});
    const images = $$(el, 'img.item__image') as HTMLImageElement[];
    expect(images.length).to.be.greaterThan(0);
    for (const img of images) {
      expect(img.alt.length).to.be.greaterThan(10);
      expect(img.getAttribute('loading')).to.equal('lazy');
    }
  });

  it('"Xem thêm" adds `limit` items, moves focus to the first new one and announces it', async () => {
    const el = await load(DEMO, {limit: 4});
    const total = el.feed!.items.length;
    expect($$(el, '.item__open')).to.have.length(4);
    const more = $(el, '.more')!;
    expect(more.textContent).to.contain(`còn ${total - 4} tin`);
    more.click();
    await el.updateComplete;
    const openers = $$(el, '.item__open');
    expect(openers).to.have.length(8);
    expect(el.shadowRoot!.activeElement).to.equal(openers[4]);
    expect(await announced()).to.equal(`Đã thêm 4 tin. Đang hiển thị 8 trên ${total} tin.`);
    await expect(el).to.be.accessible();
    while ($(el, '.more')) {
      $(el, '.more')!.click();
      await el.updateComplete;
    }
    expect($$(el, '.item__open')).to.have.length(total);
  });

  it('filters by chip, reflects `category`, and announces the count', async () => {
    const el = await load(DEMO, {limit: 50});
    const group = $(el, '.filters')!;
    expect(group.getAttribute('role')).to.equal('group');
    const chip = $$(el, '.chip').find((c) => c.textContent!.trim() === 'Người cao tuổi')!;
    chip.click();
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal('Người cao tuổi');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    const expected = el.feed!.items.filter((i) => i.tags.includes('Người cao tuổi')).length;
    expect($$(el, '.item__open')).to.have.length(expected);
    expect(await announced()).to.equal(`${expected} tin thuộc chủ đề “Người cao tuổi”.`);
    const node = await axNode('button', 'Người cao tuổi');
    expect(node, 'chip in the accessibility tree').to.not.equal(undefined);
    expect(node!.pressed).to.equal(true);
    await expect(el).to.be.accessible();
    $$(el, '.chip')[0].click(); // "Tất cả"
    await el.updateComplete;
    expect(el.hasAttribute('category') ? el.getAttribute('category') : '').to.equal('');
    expect($$(el, '.item__open')).to.have.length(el.feed!.items.length);
  });

  it('the category attribute ignores diacritics, and an unknown one says so', async () => {
    const el = await load(DEMO, {limit: 50, category: 'nguoi cao tuoi'});
    expect($$(el, '.item__open').length).to.be.greaterThan(0);
    el.category = 'không có';
    await el.updateComplete;
    expect($(el, '.empty')!.textContent).to.contain('“không có”');
    await expect(el).to.be.accessible();
  });

  it('treats titles and summaries as text, never markup', async () => {
    const el = await load(jsonFeed([{id: 'x', title: '<img src=x onerror=alert(1)>Tiêu đề', summary: '<b>đậm</b>', content_text: 'a'}]));
    const button = $(el, '.item__open')!;
    expect(button.textContent).to.equal('<img src=x onerror=alert(1)>Tiêu đề');
    expect(button.querySelector('img')).to.equal(null);
    expect($(el, '.item__summary')!.textContent).to.equal('<b>đậm</b>');
  });
});

describe('loa-news: the article view', function () {
  // Generous: the accessibility snapshots are slow when the machine is busy.
  this.timeout(60_000);
  afterEach(() => speech.useEngine(undefined));

  it('opens in place with focus on the heading, and goes back to the opener', async () => {
    const el = await load(DEMO, {limit: 3});
    const opener = $$(el, '.item__open')[1];
    const title = opener.textContent!.trim();
    await openItem(el, 1);
    const heading = $(el, '.article__title')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal(title);
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(getComputedStyle($(el, '.list-view')!).display, 'the list is hidden while the article is open').to.equal('none');
    // The item's button that had focus is gone with the list: Orca then said only "Đang tải nội dung…".
    expect(await announced(), 'the title, through the shared announcer').to.equal(title);
    const body = $(el, '.loa-article-body')!;
    expect(body.querySelector('p')).to.not.equal(null);
    expect(unsafeThings(el)).to.deep.equal([]);
    expect(await axNode('button', 'Quay lại danh sách')).to.not.equal(undefined);
    expect(await axNode('heading', title)).to.not.equal(undefined);
    await expect(el).to.be.accessible();
    await closeItem(el);
    const again = $$(el, '.item__open')[1];
    expect(again.textContent!.trim()).to.equal(title);
    expect(el.shadowRoot!.activeElement).to.equal(again);
  });

  it('sanitises item HTML: safe links marked, https images lazy, no http images, headings below the article', async () => {
    const content = `
      <h1>Mục lớn</h1><p>Xem <a href="https://dichvucong.gov.vn/">Cổng dịch vụ công</a>,
      <a href="/lien-he">liên hệ</a>, <a href="mailto:xa@example.org">thư</a>, <a href="tel:+842431234567">gọi</a>,
      <a href="javascript:alert(1)">xấu</a>, <a href=" jAvAsCrIpT:alert(1)">xấu 2</a>, <a href="data:text/html,x">xấu 3</a>.</p>
      <img src="https://example.org/a.png" alt="Ảnh lớp học"><img src="http://example.org/b.png" alt="http">
      <img src="https://example.org/c.png"><table><tr><th>Thôn</th><td>1</td></tr></table>
      <form action="/x"><input name="q"></form><style>*{display:none}</style><svg><a href="javascript:1">s</a></svg>`;
    const el = await load(jsonFeed([{id: '1', title: 'Bài', url: 'https://hoaloa.example/tin/1', content_html: content}]), {level: 3});
    await openItem(el, 0);
    const body = $(el, '.loa-article-body')!;
    const links = [...body.querySelectorAll('a')];
    const gov = links.find((a) => a.textContent!.includes('Cổng dịch vụ công'))!;
    expect(gov.getAttribute('href')).to.equal('https://dichvucong.gov.vn/');
    expect(gov.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(gov.textContent).to.contain('(trang ngoài)');
    expect(links.find((a) => a.textContent!.startsWith('liên hệ'))!.getAttribute('href')).to.equal('https://hoaloa.example/lien-he');
    expect(links.find((a) => a.textContent === 'thư')!.getAttribute('href')).to.equal('mailto:xa@example.org');
    expect(links.find((a) => a.textContent === 'gọi')!.getAttribute('href')).to.equal('tel:+842431234567');
    for (const bad of ['xấu', 'xấu 2', 'xấu 3']) expect(links.find((a) => a.textContent === bad)!.hasAttribute('href')).to.equal(false);
    const images = [...body.querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).to.deep.equal(['https://example.org/a.png', 'https://example.org/c.png']);
    expect(images[0].alt).to.equal('Ảnh lớp học');
    expect(images[1].getAttribute('alt')).to.equal('');
    expect(images.every((i) => i.getAttribute('loading') === 'lazy')).to.equal(true);
    expect(body.querySelector('h4')!.textContent).to.equal('Mục lớn'); // h1 in content under an h3 article
    expect(body.querySelector('.loa-table-scroll table')).to.not.equal(null);
    expect(body.querySelector('form, input, style, svg')).to.equal(null);
    expect(unsafeThings(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps the open article through a refresh and a language switch', async () => {
    const el = await load(jsonFeed([{id: '1', title: 'Bài', content_html: '<p><a href="https://vneid.gov.vn/">VNeID</a></p>'}]));
    await openItem(el, 0);
    expect($(el, '.loa-article-body a')!.textContent).to.contain('(trang ngoài)');
    await el.refresh();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($(el, '.article__title')).to.not.equal(null);
    expect($(el, '.loa-article-body a')!.textContent).to.contain('VNeID');
    el.lang = 'en';
    // The English strings and the sanitiser load asynchronously; a busy machine needs more than a moment.
    for (let i = 0; i < 100 && !$(el, '.loa-article-body a')?.textContent!.includes('(external site)'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    expect($(el, '.loa-article-body a')!.textContent).to.contain('(external site)');
    expect($(el, '.back')!.textContent).to.contain('Back to the list');
  });

  it('routes article links through loa-link-activate, which the kiosk can cancel', async () => {
    const el = await load(jsonFeed([{id: '1', title: 'Bài', content_html: '<p><a href="https://vneid.gov.vn/">VNeID</a></p>'}]));
    await openItem(el, 0);
    const seen: Array<{href: string; label: string}> = [];
    const listener = (e: CustomEvent<{href: string; label: string}>) => {
      seen.push(e.detail);
      e.preventDefault();
    };
    document.addEventListener('loa-link-activate', listener as EventListener);
    const link = $(el, '.loa-article-body a')!;
    const click = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true});
    link.dispatchEvent(click);
    document.removeEventListener('loa-link-activate', listener as EventListener);
    expect(seen).to.have.length(1);
    expect(seen[0].href).to.equal('https://vneid.gov.vn/');
    expect(seen[0].label).to.contain('VNeID');
    expect(click.defaultPrevented).to.equal(true);
  });

  it('"Đọc to" reads the article in the item language through the shared speech module', async () => {
    const engine = new FakeSpeechEngine();
    speech.useEngine(engine);
    const el = await load(
      jsonFeed([
        {id: 'vi', title: 'Tin tiếng Việt', content_html: '<p>Nội dung <b>bài</b>.</p>'},
        {id: 'en', title: 'English news', language: 'en', content_text: 'Body text.'},
      ], {language: 'vi'})
    );
    await openItem(el, 0);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.last!.text).to.equal('Tin tiếng Việt. Nội dung bài.');
    expect(engine.last!.lang).to.equal('vi');
    await el.updateComplete;
    expect($(el, '.read')!.textContent!.trim()).to.equal('Dừng đọc');
    expect($(el, '.read')!.getAttribute('aria-pressed')).to.equal('true');
    $(el, '.read')!.click();
    await el.updateComplete;
    expect(engine.cancelled).to.be.greaterThan(0);
    expect($(el, '.read')!.textContent!.trim()).to.equal('Đọc to');
    await closeItem(el);
    await openItem(el, 1);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.last!.lang).to.equal('en');
    expect($(el, 'article.article')!.getAttribute('lang')).to.equal('en');
  });

  it('"Đọc to" is marked read-aloud-unavailable once no voice reads the article (a kiosk hides it), and not while one does', async () => {
    speech.useEngine(new FakeSpeechEngine([{name: 'English', lang: 'en-GB'}]));
    const el = await load(jsonFeed([{id: 'vi', title: 'Tin tiếng Việt', content_text: 'Nội dung.'}, {id: 'en', title: 'English', language: 'en', content_text: 'Body.'}], {language: 'vi'}));
    await openItem(el, 0);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect($(el, '.read')!.getAttribute('part')).to.equal('button read-aloud read-aloud-unavailable');
    await closeItem(el);
    await openItem(el, 1);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect($(el, '.read')!.getAttribute('part')).to.equal('button read-aloud');
  });

  it('"Đọc to" shows only its own reading: another element speaking neither flips it nor is stopped by it', async () => {
    const engine = new FakeSpeechEngine();
    speech.useEngine(engine);
    const el = await load(jsonFeed([{id: 'a', title: 'Tin', content_text: 'Nội dung.'}], {language: 'vi'}));
    await openItem(el, 0);
    // Another element (the kiosk's speech mode, a <loa-howto> step) starts speaking.
    const other = speech.speak('Bước 1: Mở ứng dụng.', 'vi');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(speech.speaking).to.equal(true);
    expect($(el, '.read')!.textContent!.trim()).to.equal('Đọc to');
    expect($(el, '.read')!.getAttribute('aria-pressed')).to.equal('false');
    const cancelled = engine.cancelled;
    // Closing the article stops only news's own reading: there is none.
    await closeItem(el);
    expect(engine.cancelled).to.equal(cancelled);
    expect(speech.speaking).to.equal(true);
    // Its "Đọc to" reads the article instead (speech says one thing at a time) and shows "Dừng đọc".
    await openItem(el, 0);
    $(el, '.read')!.click();
    expect(await other).to.equal('stopped');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(engine.last!.text).to.equal('Tin. Nội dung.');
    expect($(el, '.read')!.textContent!.trim()).to.equal('Dừng đọc');
    // Another element speaking over it ends news's reading, and its button says so.
    void speech.speak('Lịch tiếp dân.', 'vi');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect($(el, '.read')!.textContent!.trim()).to.equal('Đọc to');
    expect($(el, '.read')!.getAttribute('aria-pressed')).to.equal('false');
    speech.stop();
  });

  it('stops its reading when the article closes or leaves the page', async () => {
    const engine = new FakeSpeechEngine();
    speech.useEngine(engine);
    const el = await load(jsonFeed([{id: 'a', title: 'Tin', content_text: 'Nội dung.'}], {language: 'vi'}));
    await openItem(el, 0);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(speech.speaking).to.equal(true);
    await closeItem(el);
    expect(speech.speaking, 'closed with "Quay lại danh sách"').to.equal(false);
    await openItem(el, 0);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(speech.speaking).to.equal(true);
    // A new feed closes the article; its voice must not read on with no button left to stop it.
    el.src = jsonFeed([{id: 'b', title: 'Tin khác', content_text: 'Khác.'}]);
    await settled(el);
    expect($(el, '.article__title')).to.equal(null);
    expect(speech.speaking, 'closed by a new src').to.equal(false);
    await openItem(el, 0);
    $(el, '.read')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(speech.speaking).to.equal(true);
    el.remove();
    expect(speech.speaking, 'removed from the page').to.equal(false);
  });

  it('reflows at 320 px with text at 200%: no sideways scrolling in the list or the article', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const el = await load(DEMO, {limit: 4});
      el.style.fontSize = '32px';
      await el.updateComplete;
      const root = $(el, '.loa-root')!;
      expect(root.scrollWidth, 'list').to.be.at.most(root.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(321);
      await openItem(el, 0);
      expect(root.scrollWidth, 'article').to.be.at.most(root.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(321);
      // Touch targets stay at least 2.75em high.
      const back = $(el, '.back')!.getBoundingClientRect();
      expect(back.height).to.be.at.least(2.75 * 32 - 1);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });
});

describe('loa-news: errors and refresh', function () {
  // Generous: the accessibility snapshots are slow when the machine is busy.
  this.timeout(60_000);
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('an HTTP error is a visible alert with a retry button', async () => {
    const el = await load('/no-such-feed.xml');
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('404');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('an HTML page or plain text is "not a supported format"', async () => {
    const el = await load(blobUrl('<!doctype html><html><body>Trang chủ</body></html>', 'text/html'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('định dạng được hỗ trợ');
    const text = await load(blobUrl('Xin chào', 'text/plain'));
    expect($(text, '[role="alert"]')!.textContent).to.contain('định dạng được hỗ trợ');
  });

  it('a CORS failure names the URL and says what the feed site must do', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await load('https://xa-khac.example/rss.xml');
    const text = $(el, '[role="alert"]')!.textContent!;
    expect(text).to.contain('https://xa-khac.example/rss.xml');
    expect(text).to.contain('CORS');
  });

  it('a failed refresh keeps the items and says when they were last updated', async () => {
    const el = await load(DEMO, {limit: 3});
    expect($$(el, '.item__open')).to.have.length(3);
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await el.refresh();
    await el.updateComplete;
    expect($$(el, '.item__open')).to.have.length(3);
    const status = $(el, '[role="status"]')!;
    expect(status.textContent).to.match(/\d{2}:\d{2}, \d{1,2}\/\d{1,2}/);
    expect($(el, '[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
    window.fetch = realFetch;
    await el.refresh();
    await el.updateComplete;
    expect($(el, '.loa-status')).to.equal(null);
  });
});

describe('loa-news: feeds in the wild', function () {
  // Generous: the accessibility snapshots are slow when the machine is busy.
  this.timeout(60_000);
  it('JSON Feed edge cases: missing fields, content_text only, relative URLs, bad dates', async () => {
    const src = jsonFeed(
      [
        {id: 1, content_text: 'Chỉ có văn bản, không có tiêu đề.\n\nĐoạn hai.', date_published: 'hôm qua'},
        {id: 'b', title: 'Có ảnh tương đối', url: 'tin/b.html', image: 'anh/b.png', date_published: '2025-10-10T08:00:00', content_html: '<p>x</p>'},
        {title: 'Không id', url: '/tin/c', content_html: '<p>c</p>', tags: ['A', 5, null, 'A']},
        {id: 'empty'},
        'not an item',
        {id: 'd', title: 42, content_html: '<p>Tiêu đề không phải chuỗi</p>'},
      ],
      {home_page_url: 'https://hoaloa.example/'}
    );
    const el = await load(src);
    const items = el.feed!.items;
    expect(items.map((i) => i.id)).to.deep.equal(['b', '1', 'https://hoaloa.example/tin/c', 'd']);
    expect(items[0].url).to.equal('https://hoaloa.example/tin/b.html');
    expect(items[0].image!.src).to.equal('https://hoaloa.example/anh/b.png');
    const [b, textOnly, noId, d] = items;
    expect(b.date!.toISOString()).to.equal('2025-10-10T01:00:00.000Z');
    expect(textOnly.date).to.equal(undefined);
    expect(textOnly.title).to.equal('Chỉ có văn bản, không có tiêu đề. Đoạn hai.');
    expect(noId.tags).to.deep.equal(['A']);
    expect(d.title).to.equal('Tiêu đề không phải chuỗi');
    await openItem(el, 1);
    expect($$(el, '.loa-article-body p').map((p) => p.textContent)).to.deep.equal(['Chỉ có văn bản, không có tiêu đề.', 'Đoạn hai.']);
    await expect(el).to.be.accessible();
  });

  it('resolves relative JSON Feed URLs against where the feed was fetched', async () => {
    const el = await load(DEMO);
    const withImage = el.feed!.items.find((i) => i.image)!;
    expect(withImage.image!.src).to.equal(new URL('/demo/content/img/', location.href).href + withImage.image!.src.split('/').pop());
  });

  it('rejects JSON that is not a feed, and a feed without items', async () => {
    const el = await load(blobUrl('{"title": "x"}'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('định dạng được hỗ trợ');
    const broken = await load(blobUrl('{"version": "https://jsonfeed.org/version/1.1", "items": '));
    expect($(broken, '[role="alert"]')!.textContent).to.contain('JSON');
  });

  it('renders a 5000-item feed and keeps the list finite', async () => {
    const items = Array.from({length: 5000}, (_, i) => ({id: `n${i}`, title: `Tin ${i}`, content_html: `<p>Nội dung ${i}</p>`, date_published: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString()}));
    const el = await load(jsonFeed(items), {limit: 10});
    expect(el.feed!.items).to.have.length(5000);
    expect($$(el, 'article.item')).to.have.length(10);
    expect($(el, '.item__open')!.textContent).to.equal('Tin 4999');
  });

  it('reads RSS 2.0 with content:encoded, categories, enclosure image and RFC 822 dates', async () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Xã</title><link>https://xa.example/</link><language>vi</language>
        <item><title>Ngày hội &amp; học tập số</title><link>/tin/1</link><guid isPermaLink="false">t1</guid>
          <description>&lt;p&gt;Tóm tắt &lt;b&gt;ngắn&lt;/b&gt;&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>Toàn văn <script>window.__x=1</script>bài</p>]]></content:encoded>
          <category>Ngày hội</category><dc:subject>VNeID</dc:subject>
          <enclosure url="https://xa.example/a.jpg" type="image/jpeg" length="1"/>
          <pubDate>Fri, 10 Oct 2025 08:15:00 +0700</pubDate></item>
      </channel></rss>`;
    const el = await load(blobUrl(rss, 'application/rss+xml'));
    const item = el.feed!.items[0];
    expect(el.feed!.format).to.equal('rss');
    expect(item.title).to.equal('Ngày hội & học tập số');
    expect(item.summary).to.equal('Tóm tắt ngắn');
    expect(item.url).to.equal('https://xa.example/tin/1');
    expect(item.tags).to.deep.equal(['Ngày hội', 'VNeID']);
    expect(item.image!.src).to.equal('https://xa.example/a.jpg');
    expect(item.date!.toISOString()).to.equal('2025-10-10T01:15:00.000Z');
    await openItem(el, 0);
    expect($(el, '.loa-article-body')!.textContent).to.equal('Toàn văn bài');
  });

  it('reads Atom 1.0 with xhtml content and RSS 1.0 (RDF)', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><title>Xã</title>
      <entry><title type="html">&lt;b&gt;Lớp&lt;/b&gt; học</title><id>urn:1</id><updated>2025-11-22T11:00:00+07:00</updated>
        <link rel="alternate" href="https://xa.example/lop"/><category term="nguoi-cao-tuoi" label="Người cao tuổi"/>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Nội dung <em>xhtml</em></p></div></content></entry></feed>`;
    const el = await load(blobUrl(atom, 'application/atom+xml'));
    const item = el.feed!.items[0];
    expect(item.title).to.equal('Lớp học');
    expect(item.tags).to.deep.equal(['Người cao tuổi']);
    expect(item.lang).to.equal('vi');
    await openItem(el, 0);
    expect($(el, '.loa-article-body em')!.textContent).to.equal('xhtml');
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="x"><title>Xã</title><link>https://xa.example/</link></channel>
      <item rdf:about="https://xa.example/1"><title>Tin RDF</title><link>https://xa.example/1</link><description>Mô tả</description></item></rdf:RDF>`;
    const r = await load(blobUrl(rdf, 'application/rdf+xml'));
    expect(r.feed!.format).to.equal('rdf');
    expect(r.feed!.items[0].title).to.equal('Tin RDF');
  });

  it('honours encoding declarations: windows-1258 bytes show correct Vietnamese', async () => {
    // "Tiếng Việt" in windows-1258: base letters plus combining tone marks (0xEC acute, 0xF2 dot below).
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1258"?><rss version="2.0"><channel><title>x</title><item><title>');
    const title = new Uint8Array([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0xd0, 0xf0]); // "Tiếng Việt Đđ"
    const tail = new TextEncoder().encode('</title><description>x</description></item></channel></rss>');
    const el = await load(blobUrl(new Blob([head, title, tail]), 'application/xml'));
    expect(el.feed!.items[0].title).to.equal('Tiếng Việt Đđ');
    expect($(el, '.item__open')!.textContent).to.equal('Tiếng Việt Đđ');
    // The same bytes labelled by HTTP instead of a declaration.
    const bare = new TextEncoder().encode('<rss version="2.0"><channel><item><title>');
    const viaHttp = await load(blobUrl(new Blob([bare, title, tail]), 'application/xml; charset=windows-1258'));
    expect(viaHttp.feed!.items[0].title).to.equal('Tiếng Việt Đđ');
  });

  it('reads English in an English page, with English UI', async () => {
    // Built by hand: open-wc's fixture() waits for an animation frame for a plain <div>,
    // which never comes while the test page is a background tab.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = '<loa-news src="/demo/content/news.en.json" limit="2"></loa-news>';
    document.body.append(wrapper);
    const news = wrapper.querySelector('loa-news')!;
    await settled(news);
    expect(news.shadowRoot!.querySelector('.more')!.textContent).to.match(/more/i);
    news.shadowRoot!.querySelector<HTMLButtonElement>('.item__open')!.click();
    await news.updateComplete;
    expect(news.shadowRoot!.querySelector('.back')!.textContent).to.contain('Back to the list');
    expect(news.shadowRoot!.querySelector('.article__source a')?.textContent ?? '(external site)').to.contain('(external site)');
    await expect(news).to.be.accessible();
    wrapper.remove();
  });
});
