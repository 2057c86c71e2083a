import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {closeItem, openItem, settled, unsafeThings} from '../helpers/news-dom.js';

/*
 * A feed whose links, images and home page are javascript:, data: or
 * vbscript: shows its items without them: no such URL reaches an href or a
 * src, and each one is counted in `feed.refusedUrls` (a validation warning,
 * like Schedule.refusedUrls). An http image passes the allowlist but is
 * dropped as mixed content, so it is not counted.
 */

function blobUrl(body: string, type: string): string {
  return URL.createObjectURL(new Blob([body], {type}));
}

async function load(src: string): Promise<LoaNews> {
  const el = await fixture<LoaNews>(html`<loa-news src=${src}></loa-news>`);
  await settled(el);
  return el;
}

/** Every URL-valued attribute in the element's shadow tree. */
function urlAttributes(el: LoaNews): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
    ['src', 'href', 'srcset', 'poster'].flatMap((name) => (node.hasAttribute(name) ? [`${node.localName}[${name}]=${node.getAttribute(name)}`] : []))
  );
}

/** Opens every item in turn; what each showed must be only http(s) URLs and nothing unsafe. */
async function expectOnlyWebUrls(el: LoaNews): Promise<void> {
  const seen = urlAttributes(el);
  for (let i = 0; i < el.feed!.items.length; i++) {
    await openItem(el, i);
    seen.push(...urlAttributes(el));
    expect(unsafeThings(el)).to.deep.equal([]);
    await closeItem(el);
  }
  expect(seen.filter((a) => !/=https?:/.test(a)), seen.join('\n')).to.deep.equal([]);
}

describe('<loa-news> with URLs that are not http(s)', () => {
  it('JSON Feed: item url, external_url, image, banner_image, home_page_url and feed_url', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin',
      home_page_url: 'javascript:alert(1)',
      feed_url: 'vbscript:msgbox(1)',
      items: [
        {
          id: '1',
          title: 'Một',
          content_html: '<p>Bài một</p>',
          url: 'javascript:alert(1)',
          external_url: 'data:text/html,<script>alert(1)</script>',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
          banner_image: 'vbscript:msgbox(1)',
        },
        {id: '2', title: 'Hai', url: 'https://xa.example/tin/2', external_url: 'javascript:alert(2)', image: 'https://xa.example/a.jpg', banner_image: 'JaVaScRiPt:alert(3)'},
        {id: '3', title: 'Ba', external_url: 'https://xa.example/ngoai', image: 'http://xa.example/khong-https.jpg'},
      ],
    };
    const el = await load(blobUrl(JSON.stringify(feed), 'application/feed+json'));
    const items = el.feed!.items;
    expect(items.map((item) => item.url)).to.deep.equal([undefined, 'https://xa.example/tin/2', 'https://xa.example/ngoai']);
    expect(items.map((item) => item.image?.src)).to.deep.equal([undefined, 'https://xa.example/a.jpg', undefined]);
    expect(el.feed!.homeUrl).to.equal(undefined);
    expect(el.feed!.refusedUrls).to.equal(8);
    await expectOnlyWebUrls(el);
  });

  it('RSS: channel link, item link, image enclosure, media:content and media:thumbnail', async () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Xã</title><link>javascript:alert(1)</link>
      <item><title>Một</title><link>javascript:alert(1)</link><description>Bài một</description>
        <enclosure url="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" type="image/svg+xml" length="1"/>
        <media:content url="vbscript:msgbox(1)" medium="image"/>
        <media:thumbnail url="javascript:alert(2)"/></item>
      <item><title>Hai</title><link>https://xa.example/tin/2</link><description>Bài hai</description>
        <enclosure url="https://xa.example/a.jpg" type="image/jpeg" length="1"/></item>
    </channel></rss>`;
    const el = await load(blobUrl(rss, 'application/rss+xml'));
    const items = el.feed!.items;
    expect(items.map((item) => item.url)).to.deep.equal([undefined, 'https://xa.example/tin/2']);
    expect(items.map((item) => item.image?.src)).to.deep.equal([undefined, 'https://xa.example/a.jpg']);
    expect(el.feed!.homeUrl).to.equal(undefined);
    expect(el.feed!.refusedUrls).to.equal(5);
    await expectOnlyWebUrls(el);
  });

  it('Atom: feed link, entry link and an image link rel="enclosure"', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Xã</title><link href="vbscript:msgbox(1)"/>
      <entry><title>Một</title><id>urn:1</id><summary>Bài một</summary><link href="javascript:alert(1)"/>
        <link rel="enclosure" type="image/png" href="data:image/png;base64,AAAA"/></entry>
      <entry><title>Hai</title><id>urn:2</id><summary>Bài hai</summary><link rel="alternate" href="https://xa.example/tin/2"/></entry>
    </feed>`;
    const el = await load(blobUrl(atom, 'application/atom+xml'));
    expect(el.feed!.items.map((item) => item.url)).to.deep.equal([undefined, 'https://xa.example/tin/2']);
    expect(el.feed!.items[0].image).to.equal(undefined);
    expect(el.feed!.refusedUrls).to.equal(3);
    await expectOnlyWebUrls(el);
  });

  it('a clean feed refuses nothing', async () => {
    const el = await load('/demo/content/news.json');
    expect(el.feed!.items.length).to.be.greaterThan(0);
    expect(el.feed!.refusedUrls).to.equal(0);
  });
});
