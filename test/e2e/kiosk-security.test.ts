// The kiosk as a public terminal, attacked as a stranger would: crafted
// configs, sessions left open in odd states, the clipboard, browser shortcuts,
// dropped files, a page CSP, a broken clock and QR codes to foreign hosts.
// Each test is an attack that must fail. Against the built dist/kiosk/.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {BrowserContext, Page} from 'playwright-core';
import {openKiosk, gotoKiosk, begin, useFakeSpeech, spoken, until, LANDSCAPE, PORTRAIT, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

const TILES = ['Tin tức', 'Lịch sự kiện', 'Hướng dẫn', 'Mã QR', 'Trợ giúp'];
const DEFAULT_CONFIG = JSON.parse(readFileSync(new URL('../../kiosk/public/kiosk.config.json', import.meta.url), 'utf8'));

/** A context under the page's real CSP (never bypassCSP here). */
async function newContext(options: {serviceWorkers?: 'allow' | 'block'; viewport?: {width: number; height: number}} = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({viewport: options.viewport ?? LANDSCAPE, serviceWorkers: options.serviceWorkers ?? 'block', reducedMotion: 'reduce'});
  // tsx wraps named inner functions in __name(); functions sent to the page need it there.
  await context.addInitScript({content: 'window.__name = window.__name || ((f) => f)'});
  return context;
}

/** Serves `config` at /kiosk/<name> on the kiosk's own origin (a commune's own file). */
async function serveConfig(context: BrowserContext, name: string, config: unknown): Promise<void> {
  await context.route(`${site.origin}/kiosk/${name}`, (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(config)}));
}

/** Every element's text, shadow roots included. */
async function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
      }
    };
    parts.push(document.body.innerText);
    visit(document);
    return parts.join('\n');
  });
}

/** What a touched link does on the kiosk: the app's own hook, called as lockdown.ts calls it. */
async function openLink(page: Page, href: string, label: string): Promise<void> {
  await page.evaluate(([href, label]) => {
    (document.querySelector('loa-kiosk-app') as unknown as {openLink(href: string, label: string): void}).openLink(href, label);
  }, [href, label]);
}

/** Waits until the idle warning has come and gone by itself, back on the pristine attract screen. */
async function waitForReset(page: Page): Promise<void> {
  await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
  await page.locator('#idle-warning[open]').waitFor({state: 'detached', timeout: 8000});
  await page.locator('.attract').waitFor();
}

describe('kiosk config: only from its own origin', () => {
  const attacks = [
    `data:application/json,${JSON.stringify({...DEFAULT_CONFIG, help: {...DEFAULT_CONFIG.help, phone: '0999 LỪA ĐẢO'}})}`,
    'https://other.example/kiosk.config.json',
    '//other.example/kiosk.config.json',
    '/\\other.example/kiosk.config.json',
    'javascript:alert(1)',
    'blob:https://other.example/0c6f-11',
    `${'ja'}\tvascript:alert(1)`,
  ];
  for (const attack of attacks) {
    test(`refuses ?config=${attack.slice(0, 40)} without fetching it, and keeps the default config`, async () => {
      const context = await newContext();
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await context.route('https://other.example/**', (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(DEFAULT_CONFIG)}));
      const page = await context.newPage();
      await page.goto(`${site.origin}/kiosk/?config=${encodeURIComponent(attack)}`);
      // Staff see the refusal first, in place of the attract screen.
      await page.getByRole('alert').waitFor();
      const text = await page.locator('main').innerText();
      assert.match(text, /Địa chỉ cấu hình bị từ chối: ki-ốt dùng cấu hình mặc định/);
      assert.match(text, /\?config[\s\S]*chỉ nhận tệp cấu hình trên chính máy chủ/);
      assert.match(text, new RegExp(`Ki-ốt đang chạy với tệp cấu hình mặc định: ${site.origin.replace(/[.]/g, '\\.')}/kiosk/kiosk\\.config\\.json`));
      assert.doesNotMatch(text, /LỪA ĐẢO/);
      assert.deepEqual(requests.filter((url) => !url.startsWith(site.origin)), [], 'no request leaves the origin');
      const configs = requests.filter((url) => new URL(url).pathname.endsWith('.config.json') || new URL(url).pathname.endsWith('/kiosk.config.json'));
      assert.deepEqual([...new Set(configs)], [`${site.origin}/kiosk/kiosk.config.json`], 'the default config, and nothing of the refused one');
      // The kiosk runs on its default config: continue, and the resident finds the commune's own help.
      await page.getByRole('button', {name: 'Tiếp tục với cấu hình mặc định'}).click();
      await page.locator('.attract').waitFor();
      // Focus goes to the attract screen's heading, not back to the page's body.
      assert.equal(await page.evaluate(() => document.activeElement?.matches('.attract__title') ?? false), true, 'focus on the attract heading');
      await begin(page);
      await page.getByRole('button', {name: 'Trợ giúp', exact: true}).click();
      await page.locator('[data-screen="help"]').waitFor();
      const help = await page.locator('main').innerText();
      assert.doesNotMatch(help, /LỪA ĐẢO/);
      assert.match(help, /Quầy số 3/);
      // The staff view names the config loaded and the refusal.
      await page.keyboard.press('Control+Alt+KeyS');
      await page.locator('[data-screen="status"]').waitFor();
      assert.match(await page.locator('.facts').innerText(), /Tệp cấu hình\s*\S+\/kiosk\/kiosk\.config\.json/);
      assert.match(await page.locator('ol.errors').innerText(), /Địa chỉ cấu hình trong \?config= bị từ chối/);
      await context.close();
    });
  }

  test('a refused ?config= leaves no trace for the next resident: the idle reset ends its screen', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/kiosk/?config=${encodeURIComponent('https://other.example/x.json')}&idle=2&countdown=2`);
    await page.getByRole('alert').waitFor();
    await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
    await page.locator('#idle-warning[open]').waitFor({state: 'detached', timeout: 8000});
    await page.locator('.attract').waitFor();
    assert.equal(await page.locator('.config-error').count(), 0);
    await context.close();
  });

  test('a path on its own origin is still accepted, and its sources resolve against it', async () => {
    const context = await newContext();
    const config = structuredClone(DEFAULT_CONFIG);
    // A config in a sub-folder names its sources relative to itself.
    config.sources.news = {vi: '../content/news.json', en: '../content/news.en.json'};
    config.sources.events = {vi: '../content/events.ics', en: '../content/events.en.ics'};
    config.sources.qr = '../content/qr.json';
    config.commune.logo = '../icons/icon.svg';
    await serveConfig(context, 'cau-hinh/xa.json', config);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?config=cau-hinh/xa.json');
    await begin(page);
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    await page.locator('loa-news').waitFor();
    assert.equal(await page.locator('loa-news').getAttribute('src'), `${site.origin}/kiosk/content/news.json`);
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.locator('.choice').first().click();
    // Guides sit beside the config file: content/guides/ under its folder.
    assert.match((await page.locator('loa-howto').getAttribute('src'))!, /\/kiosk\/cau-hinh\/content\/guides\/[a-z0-9-]+\.json$/);
    assert.ok(requests.includes('/kiosk/content/news.json'));
    assert.ok(!requests.includes('/kiosk/cau-hinh/../content/news.json'));
    await context.close();
  });

  test('?idle= and ?countdown= can shorten a session, never lengthen it', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=86400&countdown=9999');
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    const facts = page.locator('.facts');
    await facts.waitFor();
    assert.match(await facts.innerText(), /Cảnh báo sau 90 giây không dùng, đếm ngược 30 giây/);
    await page.goto(`${site.origin}/kiosk/?idle=5&countdown=3`);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    assert.match(await page.locator('.facts').innerText(), /Cảnh báo sau 5 giây không dùng, đếm ngược 3 giây/);
    await context.close();
  });

  test('?now= sets the clock only under a config with testClock: a crafted address cannot', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // The built config, with no test flag: the clock stays the system's, and staff are told.
    await page.goto(`${site.origin}/kiosk/?now=2031-06-01T08:00:00%2B07:00`);
    await page.locator('.attract').waitFor();
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    const facts = page.locator('.facts');
    assert.match(await facts.innerText(), /Đồng hồ\s*Đúng/);
    assert.doesNotMatch(await facts.innerText(), /2031/);
    assert.match(await page.locator('ol.errors').innerText(), /Tham số \?now= bị bỏ qua: cấu hình không bật testClock/);
    // With the documented test flag, the same address sets the clock.
    await serveConfig(context, 'test-clock.json', {...DEFAULT_CONFIG, testClock: true});
    await page.goto(`${site.origin}/kiosk/?config=test-clock.json&now=2031-06-01T08:00:00%2B07:00`);
    await page.locator('.attract').waitFor();
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    // 2031 is more than a year past the content: once the feeds have been read, the clock check says so.
    await page.locator('.facts').filter({hasText: /Đồng hồ\s*SAI: đồng hồ chỉ[^\n]*2031/}).waitFor();
    assert.equal(await page.locator('ol.errors').filter({hasText: '?now='}).count(), 0);
    await context.close();
  });

  test('a hand-off base that is not https, or not on allowedHosts, is refused', async () => {
    const context = await newContext();
    await serveConfig(context, 'http.json', {...DEFAULT_CONFIG, handoffBase: 'http://hoaloa.example/huong-dan/'});
    await serveConfig(context, 'foreign.json', {...DEFAULT_CONFIG, allowedHosts: ['hoaloa.gov.vn'], handoffBase: 'https://lua-dao.example/huong-dan/'});
    const page = await context.newPage();
    await page.goto(`${site.origin}/kiosk/?config=http.json`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.locator('main').innerText(), /handoffBase: cần một địa chỉ https:\/\//);
    await page.goto(`${site.origin}/kiosk/?config=foreign.json`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.locator('main').innerText(), /handoffBase: máy chủ lua-dao\.example không nằm trong allowedHosts/);
    await context.close();
  });

  test('allowedHosts does not limit content: a news feed on another https host loads', async () => {
    const context = await newContext();
    const news = readFileSync(new URL('../../demo/content/news.json', import.meta.url), 'utf8');
    await context.route('https://tin.hoaloa.example/**', (route) =>
      route.fulfill({contentType: 'application/json', headers: {'access-control-allow-origin': '*'}, body: news})
    );
    await serveConfig(context, 'feed-elsewhere.json', {
      ...DEFAULT_CONFIG,
      allowedHosts: ['dichvucong.gov.vn'],
      sources: {...DEFAULT_CONFIG.sources, news: 'https://tin.hoaloa.example/feed.json'},
    });
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?config=feed-elsewhere.json');
    await begin(page);
    await page.getByRole('button', {name: 'Tin tức', exact: true}).click();
    assert.equal(await page.locator('loa-news').getAttribute('src'), 'https://tin.hoaloa.example/feed.json');
    await page.locator('loa-news .item__open').first().waitFor();
    // Only the QR codes are held to the list.
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    assert.match(await page.locator('.facts').innerText(), /Mã QR được dẫn tới\s*dichvucong\.gov\.vn và máy chủ của ki-ốt/);
    await context.close();
  });

  test('with allowedHosts, a QR code to any other host is refused, and the QR screen leaves such links out', async () => {
    const context = await newContext();
    await serveConfig(context, 'allow.json', {...DEFAULT_CONFIG, allowedHosts: ['dichvucong.gov.vn'], handoffBase: 'https://dichvucong.gov.vn/huong-dan/'});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?config=allow.json');
    await begin(page);
    await openLink(page, 'https://lua-dao.example/dang-nhap', 'Cổng Dịch vụ công');
    const card = page.locator('#link-card[open]');
    await card.waitFor();
    const qr = card.locator('loa-qr');
    await qr.getByRole('alert').waitFor();
    assert.match(await qr.getByRole('alert').innerText(), /lua-dao\.example không nằm trong danh sách/);
    assert.equal(await qr.locator('svg').count(), 0);
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await card.waitFor({state: 'detached'});
    await openLink(page, 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'DVC');
    await card.locator('loa-qr svg[role="img"]').waitFor();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    // The demo QR list points at other hosts: none is shown to residents, none as an error card.
    await page.getByRole('button', {name: 'Mã QR', exact: true}).click();
    await page.locator('[data-screen="qr"]').waitFor();
    for (const href of await page.locator('.qr-grid loa-qr').evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
      assert.match(href!, /^https:\/\/([a-z0-9-]+\.)*dichvucong\.gov\.vn\//);
    }
    assert.equal(await page.locator('loa-qr').getByRole('alert').count(), 0);
    await context.close();
  });
});

describe('kiosk idle reset: every state that is not the pristine attract screen', () => {
  test('the staff view, then Home: the session still resets', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=2&countdown=2');
    await page.keyboard.press('Control+Alt+KeyS');
    await page.getByRole('heading', {level: 1, name: 'Tình trạng ki-ốt'}).waitFor();
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.locator('[data-screen="home"]').waitFor();
    await waitForReset(page);
    // The staff view alone resets too.
    await page.keyboard.press('Control+Alt+KeyS');
    await page.getByRole('heading', {level: 1, name: 'Tình trạng ki-ốt'}).waitFor();
    await waitForReset(page);
    await context.close();
  });

  test('the accessibility panel left open on the attract screen resets', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=2&countdown=2');
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.locator('#a11y-panel[open]').waitFor();
    await waitForReset(page);
    assert.equal(await page.locator('dialog[open]').count(), 0);
    await context.close();
  });

  test('settings changed on the attract screen (English, 200 %, high contrast) do not survive for the next resident', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=2&countdown=2');
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: '200%'}).click();
    await page.getByRole('button', {name: 'Tương phản cao'}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#a11y-panel[open]').waitFor({state: 'detached'});
    await page.locator('.dock').getByRole('button', {name: 'English'}).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
    await page.locator('#idle-warning[open]').waitFor({state: 'detached', timeout: 8000});
    const after = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      scale: document.documentElement.style.getPropertyValue('--kiosk-scale'),
      contrast: document.documentElement.dataset.contrast,
    }));
    assert.deepEqual(after, {lang: 'vi', scale: '1', contrast: 'normal'});
    // Pristine again: no further warning comes.
    await page.waitForTimeout(3500);
    assert.equal(await page.locator('#idle-warning[open]').count(), 0);
    await context.close();
  });

  test('speech stops at the reset, also speech still waiting for a voice', async () => {
    const context = await newContext();
    await useFakeSpeech(context);
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?idle=2&countdown=2');
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#idle-warning[open]').waitFor({timeout: 8000});
    // The voices now "load late": a request made just before the reset waits for them.
    await page.evaluate(() => {
      const synth = window.speechSynthesis as unknown as {getVoices: () => unknown[]};
      const voices = synth.getVoices();
      (window as unknown as {__voices: unknown[]}).__voices = voices;
      synth.getVoices = () => [];
    });
    await page.locator('.attract').waitFor({timeout: 8000});
    const count = (await spoken(page)).length;
    await page.evaluate(() => {
      const synth = window.speechSynthesis as unknown as EventTarget & {getVoices: () => unknown[]};
      synth.getVoices = () => (window as unknown as {__voices: unknown[]}).__voices;
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    await page.waitForTimeout(2000);
    assert.equal((await spoken(page)).length, count, JSON.stringify((await spoken(page)).slice(count)));
    await context.close();
  });
});

describe('kiosk: nothing leaves it', () => {
  test('no copy button, no open link, no clipboard write, no download, anywhere', async () => {
    const context = await newContext({viewport: PORTRAIT});
    await context.addInitScript(() => {
      const writes: string[] = [];
      (window as unknown as {__clipboard: string[]}).__clipboard = writes;
      Object.defineProperty(navigator, 'clipboard', {value: {writeText: async (text: string) => void writes.push(text), write: async () => void writes.push('(data)')}, configurable: true});
    });
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await begin(page);
    const forbidden = async (where: string) => {
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        const visit = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll<HTMLElement>('*')) {
            if (el.shadowRoot) visit(el.shadowRoot);
            const text = (el.textContent ?? '').trim();
            if (el.matches('button, a') && /Sao chép liên kết|Mở liên kết/.test(text)) bad.push(text);
            if (el.matches('a[download], a[href^="blob:"], [href^="javascript:"]')) bad.push(el.outerHTML.slice(0, 80));
          }
        };
        visit(document);
        return bad;
      });
      assert.deepEqual(found, [], where);
    };
    // The QR screen, the link card, an event with its page and "add to calendar", a guide's hand-off.
    await page.getByRole('button', {name: 'Mã QR', exact: true}).click();
    await page.locator('.qr-grid loa-qr svg').first().waitFor();
    await forbidden('QR screen');
    await openLink(page, 'https://dichvucong.gov.vn/', 'DVC');
    await page.locator('#link-card[open] loa-qr svg').waitFor();
    await forbidden('link card');
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Lịch sự kiện', exact: true}).click();
    const schedule = page.locator('loa-schedule');
    await schedule.locator('.schedule__toggle').first().click();
    const add = schedule.getByRole('button', {name: 'Thêm vào lịch'}).first();
    await add.click();
    assert.equal(await add.getAttribute('aria-expanded'), 'true');
    const subscribe = schedule.locator('.schedule__subscribe loa-qr').first();
    assert.equal(await subscribe.getAttribute('href'), `${site.origin}/kiosk/content/events.ics`);
    await subscribe.locator('svg[role="img"]').waitFor();
    await forbidden('schedule');
    await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    await page.getByRole('button', {name: 'Hướng dẫn', exact: true}).click();
    await page.locator('.choice').first().click();
    const howto = page.locator('loa-howto');
    await howto.getByRole('button', {name: /Tiếp tục trên điện thoại/}).click();
    await howto.locator('loa-qr svg').waitFor();
    await forbidden('guide hand-off');
    for (const audio of await page.locator('loa-howto audio').evaluateAll((els) => els.map((el) => el.getAttribute('controlslist')))) {
      assert.equal(audio, 'nodownload noplaybackrate');
    }
    assert.deepEqual(await page.evaluate(() => (window as unknown as {__clipboard: string[]}).__clipboard), []);
    await context.close();
  });

  test('the link card puts where the link leads first, and the link\'s own words second', async () => {
    const context = await newContext({viewport: PORTRAIT});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await begin(page);
    await openLink(page, 'https://lua-dao.example/dich-vu-cong', 'Cổng Dịch vụ công quốc gia');
    const card = page.locator('#link-card[open]');
    await card.locator('loa-qr svg').waitFor();
    const sizes = await page.evaluate(() => {
      const qr = document.querySelector('#link-card loa-qr')!;
      const title = qr.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
      const said = document.querySelector<HTMLElement>('.link-card__said')!;
      return {title: title.textContent!.trim(), titleSize: parseFloat(getComputedStyle(title).fontSize), said: said.textContent!.trim(), saidSize: parseFloat(getComputedStyle(said).fontSize)};
    });
    assert.equal(sizes.title, 'lua-dao.example/dich-vu-cong');
    assert.match(sizes.said, /“Cổng Dịch vụ công quốc gia”/);
    assert.ok(sizes.titleSize > sizes.saidSize * 1.3, JSON.stringify(sizes));
    await context.close();
  });

  test('browser shortcuts and dropped links or files are cancelled; typing in a field still works', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await begin(page);
    const results = await page.evaluate(() => {
      const press = (init: KeyboardEventInit, target: EventTarget = document.body) => {
        const event = new KeyboardEvent('keydown', {bubbles: true, cancelable: true, composed: true, ...init});
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const ctrl = ['p', 's', 'o', 'u', 'h', 'j', 'r'].map((key) => [`Ctrl+${key}`, press({key, ctrlKey: true})] as const);
      const shift = ['I', 'J', 'C'].map((key) => [`Ctrl+Shift+${key}`, press({key, ctrlKey: true, shiftKey: true})] as const);
      const plain = ['F5', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward'].map((key) => [key, press({key})] as const);
      const history = [['Alt+Left', press({key: 'ArrowLeft', altKey: true})], ['Alt+Right', press({key: 'ArrowRight', altKey: true})]] as const;
      const backspace = [['Backspace', press({key: 'Backspace'})]] as const;
      const drag = (type: string) => {
        const data = new DataTransfer();
        data.setData('text/uri-list', 'https://lua-dao.example/');
        const event = new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data});
        document.querySelector('main')!.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const drops = [['dragover', drag('dragover')], ['drop', drag('drop')]] as const;
      return Object.fromEntries([...ctrl, ...shift, ...plain, ...history, ...backspace, ...drops]);
    });
    for (const [name, prevented] of Object.entries(results)) assert.equal(prevented, true, name);
    // In a field, Backspace deletes and plain letters type.
    await page.getByRole('button', {name: 'Lịch sự kiện', exact: true}).click();
    const search = page.locator('loa-schedule').getByRole('searchbox', {name: 'Tìm sự kiện'});
    await search.fill('vneidx');
    await search.press('Backspace');
    assert.equal(await search.inputValue(), 'vneid');
    await context.close();
  });
});

describe('kiosk Content-Security-Policy', () => {
  test('the page carries a strict CSP, and a whole session causes no violation', async () => {
    const context = await newContext({serviceWorkers: 'allow', viewport: PORTRAIT});
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as {__violations: string[]}).__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await gotoKiosk(page, site.origin);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'"]) assert.ok(csp!.includes(directive), directive);
    assert.doesNotMatch(csp!, /unsafe-inline|unsafe-eval/);
    // The service worker registered under Trusted Types.
    // (No page.waitForFunction here: Playwright's polling evaluates strings, which this CSP rightly forbids.)
    // The worker precaches the whole kiosk before it activates: on a loaded 2-core machine that took 25–30 s.
    await until(page, async () => Boolean((await navigator.serviceWorker.getRegistration())?.active), 0, 60_000);
    await begin(page);
    for (const tile of TILES) {
      await page.getByRole('button', {name: tile, exact: true}).click();
      await page.locator(`[data-screen]:not([data-screen="home"])`).waitFor();
      if (tile === 'Tin tức') {
        await page.locator('loa-news .item__open').first().click();
        await page.locator('loa-news').getByRole('link', {name: /Xem bài gốc/}).waitFor();
      }
      if (tile === 'Hướng dẫn') {
        await page.locator('.choice').first().click();
        const howto = page.locator('loa-howto');
        await howto.getByRole('button', {name: /Bước tiếp/}).waitFor();
        while (await howto.getByRole('button', {name: /Bước tiếp/}).count()) await howto.getByRole('button', {name: /Bước tiếp/}).click();
        await howto.getByRole('button', {name: /^Xong/}).click();
      }
      await page.getByRole('navigation', {name: 'Điều hướng ki-ốt'}).getByRole('button', {name: 'Trang chủ'}).click();
    }
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('button', {name: 'Tương phản cao'}).click();
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.keyboard.press('Control+Alt+KeyS');
    await page.getByRole('heading', {level: 1, name: 'Tình trạng ki-ốt'}).waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('kiosk clock', () => {
  // Any case: the month grid's "(hôm nay)" counts as much as a heading's "Hôm nay".
  const relative = /Hôm nay|Ngày mai|Còn \d+ ngày|Đang diễn ra|sắp tới|Sự kiện tiếp theo/i;

  /** Home, the events' agenda and their month grid: no day named "today", nothing "upcoming". */
  async function noRelativeWording(page: Page): Promise<void> {
    await begin(page);
    await page.locator('.today').waitFor();
    assert.doesNotMatch(await deepText(page), relative, 'Home');
    await page.getByRole('button', {name: 'Lịch sự kiện', exact: true}).click();
    const schedule = page.locator('loa-schedule');
    await schedule.locator('.schedule__day-heading, .schedule__empty').first().waitFor();
    assert.equal(await schedule.getAttribute('plain-dates'), '');
    assert.doesNotMatch(await deepText(page), relative, 'agenda');
    await schedule.getByRole('button', {name: 'Lịch tháng'}).click();
    await schedule.locator('table[role="grid"]').waitFor();
    assert.equal(await schedule.locator('[aria-current="date"], .is-today').count(), 0, 'no day of the month grid is "today"');
    assert.doesNotMatch(await deepText(page), relative, 'month grid');
  }

  test('a clock at 2000-01-01 (dead CMOS battery): a warning for staff, plain dates for residents', async () => {
    const context = await newContext({viewport: PORTRAIT});
    const page = await context.newPage();
    // Playwright's clock: the whole page believes it is 1 January 2000.
    await page.clock.setFixedTime(new Date('2000-01-01T08:00:00+07:00'));
    await gotoKiosk(page, site.origin);
    await page.waitForTimeout(1500);
    assert.doesNotMatch(await page.locator('.attract').innerText(), relative);
    await noRelativeWording(page);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    assert.match(await page.locator('.facts').innerText(), /Đồng hồ\s*SAI: đồng hồ chỉ[^\n]*2000[^\n]*trước cả ngày cài phần mềm/);
    await context.close();
  });

  test('a clock in 2031 (far past the newest content): the same', async () => {
    const context = await newContext({viewport: PORTRAIT});
    const page = await context.newPage();
    await gotoKiosk(page, site.origin, '?now=2031-06-01T08:00:00%2B07:00');
    await page.waitForTimeout(1500);
    await noRelativeWording(page);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    assert.match(await page.locator('.facts').innerText(), /Đồng hồ\s*SAI: đồng hồ chỉ[^\n]*2031[^\n]*sau nội dung mới nhất hơn một năm/);
    await context.close();
  });

  test('a sound clock says so, and the staff view puts voices, config and actions in words', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await gotoKiosk(page, site.origin);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    const facts = page.locator('.facts');
    await facts.waitFor();
    await page.locator('.facts').filter({hasNotText: 'đang kiểm tra'}).waitFor();
    const text = await facts.innerText();
    assert.match(text, /Đồng hồ\s*Đúng/);
    assert.match(text, /Giọng đọc\s*(Không có giọng đọc nào được cài|Tiếng Việt: )/);
    assert.match(text, new RegExp(`Tệp cấu hình\\s*${site.origin.replace(/[.]/g, '\\.')}/kiosk/kiosk\\.config\\.json`));
    assert.match(text, /Mã QR được dẫn tới\s*mọi trang https \(allowedHosts chưa đặt\)/);
    // Playwright blocks service workers in this context, so registering fails: said in words.
    assert.match(text, /Service worker\s*lỗi khi đăng ký/);
    assert.doesNotMatch(text, /\b(none|activated|installing|waiting|unsupported)\b/);
    await page.getByRole('button', {name: 'Đồng bộ nội dung ngay'}).click();
    await page.locator('.status__note').filter({hasText: /Đã đồng bộ xong lúc|nguồn bị lỗi/}).waitFor();
    await page.getByRole('button', {name: 'Kiểm tra bản cập nhật'}).click();
    await page.locator('.status__note').filter({hasText: /Không kiểm tra được|mới nhất|Có bản cập nhật/}).waitFor();
    await context.close();
  });
});

describe('kiosk staff view: every line in the kiosk’s language', () => {
  const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

  /** Each recent error as shown: its words (the raw detail taken out), and the detail with its lang. */
  async function recentErrors(page: Page): Promise<Array<{words: string; detail?: string; detailLang?: string}>> {
    return page.locator('ol.errors > li').evaluateAll((items) =>
      items.map((li) => {
        const detail = li.querySelector<HTMLElement>('.errors__detail');
        const copy = li.cloneNode(true) as HTMLElement;
        copy.querySelector('.errors__detail')?.remove();
        copy.querySelector('time')?.remove();
        return {words: copy.textContent!.replace(/\s+/g, ' ').trim(), detail: detail?.textContent ?? undefined, detailLang: detail?.lang};
      })
    );
  }

  test('"Lỗi gần đây" says each error in words; the raw detail comes second, marked English', async () => {
    const context = await newContext();
    // A wrong clock, a news feed that answers 404, a QR list with a link that is not https, and
    // (service workers blocked, a landscape window for a portrait config) two more.
    await context.route(`${site.origin}/kiosk/content/news.json`, (route) => route.fulfill({status: 404, body: 'not found'}));
    await context.route(`${site.origin}/kiosk/content/qr.json`, (route) =>
      route.fulfill({contentType: 'application/json', body: JSON.stringify([{href: 'http://lua-dao.example/', label: 'X'}, {href: 'https://dichvucong.gov.vn/', label: 'DVC'}])})
    );
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2000-01-01T08:00:00+07:00'));
    await gotoKiosk(page, site.origin);
    await page.keyboard.press('Control+Alt+KeyS');
    await page.locator('[data-screen="status"]').waitFor();
    await page.locator('ol.errors > li').filter({hasText: 'tin tức'}).waitFor();
    const errors = await recentErrors(page);
    const words = errors.map((e) => e.words);
    for (const expected of [
      /^: Đồng hồ sai: trước cả ngày cài phần mềm\./,
      /^: Không tải được tin tức: ki-ốt hiển thị bản đã lưu, nếu có\.$/,
      /^: 1 mã QR trong danh sách bị bỏ qua: không phải https, hoặc không nằm trong allowedHosts\.$/,
      /^: Không đăng ký được service worker/,
      /^: Hướng màn hình khác với cấu hình \(panel\.orientation\)/,
    ]) {
      assert.ok(words.some((w) => expected.test(w)), `${expected} in ${JSON.stringify(words, null, 1)}`);
    }
    for (const e of errors) {
      assert.match(e.words, VIETNAMESE, e.words);
      // No raw log line ("clock: before-build (…)", "news: HTTP 404 …", "Invalid kiosk config …") in the words.
      assert.doesNotMatch(e.words, /^: (clock|news|events|qr|panel|service worker|update check):|HTTP \d|Invalid kiosk config|Error\b|before-build|after-content/, e.words);
      if (e.detail !== undefined) assert.equal(e.detailLang, 'en', e.detail);
    }
    const news = errors.find((e) => e.words.includes('tin tức'))!;
    assert.match(news.detail!, /HTTP 404/);
    // In English, the same lines in English.
    await page.locator('.dock').getByRole('button', {name: 'English'}).click();
    await page.getByRole('heading', {level: 2, name: 'Recent errors'}).waitFor();
    for (const e of await recentErrors(page)) assert.doesNotMatch(e.words, VIETNAMESE, e.words);
    await context.close();
  });
});
