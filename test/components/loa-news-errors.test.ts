/*
 * A feed that does not parse says so in the reader's language. The parser's
 * own words ("error on line 2 at column 124: …", English whatever the page
 * language) wait in a collapsed "Chi tiết kỹ thuật" for a webmaster, and the
 * last good feed stays on screen.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {settled} from '../helpers/news-dom.js';

const GOOD = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Xã</title>
  <item><title>Tin một</title><guid>1</guid><description>Tóm tắt một</description></item>
  <item><title>Tin hai</title><guid>2</guid><description>Tóm tắt hai</description></item></channel></rss>`;
// An unescaped "&" in a title: the commonest way a hand-edited feed breaks.
const BROKEN = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Xã</title><item><title>Hỏi & đáp</title></item></channel></rss>`;
const FEED = 'https://xa.example/rss.xml';

/** The text a reader sees without opening the technical details. */
function visibleText(box: Element): string {
  const copy = box.cloneNode(true) as Element;
  copy.querySelectorAll('details > :not(summary)').forEach((node) => node.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

describe('loa-news: a broken feed', function () {
  this.timeout(60_000);
  const realFetch = window.fetch;
  let body = GOOD;
  beforeEach(() => {
    body = GOOD;
    window.fetch = async () => new Response(body, {headers: {'content-type': 'application/rss+xml'}});
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function load(lang = 'vi'): Promise<LoaNews> {
    const el = await fixture<LoaNews>(html`<loa-news src=${FEED} lang=${lang}></loa-news>`);
    await settled(el);
    await el.updateComplete;
    return el;
  }

  it('says what is wrong in Vietnamese, with the parser text folded away', async () => {
    body = BROKEN;
    const el = await load();
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    const visible = visibleText(alert);
    expect(visible).to.contain('Nguồn tin bị lỗi nên chưa đọc được.');
    expect(visible).to.contain('Chi tiết kỹ thuật');
    expect(visible).to.contain('Thử lại');
    // No parser English, no "XML:" prefix, in what the reader sees.
    expect(visible).to.not.match(/XML|error|line|column/i);
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    const code = details.querySelector('code')!;
    expect(code.getAttribute('lang')).to.equal('en');
    expect(code.textContent).to.match(/^XML: .*line \d+/);
    expect(details.textContent).to.contain(FEED);
    // "Chi tiết kỹ thuật" is a full-size touch target.
    const summary = details.querySelector('summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(2.75 * parseFloat(getComputedStyle(summary).fontSize) - 1);
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('keeps the last good feed on screen when a refresh brings a broken one', async () => {
    const el = await load();
    expect(el.shadowRoot!.querySelectorAll('.item__open')).to.have.length(2);
    body = BROKEN;
    await el.refresh();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.item__open')].map((b) => b.textContent)).to.deep.equal(['Tin một', 'Tin hai']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    const visible = visibleText(status);
    expect(visible).to.match(/^Chưa cập nhật được — nội dung từ lúc \d{2}:\d{2}, \d{1,2}\/\d{1,2}\./);
    expect(visible).to.contain('Nguồn tin bị lỗi nên chưa đọc được.');
    expect(visible).to.not.match(/XML|error|line|column/i);
    expect(status.querySelector('details code')!.textContent).to.match(/^XML: /);
    await expect(el).to.be.accessible();
    // A good feed again: the note goes.
    body = GOOD;
    await el.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.loa-status')).to.equal(null);
  });

  it('an HTML page is "not a feed", its detail folded away too', async () => {
    body = '<!doctype html><html><body>Trang chủ</body></html>';
    const el = await load();
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('không phải một nguồn tin ở định dạng được hỗ trợ (RSS, Atom hoặc JSON Feed)');
    expect(visibleText(alert)).to.not.contain('HTML page');
    expect(alert.querySelector('details code')!.textContent).to.equal('HTML page, not a feed');
  });

  it('speaks English on an English page', async () => {
    body = BROKEN;
    const el = await load('en');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('The news feed has errors, so it cannot be read yet.');
    expect(alert.querySelector('summary')!.textContent).to.equal('Technical details');
    await expect(el).to.be.accessible();
  });

  it('other failures keep the shared messages (an HTTP error names its status)', async () => {
    window.fetch = async () => new Response('', {status: 503});
    const el = await load();
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('503');
    expect(alert.querySelector('details')).to.equal(null);
  });
});
