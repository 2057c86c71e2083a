// The kiosk against the built dist/kiosk/: screens, targets, axe, text size,
// language, speech mode, lockdown and the idle reset. The service-worker
// paths (offline, updates) are in kiosk-offline.test.ts.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {BrowserContext, Page} from 'playwright-core';
import {
  openKiosk,
  newKioskPage,
  gotoKiosk,
  begin,
  smallTargets,
  horizontalOverflow,
  axeViolations,
  useFakeSpeech,
  spoken,
  PORTRAIT,
  LANDSCAPE,
  SMALL,
  type KioskSite,
} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

const newPage = (viewport = PORTRAIT, query = '') => newKioskPage(site, viewport, query);

/** The campaign's proper name stays Vietnamese in English text. */
const CAMPAIGN = 'Bình dân học vụ số';

const TILES = ['Tin tức', 'Lịch sự kiện', 'Hướng dẫn', 'Mã QR', 'Chỉ tiêu', 'Tìm kiếm', 'Trợ giúp'];

/** Visits every screen and panel state, calling `check(label)` in each. */
async function everyState(page: Page, check: (label: string) => Promise<void>): Promise<void> {
  await check('attract');
  await begin(page);
  await check('home');
  for (const tile of TILES) {
    await page.getByRole('button', {name: tile, exact: true}).click();
    await page.locator('h1[data-screen-heading]').filter({hasText: tile === 'Hướng dẫn' ? 'Hướng dẫn' : tile}).first().waitFor();
    // axe and the other checks run on rendered content, never on a loading box.
    const content: Record<string, string> = {
      'Tin tức': 'loa-news .item__open',
      'Lịch sự kiện': 'loa-schedule .schedule__day-heading',
      'Mã QR': 'loa-qr svg[role="img"]',
      'Chỉ tiêu': 'loa-progress .sentence',
      'Trợ giúp': '.facts',
      'Hướng dẫn': '.choice',
      'Tìm kiếm': 'loa-search [part~="input"]',
    };
    await page.locator(content[tile]).first().waitFor();
    await check(tile);
    if (tile === 'Hướng dẫn') {
      await page.locator('.choice').first().click();
      await page.locator('loa-howto .progress__text').waitFor();
      await check('guide');
    }
    if (tile === 'Tìm kiếm') {
      for (const key of 'vneid') await page.getByRole('group', {name: 'Bàn phím'}).getByRole('button', {name: key, exact: true}).click();
      await page.locator('loa-search [part~="result"]').first().waitFor({timeout: 20_000});
      await check('search results');
    }
    await page.getByRole('button', {name: 'Trang chủ'}).click();
  }
  await page.getByRole('button', {name: 'Trợ năng'}).click();
  await page.locator('#a11y-panel[open]').waitFor();
  await check('panel');
  await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
  await page.getByRole('button', {name: 'Tương phản cao'}).click();
  await check('panel, high contrast, speech on');
  await page.getByRole('button', {name: 'Đóng', exact: true}).click();
  await check('home, high contrast, speech controls');
}

describe('kiosk screens', () => {
  test('starts on the attract screen with highlights, then Home shows the seven tiles', async () => {
    const page = await newPage();
    await assert.doesNotReject(page.locator('.highlight').waitFor());
    // The guide of the day at once; the next event and the latest news once the feeds answer.
    await page.waitForFunction("document.querySelectorAll('.highlight__card').length === 3");
    assert.equal(await page.locator('.highlight__card[data-current]').count(), 1, 'one card shows at a time');
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    // Not a focus trap: nothing is inert or hidden from assistive technology.
    assert.deepEqual(await page.locator('[inert], [aria-hidden="true"]:not(svg):not(dialog *)').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80))), []);
    await begin(page);
    for (const name of TILES) assert.ok(await page.getByRole('button', {name, exact: true}).isVisible(), name);
    assert.equal(await page.locator('h1').count(), 1);
    await page.context().close();
  });

  test('the attract screen drifts against burn-in, and only moves without motion under reduced motion', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'no-preference'});
    const moving = await context.newPage();
    await gotoKiosk(moving, site.origin);
    assert.notEqual(await moving.locator('.attract__drift').evaluate((el) => getComputedStyle(el).animationName), 'none');
    await context.close();
    const still = await newPage(LANDSCAPE);
    assert.equal(await still.locator('.attract__drift').evaluate((el) => getComputedStyle(el).animationName), 'none');
    await still.context().close();
  });

  test('help comes from the config', async () => {
    const page = await newPage();
    await begin(page);
    await page.getByRole('button', {name: 'Trợ giúp', exact: true}).click();
    // The new screen renders in the task after the tap's own (KioskApp.scheduleUpdate).
    await page.locator('[data-screen="help"]').waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /Quầy số 3/);
    assert.match(text, /0123 456 789/);
    await page.context().close();
  });

  test('every interactive element is at least 48×48 px in portrait and landscape', async () => {
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      const page = await newPage(viewport);
      const failures: string[] = [];
      await everyState(page, async (label) => {
        for (const small of await smallTargets(page)) failures.push(`${viewport.width}×${viewport.height} ${label}: ${small}`);
      });
      await page.context().close();
      assert.deepEqual(failures, []);
    }
  });

  test('axe finds no violations on any screen or panel state', async () => {
    const page = await newPage(LANDSCAPE);
    const failures: string[] = [];
    await everyState(page, async (label) => {
      for (const v of await axeViolations(page)) failures.push(`${label}: ${v}`);
    });
    await page.context().close();
    assert.deepEqual(failures, []);
  });

  test('at 200% text nothing scrolls sideways, at every layout', async () => {
    for (const viewport of [PORTRAIT, LANDSCAPE, SMALL]) {
      const page = await newPage(viewport);
      await begin(page);
      await page.getByRole('button', {name: 'Trợ năng'}).click();
      await page.getByRole('button', {name: '200%'}).click();
      await page.getByRole('button', {name: 'Đóng', exact: true}).click();
      // Twice the body size the panel's geometry gives this viewport.
      const [size, body] = await page.evaluate(() => [getComputedStyle(document.documentElement).fontSize, document.documentElement.style.getPropertyValue('--kiosk-body')]);
      assert.equal(size, `${2 * parseFloat(body)}px`);
      const failures: string[] = [];
      for (const tile of TILES) {
        await page.getByRole('button', {name: tile, exact: true}).click();
        await page.waitForTimeout(300);
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) failures.push(`${viewport.width}×${viewport.height} ${tile}: ${overflow}px`);
        await page.getByRole('button', {name: 'Trang chủ'}).click();
      }
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) failures.push(`${viewport.width}×${viewport.height} home: ${overflow}px`);
      await page.context().close();
      assert.deepEqual(failures, []);
    }
  });
});

describe('kiosk dock', () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
    test(`stays within 20 % of the screen at 200 % text with speech on (${name}); its speech controls open on demand`, async () => {
      const context = await site.browser.newContext({viewport, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
      await useFakeSpeech(context);
      const page = await context.newPage();
      await gotoKiosk(page, site.origin);
      await begin(page);
      await page.getByRole('button', {name: 'Trợ năng'}).click();
      await page.getByRole('button', {name: '200%'}).click();
      await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
      await page.getByRole('button', {name: 'Đóng', exact: true}).click();
      await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
      const dock = page.locator('.dock');
      const height = (await dock.boundingBox())!.height;
      assert.ok(height <= viewport.height * 0.2, `dock ${Math.round(height)} px of ${viewport.height} px`);
      await page.getByRole('button', {name: 'Đang đọc'}).click();
      await page.getByRole('button', {name: 'Dừng đọc'}).waitFor();
      assert.deepEqual(await smallTargets(page), []);
      assert.equal(await horizontalOverflow(page), 0);
      await context.close();
    });
  }
});

describe('kiosk high contrast', () => {
  test('is at least 7:1 for all text and controls on every screen, whatever accent the config sets (WCAG 1.4.6)', async () => {
    const context = await site.browser.newContext({viewport: PORTRAIT, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    // A commune's own accent: a mid blue that is fine on white and far below 7:1 on black.
    const config = JSON.parse(readFileSync(new URL('../../kiosk/public/kiosk.config.json', import.meta.url), 'utf8'));
    config.theme.accent = '#1f5fbf';
    await context.route(`${site.origin}/kiosk/accent.json`, (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(config)}));
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?config=accent.json');
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: 'Tương phản cao'}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#a11y-panel[open]').waitFor({state: 'detached'});
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--kiosk-accent').trim());
    assert.equal(accent, '#ffe14d', 'the high-contrast accent, not the config\'s');
    await everyState(page, async (label) => {
      if (label.startsWith('panel')) return;
      assert.deepEqual(await axeViolations(page, ['color-contrast-enhanced']), [], label);
    });
    await context.close();
  });
});

describe('kiosk language', () => {
  test('switching language sets <html lang> and changes every UI string', async () => {
    const page = await newPage(LANDSCAPE);
    await begin(page);
    await page.getByRole('button', {name: 'English'}).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // The English strings are a lazy chunk: wait for the first English label before checking them all.
    await page.getByRole('button', {name: 'News', exact: true}).waitFor();
    for (const name of ['News', 'Events', 'Guides', 'QR codes', 'Help', 'Accessibility', 'Tiếng Việt']) {
      assert.ok(await page.getByRole('button', {name, exact: true}).isVisible(), name);
    }
    // No Vietnamese left in the shell's own text (content elements and the "Tiếng Việt" button excepted).
    const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
    const shellText = async () =>
      page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('loa-kiosk-app')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('loa-news, loa-schedule, loa-howto, loa-qr, [lang="vi"], .masthead__name')) continue;
          if (node.textContent!.trim()) texts.push(node.textContent!.trim());
        }
        return texts;
      });
    const screens = ['News', 'Events', 'Guides', 'QR codes', 'Help'];
    for (const screen of screens) {
      await page.getByRole('button', {name: screen, exact: true}).click();
      await page.waitForTimeout(200);
      for (const text of await shellText()) assert.doesNotMatch(text.replace(CAMPAIGN, ''), vietnamese, `${screen}: "${text}"`);
      await page.getByRole('button', {name: 'Home', exact: true}).click();
    }
    await page.getByRole('button', {name: 'Accessibility'}).click();
    for (const text of await shellText()) assert.doesNotMatch(text.replace(CAMPAIGN, ''), vietnamese, `panel: "${text}"`);
    await page.getByRole('button', {name: 'Close', exact: true}).click();
    // Content elements follow <html lang> on their own: news now come from the English feed.
    await page.getByRole('button', {name: 'News', exact: true}).click();
    assert.equal(await page.locator('loa-news').getAttribute('src'), `${site.origin}/kiosk/content/news.en.json`);
    await page.getByRole('button', {name: 'Tiếng Việt'}).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.ok(await page.getByRole('heading', {name: 'Tin tức', level: 1}).isVisible());
    await page.context().close();
  });
});

describe('kiosk speech mode', () => {
  test('with no voice installed, turning speech on says so in words (and with a voice, says nothing of the kind)', async () => {
    const context = await site.browser.newContext({viewport: PORTRAIT, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    // A kiosk PC with no voice at all, whatever this machine has installed.
    await context.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', {value: () => [], configurable: true});
    });
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    const warning = page.locator('#a11y-panel .panel__warning');
    await warning.filter({hasText: 'chưa cài giọng đọc'}).waitFor({timeout: 5000});
    assert.equal(await warning.getAttribute('role'), 'status');
    assert.ok((await warning.boundingBox())!.height > 0, 'visible');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Tắt', exact: true}).click();
    await warning.filter({hasText: 'chưa cài giọng đọc'}).waitFor({state: 'detached'});
    await context.close();

    const withVoice = await site.browser.newContext({viewport: PORTRAIT, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    await useFakeSpeech(withVoice);
    const page2 = await withVoice.newPage();
    await gotoKiosk(page2, site.origin);
    await begin(page2);
    await page2.getByRole('button', {name: 'Trợ năng'}).click();
    await page2.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page2.waitForTimeout(2000);
    assert.equal((await page2.locator('#a11y-panel .panel__warning').innerText()).trim(), '');
    await withVoice.close();
  });

  test('reads what is touched in its own language, with repeat, stop and volume', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    await useFakeSpeech(context);
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=2&countdown=20');
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    const said = await spoken(page);
    assert.ok(said.some((s) => s.text === 'Tin tức' && s.lang === 'vi'), JSON.stringify(said));
    const count = said.length;
    // The speech controls sit behind one "Đang đọc" button in the dock.
    const controls = page.getByRole('button', {name: 'Đang đọc'});
    assert.equal(await controls.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('button', {name: 'Đọc lại'}).count(), 0);
    await controls.click();
    assert.equal(await controls.getAttribute('aria-expanded'), 'true');
    await page.getByRole('button', {name: 'Đọc lại'}).click();
    assert.equal((await spoken(page)).at(-1)?.text, said.at(-1)?.text);
    assert.ok((await spoken(page)).length > count);
    await page.getByRole('button', {name: 'Nhỏ hơn'}).click();
    await page.getByRole('button', {name: 'Đọc lại'}).click();
    assert.equal((await spoken(page)).at(-1)?.volume, 0.75);
    // The idle warning is spoken too.
    await page.locator('#idle-warning[open]').waitFor({timeout: 5000});
    assert.match((await spoken(page)).at(-1)?.text ?? '', /Bạn còn ở đây không\?/);
    await page.getByRole('button', {name: 'Tôi cần thêm thời gian'}).click();
    // English: an English voice for English text.
    await page.getByRole('button', {name: 'English'}).click();
    await page.getByRole('button', {name: 'Home', exact: true}).click();
    assert.ok((await spoken(page)).some((s) => s.text === 'Home' && s.lang === 'en'));
    await context.close();
  });
});

describe('kiosk lockdown', () => {
  test('an external link shows a QR card and does not navigate', async () => {
    const page = await newPage();
    await begin(page);
    const url = page.url();
    const entries = await page.evaluate(() => history.length);
    // A link anywhere in the page (here injected), caught at the document through composedPath().
    await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), {href: 'https://example.org/bai-viet', textContent: 'Bài viết bên ngoài'});
      document.querySelector('main')!.append(a);
    });
    await page.getByRole('link', {name: 'Bài viết bên ngoài'}).click();
    const card = page.locator('#link-card[open]');
    await card.waitFor();
    assert.equal(await card.locator('loa-qr').getAttribute('href'), 'https://example.org/bai-viet');
    assert.ok(await page.getByRole('heading', {name: 'Quét mã để mở trên điện thoại'}).isVisible());
    await page.waitForTimeout(300);
    assert.equal(page.url(), url);
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    // Wait for the close, so the next waitFor cannot match the card that is going away.
    await page.locator('#link-card[open]').waitFor({state: 'detached'});
    // A link inside an element's shadow root fires loa-link-activate: the kiosk cancels it.
    const cancelled = await page.evaluate(() => {
      const event = new CustomEvent('loa-link-activate', {bubbles: true, composed: true, cancelable: true, detail: {href: 'https://dichvucong.gov.vn/', label: 'DVC'}});
      return !document.querySelector('main')!.dispatchEvent(event);
    });
    assert.ok(cancelled);
    await card.waitFor();
    assert.equal(await card.locator('loa-qr').getAttribute('href'), 'https://dichvucong.gov.vn/');
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.context().close();
  });

  test('a link that would open a window, an in-page link and the mouse\'s back button go nowhere, with no click listener on the document', async () => {
    const page = await newPage();
    await begin(page);
    const url = page.url();
    const entries = await page.evaluate(() => history.length);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.append(Object.assign(document.createElement('a'), {href: 'https://example.org/cua-so-moi', target: '_blank', textContent: 'Cửa sổ mới'}));
      main.append(Object.assign(document.createElement('a'), {href: '#main', textContent: 'Lên đầu'}));
    });
    const popup = page.context().waitForEvent('page', {timeout: 1500}).then(() => true, () => false);
    await page.getByRole('link', {name: 'Cửa sổ mới'}).click();
    const card = page.locator('#link-card[open]');
    await card.waitFor();
    assert.equal(await card.locator('loa-qr').getAttribute('href'), 'https://example.org/cua-so-moi');
    assert.equal(await popup, false, 'no new window');
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#link-card[open]').waitFor({state: 'detached'});
    // By keyboard too: Enter on the link.
    await page.getByRole('link', {name: 'Cửa sổ mới'}).focus();
    await page.keyboard.press('Enter');
    await card.waitFor();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#link-card[open]').waitFor({state: 'detached'});
    await page.getByRole('link', {name: 'Lên đầu'}).click();
    assert.equal(await card.count(), 0, 'an in-page link is no QR card');
    // The mouse's back button (Chromium goes back on its mouseup unless the pointerup is cancelled).
    const cdp = await page.context().newCDPSession(page);
    for (const type of ['mousePressed', 'mouseReleased'] as const) {
      await cdp.send('Input.dispatchMouseEvent', {type, x: 300, y: 300, button: 'back', buttons: type === 'mousePressed' ? 8 : 0, clickCount: 1});
    }
    await page.waitForTimeout(500);
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.context().close();
  });

  test('a real link inside a news item opens the QR card, not the page', async () => {
    const page = await newPage(LANDSCAPE);
    await begin(page);
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    const entries = await page.evaluate(() => history.length);
    await page.locator('loa-news .item__open').first().click();
    const link = page.locator('loa-news').getByRole('link', {name: /Xem bài gốc/});
    await link.waitFor({timeout: 5000});
    const href = await link.getAttribute('href');
    const url = page.url();
    await link.click();
    await page.locator('#link-card[open]').waitFor();
    assert.equal(await page.locator('#link-card loa-qr').getAttribute('href'), new URL(href!, url).href);
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.context().close();
  });

  test('no context menu, no zoom keys, no history entries while moving between screens', async () => {
    const page = await newPage();
    await begin(page);
    const entries = await page.evaluate(() => history.length);
    const prevented = await page.evaluate(() => {
      const menu = !document.body.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, cancelable: true}));
      const zoom = !window.dispatchEvent(new KeyboardEvent('keydown', {key: '+', ctrlKey: true, cancelable: true}));
      const pinch = !window.dispatchEvent(new WheelEvent('wheel', {deltaY: -10, ctrlKey: true, cancelable: true}));
      const back = !window.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', altKey: true, cancelable: true}));
      return {menu, zoom, pinch, back, touchAction: getComputedStyle(document.documentElement).touchAction};
    });
    assert.deepEqual(prevented, {menu: true, zoom: true, pinch: true, back: true, touchAction: 'pan-x pan-y'});
    for (const tile of TILES) {
      await page.getByRole('button', {name: tile, exact: true}).click();
      await page.getByRole('button', {name: 'Quay lại'}).click();
    }
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.equal(new URL(page.url()).pathname, '/kiosk/');
    await page.context().close();
  });

  test('a bad config shows a clear error screen for staff, never a blank one', async () => {
    const missing = await newPageNoAttract(`?config=nowhere.json`);
    await missing.getByRole('alert').waitFor();
    assert.match(await missing.locator('main').innerText(), /cấu hình bị lỗi[\s\S]*nowhere\.json[\s\S]*HTTP 404/);
    await missing.context().close();
    // Plain http to another host: a content source is on the kiosk's origin or https (allowedHosts does not enter into it).
    const bad = {commune: {name: 'X'}, sources: {news: 'http://elsewhere.example/news.json', guides: 'no'}, idle: {timeoutSeconds: 5}};
    // A commune's own (broken) file on the kiosk's origin: configs from anywhere else are refused outright (kiosk-security.test.ts).
    const invalid = await newPageNoAttract('?config=bad.json', async (context) => {
      await context.route(`${site.origin}/kiosk/bad.json`, (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(bad)}));
    });
    await invalid.getByRole('alert').waitFor();
    const text = await invalid.locator('main').innerText();
    for (const path of ['sources.news', 'sources.events', 'sources.guides', 'idle.timeoutSeconds', 'help']) assert.match(text, new RegExp(path.replace('.', '\\.')), path);
    assert.deepEqual(await axeViolations(invalid), []);
    await invalid.context().close();
  });
});

describe('kiosk staff view and daily reload', () => {
  test('Ctrl+Alt+S, or a 3 s press on the logo, opens the status view; a short press does not', async () => {
    const page = await newPage(LANDSCAPE);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.getByRole('heading', {level: 1, name: 'Tình trạng ki-ốt'}).waitFor();
    assert.match(await page.locator('.facts').innerText(), /Phiên bản[\s\S]*Service worker/);
    await page.getByRole('button', {name: 'Trang chủ'}).click();
    await page.locator('[data-screen="home"]').waitFor();

    const logo = page.locator('.masthead__logo');
    const box = (await logo.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(1000);
    await page.mouse.up();
    await page.waitForTimeout(2500);
    assert.equal(await page.locator('[data-screen="home"]').count(), 1, 'a 1 s press is an ordinary touch');

    await page.mouse.down();
    await page.getByRole('heading', {level: 1, name: 'Tình trạng ki-ốt'}).waitFor({timeout: 5000});
    await page.mouse.up();
    await page.context().close();
  });

  test('after a day of running it reloads, but only once nobody is using it', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    const page = await context.newPage();
    await page.clock.install();
    await gotoKiosk(page, site.origin, '?idle=20&countdown=20');
    await begin(page);
    await page.evaluate('window.__sameDocument = true');
    // A day passes while a resident is on Home (the idle warning comes up): no reload under their hands.
    await page.clock.fastForward('25:00:00');
    await page.locator('#idle-warning[open]').waitFor();
    await page.getByRole('button', {name: 'Tôi cần thêm thời gian'}).click();
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    await page.locator('[data-screen="news"]').waitFor();
    assert.equal(await page.evaluate('window.__sameDocument'), true, 'no reload while in use');
    // They walk away: the idle reset brings the attract screen, and the kiosk reloads there.
    const reloaded = page.waitForEvent('load', {timeout: 15_000});
    await page.clock.runFor('01:00');
    await reloaded;
    await page.locator('.attract').waitFor();
    assert.equal(await page.evaluate('window.__sameDocument'), undefined, 'a fresh document');
    await context.close();
  });
});

async function newPageNoAttract(query: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page> {
  const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true});
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}/kiosk/${query}`);
  return page;
}

describe('kiosk idle reset', () => {
  // The full reset after the countdown is checked by the next test.
  test('warns, and can be extended ten times in a row (WCAG 2.2.1)', async () => {
    const page = await newPage(LANDSCAPE, '?idle=1&countdown=20');
    await begin(page);
    const warning = page.locator('#idle-warning[open]');
    for (let i = 0; i < 10; i++) {
      await warning.waitFor({timeout: 5000});
      // Labelled modal dialog with focus inside, and the countdown starts at the configured value.
      assert.equal(await page.getByRole('alertdialog', {name: 'Bạn còn ở đây không?'}).count(), 1);
      assert.ok(await page.evaluate(() => document.querySelector('#idle-warning')!.contains(document.activeElement)));
      await page.getByRole('button', {name: 'Tôi cần thêm thời gian'}).click();
      await warning.waitFor({state: 'hidden'});
    }
    await page.context().close();
  });

  test('the countdown is 30 s by default, and at its end everything is back to defaults', async () => {
    const fresh = await newPage(LANDSCAPE, '?idle=1');
    await begin(fresh);
    await fresh.locator('#idle-warning[open]').waitFor({timeout: 5000});
    assert.match(await fresh.locator('.warning__left').innerText(), /Còn (30|29) giây/);
    await fresh.context().close();

    const page = await newPage(LANDSCAPE, '?idle=4&countdown=2');
    // A new tab starts with about:blank in its history; the kiosk must add nothing to it.
    const entries = await page.evaluate(() => history.length);
    await begin(page);
    // Use the kiosk: a guide, a step, settings, storage, scroll.
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.locator('.choice').first().click();
    await page.locator('loa-howto').waitFor();
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: '150%'}).click();
    await page.getByRole('button', {name: 'Tương phản cao'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page.getByRole('button', {name: 'English', exact: true}).last().click();
    await page.getByRole('button', {name: 'Close', exact: true}).click();
    await page.evaluate(() => {
      sessionStorage.setItem('draft', 'Nguyễn Văn A');
      localStorage.setItem('search', 'vneid');
      window.scrollTo(0, 400);
    });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // Wait out the timeout and the countdown without touching anything.
    await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
    await page.locator('.attract').waitFor({timeout: 6000});
    const after = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      scale: document.documentElement.style.getPropertyValue('--kiosk-scale'),
      contrast: document.documentElement.dataset.contrast,
      speech: document.documentElement.dataset.speech,
      session: sessionStorage.length,
      local: localStorage.length,
      scrollY: window.scrollY,
      history: history.length,
      dialogs: document.querySelectorAll('dialog[open]').length,
      howto: document.querySelectorAll('loa-howto').length,
    }));
    assert.deepEqual(after, {lang: 'vi', scale: '1', contrast: 'normal', speech: 'off', session: 0, local: 0, scrollY: 0, history: entries, dialogs: 0, howto: 0});
    // The next resident starts on Home, not inside the last one's guide.
    await begin(page);
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.locator('[data-screen="guides"]').waitFor();
    assert.ok(await page.locator('.choice').first().isVisible());
    await page.context().close();
  });
});
