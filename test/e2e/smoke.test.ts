// Issue 2's promise: after a build, /kiosk/ and /demo/ serve, and all four
// elements are upgraded and show real demo content (not a status box).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {openSite, type Site} from './support.js';

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

/** Waits until `tag` is upgraded and its shadow root holds `selector`. */
async function shows(page: Page, tag: string, selector: string): Promise<void> {
  // A string predicate: tsx's __name() wrappers do not exist in the page.
  const predicate = `(() => {
    const find = (root) => {
      const hit = root.querySelector(${JSON.stringify(tag)});
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document);
    return !!el && customElements.get(${JSON.stringify(tag)}) !== undefined && !!el.shadowRoot?.querySelector(${JSON.stringify(selector)});
  })()`;
  await page.waitForFunction(predicate, undefined, {timeout: 15_000});
}

test('the demo site shows all four elements with content', async () => {
  // bypassCSP: the demo pages forbid eval, which Playwright's waitForFunction needs.
  const page = await site.browser.newPage({bypassCSP: true});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/demo/`);
  await shows(page, 'loa-news', 'article');
  await shows(page, 'loa-qr', 'svg[role="img"], [role="img"] svg');
  await page.goto(`${site.origin}/demo/binh-dan-hoc-vu-so/lich/`);
  await shows(page, 'loa-schedule', 'time');
  await page.goto(`${site.origin}/demo/huong-dan/vneid-muc-2/`);
  await shows(page, 'loa-howto', 'ol li, [aria-current="step"]');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the kiosk shows all four elements with content', async () => {
  // bypassCSP: the kiosk's CSP forbids eval too (its own test, kiosk-security.test.ts, runs under it).
  const page = await site.browser.newPage({viewport: {width: 1080, height: 1920}, bypassCSP: true});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/kiosk/`);
  await page.getByRole('button', {name: /Chạm vào màn hình để bắt đầu/}).click({force: true});
  const open = async (name: RegExp) => {
    await page.getByRole('button', {name}).first().click();
  };
  await open(/Tin tức/);
  await shows(page, 'loa-news', 'article');
  await page.getByRole('button', {name: /Trang chủ|Về trang chủ/}).first().click();
  await open(/Lịch sự kiện/);
  await shows(page, 'loa-schedule', 'time');
  await page.getByRole('button', {name: /Trang chủ|Về trang chủ/}).first().click();
  await open(/Mã QR/);
  await shows(page, 'loa-qr', 'svg');
  await page.getByRole('button', {name: /Trang chủ|Về trang chủ/}).first().click();
  await open(/^Hướng dẫn/);
  await page.locator('.choice').first().click();
  await shows(page, 'loa-howto', '.progress__text');
  assert.deepEqual(errors, []);
  await page.close();
});
