import {expect, fixture, html} from '@open-wc/testing';
import '../../src/schedule/define.js';
import '../../src/howto/define.js';
import '../../src/news/define.js';
import type {LitElement} from 'lit';
import {settle} from '../helpers/settle.js';

/*
 * Every content element reads its file with one byte cap (5 MB, or its
 * `max-bytes` attribute): a larger file is refused with a clear error that
 * gives the cap, and the file's size when the server said it (Content-Length,
 * which the test server and blob: URLs send), and content already on screen stays.
 */

type Loading = LitElement & {content: {loading: boolean; value?: unknown; error?: unknown; reload(): Promise<void>}};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A fixture's size as the message says it: "1,2 kB" in Vietnamese, "1.2 kB" in English. */
async function sizeOf(url: string, locale: 'vi-VN' | 'en-GB'): Promise<string> {
  const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  return new Intl.NumberFormat(locale, {style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1}).format(bytes / 1024);
}

async function load<T extends Loading>(template: ReturnType<typeof html>, tag: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === tag ? root : root.querySelector(tag)!) as T;
  await settle(el);
  return el;
}

describe('the byte cap of content elements', () => {
  it('refuses a calendar over 5 MB by default, and says so with its size', async () => {
    const url = URL.createObjectURL(new Blob(['BEGIN:VCALENDAR\r\n', new Uint8Array(Math.round(12.3 * 1024 * 1024))], {type: 'text/calendar'}));
    try {
      const el = await load<Loading>(html`<loa-schedule src=${url}></loa-schedule>`, 'loa-schedule');
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Tệp 12,3 MB, quá giới hạn 5 MB, nên không hiển thị.');
      await expect(el).to.be.accessible();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('says "more than the cap" when the size would read as the cap itself', async () => {
    const url = URL.createObjectURL(new Blob(['BEGIN:VCALENDAR\r\n', new Uint8Array(5 * 1024 * 1024)], {type: 'text/calendar'}));
    try {
      const el = await load<Loading>(html`<loa-schedule src=${url}></loa-schedule>`, 'loa-schedule');
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Tệp quá lớn (hơn 5 MB) nên không hiển thị.');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('takes its cap from max-bytes, for a guide too, in the reader\'s language', async () => {
    const guide = '/test/fixtures/howto/thu-nghiem.json';
    const el = await load<Loading>(html`<loa-howto src=${guide} max-bytes="1024"></loa-howto>`, 'loa-howto');
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain(`Tệp ${await sizeOf(guide, 'vi-VN')}, quá giới hạn 1 kB, nên không hiển thị.`);
    const en = await load<Loading>(html`<div lang="en"><loa-howto src=${guide} max-bytes="1126"></loa-howto></div>`, 'loa-howto');
    expect(text(en.shadowRoot!.querySelector('[role="alert"]'))).to.contain(`The file is ${await sizeOf(guide, 'en-GB')}, over the 1.1 kB limit, so it is not shown.`);
    const roomy = await load<Loading>(html`<loa-howto src=${guide} max-bytes="100000"></loa-howto>`, 'loa-howto');
    expect(roomy.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('applies to a feed as well', async () => {
    const feed = '/test/fixtures/news/nukeviet-rss.xml';
    const el = await load<Loading>(html`<loa-news src=${feed} max-bytes="1000"></loa-news>`, 'loa-news');
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain(`Tệp ${await sizeOf(feed, 'vi-VN')}, quá giới hạn 1 kB, nên không hiển thị.`);
  });

  it('keeps the calendar it had when a refresh is too large', async () => {
    const el = await load<Loading>(html`<loa-schedule src="/test/fixtures/schedule/commune.ics" now="2025-10-05T09:00:00+07:00"></loa-schedule>`, 'loa-schedule');
    const events = el.shadowRoot!.querySelectorAll('.schedule__event').length;
    expect(events).to.be.greaterThan(0);
    el.setAttribute('max-bytes', '2048');
    await el.content.reload();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('.loa-status--stale');
    expect(text(status)).to.contain(`Tệp ${await sizeOf('/test/fixtures/schedule/commune.ics', 'vi-VN')}, quá giới hạn 2 kB, nên không hiển thị.`);
    expect(el.shadowRoot!.querySelectorAll('.schedule__event').length).to.equal(events);
  });
});
