// The kiosk at human scale (docs/kiosk.md, "Screen geometry"): text sizes from
// the panel's geometry, screens that fill the height, and every control within
// the reach band, by default, in low-reach mode, and on a 32" landscape and a
// 55" portrait panel. Sizes are read from the rendered page, not from the CSS.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {openKiosk, gotoKiosk, begin, PORTRAIT, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

const DEFAULT_CONFIG = '/kiosk/kiosk.config.json';

/** A page on the kiosk, with `panel` merged into the default config when given. */
async function newPage(viewport: {width: number; height: number}, panel?: Record<string, unknown>): Promise<Page> {
  const context = await site.browser.newContext({viewport, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  if (panel) {
    const config = await (await fetch(`${site.origin}${DEFAULT_CONFIG}`)).json();
    await context.route(`${site.origin}/kiosk/panel.json`, (route) =>
      route.fulfill({contentType: 'application/json', body: JSON.stringify({...config, panel})})
    );
  }
  await gotoKiosk(page, site.origin, panel ? '?config=panel.json' : '');
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page;
}

/** The geometry the kiosk applied, from the custom properties on <html>. */
async function geometry(page: Page): Promise<{body: number; heading: number; poster: number; reachTop: number; lowReachTop: number; reachBottom: number}> {
  return page.evaluate(() => {
    const px = (name: string) => parseFloat(document.documentElement.style.getPropertyValue(name));
    return {
      body: px('--kiosk-body'),
      heading: px('--kiosk-heading'),
      poster: px('--kiosk-poster-title'),
      reachTop: px('--kiosk-reach-top'),
      lowReachTop: px('--kiosk-low-reach-top'),
      reachBottom: px('--kiosk-reach-bottom'),
    };
  });
}

/**
 * Every visible interactive element (through shadow roots) whose centre is on
 * screen but outside [top, bottom]. Scrolled-away content is not judged: it
 * passes through the band as the resident scrolls.
 */
async function outOfReach(page: Page, top: number, bottom: number): Promise<string[]> {
  return page.evaluate(
    ([top, bottom]) => {
      const interactive = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          if (!el.matches(interactive) || el.closest('dialog:not([open])')) continue;
          const rect = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
          const y = rect.top + rect.height / 2;
          if (y < 0 || y > innerHeight) continue;
          if (y < top - 0.5 || y > bottom + 0.5) {
            found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}" at y=${Math.round(y)}`);
          }
        }
      };
      visit(document);
      return found;
    },
    [top, bottom]
  );
}

/** The share of the screen between masthead and dock that the screen's content covers, top to bottom. */
async function heightShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const dock = document.querySelector('.dock')!.getBoundingClientRect().top;
    const top = document.querySelector('.masthead')?.getBoundingClientRect().bottom ?? 0;
    let lowest = top;
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.height > 0 && getComputedStyle(el).visibility !== 'hidden') lowest = Math.max(lowest, Math.min(rect.bottom, dock));
    }
    return (lowest - top) / (dock - top);
  });
}

/** Opens each screen from Home in turn, calling `check` on it once its content is there. */
async function eachScreen(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  await check('attract');
  await begin(page);
  await check('home');
  const screens: Array<[string, string]> = [
    ['news', 'loa-news .item__open'],
    ['events', 'loa-schedule .schedule__day-heading'],
    ['guides', '.choice'],
    ['qr', 'loa-qr svg[role="img"]'],
    ['help', '.facts'],
  ];
  for (const [screen, content] of screens) {
    await page.locator(`[data-go="${screen}"]`).click();
    await page.locator(content).first().waitFor();
    await check(screen);
    await page.getByRole('button', {name: 'Trang chủ'}).click();
  }
}

describe('kiosk type scale', () => {
  test('43" portrait (the default): body ≥ 28 px, headings ≥ 40 px, the attract title ≥ 100 px, as rendered', async () => {
    const page = await newPage(PORTRAIT);
    const g = await geometry(page);
    assert.deepEqual([g.body, g.heading, g.poster], [29, 43, 106]);
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok((await size('.attract__title')) >= 100);
    assert.ok((await size('.attract__campaign')) >= 28);
    await begin(page);
    assert.ok((await size('.screen__title')) >= 40, 'Home heading');
    assert.ok((await size('.lead')) >= 28, 'lead');
    assert.ok((await size('.tile span')) >= 28, 'tile label');
    assert.ok((await size('.dock__button')) >= 28, 'dock');
    await page.locator('[data-go="news"]').click();
    await page.locator('loa-news .item__open').first().waitFor();
    assert.ok((await size('loa-news .item__summary, loa-news p')) >= 28, 'news text');
    await page.context().close();
  });

  test('a 32" landscape and a 55" portrait panel get the sizes their pixels need', async () => {
    const small = await newPage(LANDSCAPE, {diagonalInches: 32, orientation: 'landscape'});
    assert.deepEqual(Object.values(await geometry(small)).slice(0, 4), [39, 57, 142, 0]);
    assert.equal(await small.evaluate(() => getComputedStyle(document.documentElement).fontSize), '39px');
    await small.context().close();
    const large = await newPage(PORTRAIT, {diagonalInches: 55, orientation: 'portrait'});
    assert.deepEqual(Object.values(await geometry(large)).slice(0, 4), [23, 34, 83, 943]);
    await large.context().close();
  });

  test('a larger text size chosen on Home has its type steps laid out again while the kiosk waits (kiosk/src/prefetch.ts)', async () => {
    const page = await newPage(PORTRAIT);
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: '150%'}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    // The letters, then the symbols, of the last type step: the whole scaled set has been laid out.
    // Polled on a timer: a check in every frame leaves the prefetch no long idle period to run in.
    for (const name of ['type 1.0625em 400 ×1.5', 'symbols 1.0625em 400 ×1.5']) {
      await page.waitForFunction(`performance.getEntriesByName(${JSON.stringify(`kiosk-prefetch ${name}`)}).length > 0`, undefined, {timeout: 30_000, polling: 250});
    }
    await page.context().close();
  });
});

describe('kiosk reach band', () => {
  for (const [label, viewport, panel] of [
    ['43" portrait (default)', PORTRAIT, undefined],
    ['43" landscape', LANDSCAPE, {orientation: 'landscape'}],
    ['32" landscape', LANDSCAPE, {diagonalInches: 32, orientation: 'landscape'}],
    ['55" portrait', PORTRAIT, {diagonalInches: 55, orientation: 'portrait'}],
  ] as const) {
    test(`${label}: every control on every screen is within 380–1,220 mm of the floor`, async () => {
      const page = await newPage(viewport, panel);
      const g = await geometry(page);
      const failures: string[] = [];
      await eachScreen(page, async (name) => {
        for (const miss of await outOfReach(page, g.reachTop, g.reachBottom)) failures.push(`${name}: ${miss}`);
      });
      await page.context().close();
      assert.deepEqual(failures, []);
    });
  }

  test('"Tầm với thấp" puts every control in the lower half of a portrait screen, and the reset clears it', async () => {
    const page = await newPage(PORTRAIT);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Tầm với thấp'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    const g = await geometry(page);
    assert.equal(g.lowReachTop, 960);
    const failures: string[] = [];
    await eachScreen(page, async (name) => {
      for (const miss of await outOfReach(page, g.lowReachTop, g.reachBottom)) failures.push(`${name}: ${miss}`);
    });
    assert.deepEqual(failures, []);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: 'Về mặc định'}).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.reach), 'normal');
    await page.context().close();
  });
});

/** Opens the first guide and moves to step 2, where its intro has folded. */
async function guideStep2(page: Page): Promise<void> {
  await begin(page);
  await page.locator('[data-go="guides"]').click();
  await page.locator('.choice').first().click();
  await page.locator('loa-howto .progress__text').waitFor();
  await page.getByRole('button', {name: /Bước tiếp/}).click();
  await page.locator('loa-howto .progress__text', {hasText: 'Bước 2/'}).waitFor();
  await page.waitForTimeout(300);
}

describe('kiosk guide at human scale', () => {
  for (const [label, viewport, low] of [
    ['portrait', PORTRAIT, false],
    ['portrait, low reach', PORTRAIT, true],
    ['landscape', LANDSCAPE, false],
  ] as const) {
    test(`${label}: at step 2 every control is within reach, Next is on screen, and the step's words are not under it`, async () => {
      const page = await newPage(viewport);
      if (low) {
        await page.getByRole('button', {name: 'Trợ năng'}).click();
        await page.getByRole('group', {name: 'Tầm với thấp'}).getByRole('button', {name: 'Bật', exact: true}).click();
        await page.getByRole('button', {name: 'Đóng', exact: true}).click();
      }
      await guideStep2(page);
      const g = await geometry(page);
      assert.deepEqual(await outOfReach(page, low ? g.lowReachTop : g.reachTop, g.reachBottom), []);
      const next = (await page.getByRole('button', {name: /Bước tiếp/}).boundingBox())!;
      const dock = (await page.locator('.dock').boundingBox())!;
      assert.ok(next.y >= 0 && next.y + next.height <= dock.y + 1, `Next at ${next.y}–${next.y + next.height}, dock from ${dock.y}`);
      const words = (await page.locator('loa-howto .step__text').last().boundingBox())!;
      assert.ok(words.y + words.height <= next.y + 1, `the step's words end at ${words.y + words.height}, Next starts at ${next.y}`);
      await page.context().close();
    });
  }

  test('"Tiếp tục trên điện thoại" shows its QR code fully on screen, above the dock', async () => {
    const page = await newPage(PORTRAIT);
    await guideStep2(page);
    await page.getByRole('button', {name: /Tiếp tục trên điện thoại/}).click();
    const qr = page.locator('loa-howto loa-qr svg[role="img"]');
    await qr.waitFor();
    await page.waitForTimeout(600);
    const box = (await qr.boundingBox())!;
    const dock = (await page.locator('.dock').boundingBox())!;
    assert.ok(box.y >= 0 && box.y + box.height <= dock.y, `QR at ${Math.round(box.y)}–${Math.round(box.y + box.height)}, dock from ${Math.round(dock.y)}`);
    await page.context().close();
  });

  test('the done card leads with "Mang hướng dẫn về điện thoại", then "Trang chủ", then "Làm lại"; Trang chủ goes home', async () => {
    const page = await newPage(PORTRAIT);
    await guideStep2(page);
    for (let i = 0; i < 20 && !(await page.locator('loa-howto [part~="finished"]').count()); i++) {
      await page.getByRole('button', {name: /Bước tiếp|Xong/}).first().click();
    }
    const finished = page.locator('loa-howto [part~="finished"]');
    await finished.waitFor();
    await page.locator('loa-howto [part~="takehome"] loa-qr svg[role="img"]').waitFor();
    // Reading order: the take-home code, the kiosk's own "Trang chủ" (slotted), then "Làm lại".
    const order = await page.evaluate(() => {
      const host = document.querySelector('loa-howto')!;
      const root = host.shadowRoot!;
      const names: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof HTMLSlotElement) return node.assignedElements().forEach(walk);
        if (node instanceof HTMLElement) {
          if (node.matches('[part~="takehome-heading"], h2, h3') && node.closest('[part~="takehome"]')) names.push(`qr:${node.textContent!.trim()}`);
          if (node.matches('button')) names.push(node.textContent!.trim().replace(/\s+/g, ' '));
        }
        for (const child of (node instanceof HTMLElement && node.shadowRoot && node !== host ? [] : node.childNodes)) walk(child);
      };
      walk(root.querySelector('[part~="finished"]')!);
      return names;
    });
    const take = order.findIndex((n) => n.startsWith('qr:Mang hướng dẫn về điện thoại'));
    const home = order.indexOf('Trang chủ');
    const again = order.findIndex((n) => n.startsWith('Làm lại'));
    assert.ok(take >= 0 && take < home && home < again, order.join(' | '));
    await page.locator('loa-howto button[slot="finished-actions"]').click();
    await page.locator('[data-screen="home"]').waitFor();
    await page.context().close();
  });
});

describe('kiosk layout fills the screen', () => {
  for (const [label, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    test(`${label}: the attract poster and Home use at least 85 % of the height, the guide list 70 %`, async () => {
      const page = await newPage(viewport);
      const shares: Record<string, number> = {};
      await eachScreen(page, async (name) => {
        if (name === 'attract' || name === 'home' || name === 'guides') shares[name] = await heightShare(page);
      });
      await page.context().close();
      assert.ok(shares.attract >= 0.85, `attract ${shares.attract}`);
      assert.ok(shares.home >= 0.85, `home ${shares.home}`);
      assert.ok(shares.guides >= 0.7, `guides ${shares.guides}`);
    });
  }

  test('a touch on the attract highlight opens what it shows', async () => {
    const page = await newPage(PORTRAIT);
    const card = page.locator('.highlight__card[data-current]');
    const kind = (await card.locator('.highlight__kind').textContent())?.trim();
    await card.click({force: true});
    const expected = {'Hướng dẫn': 'guide', 'Sự kiện sắp tới': 'events', 'Tin mới nhất': 'news'}[kind!] ?? `unknown kind ${kind}`;
    // The new screen renders in the task after the tap's own (KioskApp.scheduleUpdate): wait for it, then say what came.
    await page.locator(`.kiosk[data-screen="${expected}"]`).waitFor({timeout: 5000}).catch(() => undefined);
    assert.equal(await page.locator('.kiosk').getAttribute('data-screen'), expected);
    await page.context().close();
  });
});
