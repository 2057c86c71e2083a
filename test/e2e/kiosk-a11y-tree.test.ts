// What a screen reader gets from the kiosk where Orca showed problems (issue
// 17): the idle warning in the accessibility tree (one alertdialog, named and
// described, its heading focused, nothing live inside), and no "clickable"
// content, which Chromium derives from click, mousedown and mouseup listeners
// on an element, its ancestors, the document or the window. The Orca suite
// (test/screen-reader/) checks what is really said.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {CDPSession, Page} from 'playwright-core';
import {openKiosk, gotoKiosk, begin, spoken, useFakeSpeech, PORTRAIT, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

let site: KioskSite;
before(async () => {
  site = await openKiosk();
});
after(async () => {
  await site?.close();
});

async function newPage(viewport = PORTRAIT, query = '', hasTouch = false): Promise<Page> {
  const context = await site.browser.newContext({viewport, hasTouch, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await gotoKiosk(page, site.origin, query);
  return page;
}

/** The listener types that make Chromium expose an element (and focusable ones below it) as clickable. */
const MOUSE_BUTTON = new Set(['click', 'mousedown', 'mouseup', 'DOMActivate']);

/**
 * Mouse-button listeners on the window, the document, and `selector`'s element
 * with every ancestor (through shadow roots), as "where: type" strings.
 */
async function mouseButtonListeners(page: Page, cdp: CDPSession, selector: string): Promise<string[]> {
  const found: string[] = [];
  const check = async (where: string, expression: string) => {
    const {result} = await cdp.send('Runtime.evaluate', {expression});
    if (!result.objectId) throw new Error(`nothing at ${where}`);
    const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId, depth: 0});
    for (const l of listeners) if (MOUSE_BUTTON.has(l.type)) found.push(`${where}: ${l.type}`);
  };
  await check('window', 'window');
  await check('document', 'document');
  const depth = await page.evaluate((s) => {
    let n = 0;
    for (let el: Node | null = document.querySelector(s); el && el !== document; el = el.parentNode ?? (el as ShadowRoot).host ?? null) n++;
    return n;
  }, selector);
  for (let i = 0; i < depth; i++) {
    const walk = `(() => { let el = document.querySelector(${JSON.stringify(selector)}); for (let k = 0; k < ${i}; k++) el = el.parentNode || el.host; return el; })()`;
    await check(`${selector} ancestor ${i}`, walk);
  }
  return found;
}

interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored?: boolean;
  role?: {value: string};
  name?: {value: string};
  description?: {value: string};
  properties?: Array<{name: string; value: {value: unknown}}>;
}

/** Every node of the page's accessibility tree, ignored ones included (they link the others). */
async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  // Chromium serialises the tree after a frame: let it catch up with the last render.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return ((await cdp.send('Accessibility.getFullAXTree')) as unknown as {nodes: AxNode[]}).nodes;
}

/** `node` and every node below it that a screen reader gets (not ignored). */
function subtree(nodes: AxNode[], node: AxNode): AxNode[] {
  const all = (from: AxNode): AxNode[] => [from, ...nodes.filter((n) => n.parentId === from.nodeId).flatMap(all)];
  return all(node).filter((n) => !n.ignored);
}

const prop = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

describe('kiosk idle warning, as a screen reader gets it', () => {
  test('the idle warning is one alertdialog, named by its question and described by what happens, its heading focused, with no live region to repeat it, built anew each time it opens', async () => {
    const page = await newPage(LANDSCAPE, '?idle=1&countdown=20');
    const cdp = await page.context().newCDPSession(page);
    await begin(page);
    await page.locator('#idle-warning[open]').waitFor({timeout: 5000});
    const nodes = await axTree(cdp);
    const dialogs = nodes.filter((n) => !n.ignored).filter((n) => n.role?.value === 'alertdialog' || n.role?.value === 'alert' || n.role?.value === 'dialog');
    // The <dialog> is the modal box only: as the alertdialog itself, Orca read it whole twice (as it appeared, and at its alert event).
    const alert = dialogs.filter((n) => n.role?.value === 'alertdialog');
    assert.equal(alert.length, 1, `one alertdialog: ${JSON.stringify(dialogs.map((n) => [n.role?.value, n.name?.value]))}`);
    assert.equal(alert[0].name?.value, 'Bạn còn ở đây không?');
    assert.equal(alert[0].description?.value, 'Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm.');
    assert.equal(dialogs.filter((n) => n.role?.value === 'alert').length, 0, 'no alert besides it');
    assert.equal(await page.locator('dialog#idle-warning:not([role]) > [role="alertdialog"]').count(), 1, 'the alertdialog is a box inside the <dialog>');
    // Focus on its heading: with focus on a button Orca read the alert's text again as the button's context.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'idle-warning-title');
    assert.equal(prop(nodes.find((n) => !n.ignored && n.role?.value === 'heading' && n.name?.value === 'Bạn còn ở đây không?')!, 'focused'), true);
    // Nothing in it is live (aria-live, or a role that implies it): the seconds are not re-read each second.
    const inside = subtree(nodes, alert[0]);
    const live = inside.filter((n) => prop(n, 'live') !== undefined && prop(n, 'live') !== 'off');
    assert.deepEqual(live.map((n) => `${n.role?.value} ${n.name?.value}`), []);
    assert.deepEqual(await page.locator('#idle-warning [aria-live], #idle-warning [role="status"], #idle-warning [role="alert"], #idle-warning [role="timer"], #idle-warning [role="log"]').count(), 0);
    // The countdown: its words once, the big number hidden; both buttons inside the alertdialog.
    const texts = inside.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    assert.equal(texts.filter((t) => /^Còn \d+ giây\.$/.test(t)).length, 1, JSON.stringify(texts));
    assert.equal(texts.filter((t) => /^\d+$/.test(t)).length, 0, 'the big number is aria-hidden');
    for (const name of ['Tôi cần thêm thời gian', 'Tôi đã xong, xóa ngay']) {
      assert.ok(inside.some((n) => n.role?.value === 'button' && n.name?.value === name), name);
    }
    // Escape still means "I am still here"; Tab reaches "Tôi cần thêm thời gian" first.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Tôi cần thêm thời gian');
    await page.evaluate(() => ((document.querySelector('#idle-warning [role="alertdialog"]') as HTMLElement & {seen?: boolean}).seen = true));
    await page.keyboard.press('Escape');
    await page.locator('#idle-warning').waitFor({state: 'hidden'});
    // It comes back as a new box, its heading focused again: shown again, the same box was cut short by Orca.
    await page.locator('#idle-warning[open]').waitFor({timeout: 5000});
    assert.equal(await page.evaluate(() => (document.querySelector('#idle-warning [role="alertdialog"]') as HTMLElement & {seen?: boolean}).seen), undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'idle-warning-title');
    await page.context().close();
  });
});

describe('kiosk "clickable" content', () => {
  test('the attract screen\'s heading is not exposed as clickable: no click, mousedown or mouseup listener on it, its ancestors, the document or the window', async () => {
    const page = await newPage();
    const cdp = await page.context().newCDPSession(page);
    assert.deepEqual(await mouseButtonListeners(page, cdp, '.attract h1'), []);
    // Nor on Home, nor in the idle warning (speech mode on: see the next test).
    await begin(page);
    assert.deepEqual(await mouseButtonListeners(page, cdp, '[data-screen="home"] h1'), []);
    await page.context().close();
    const warned = await newPage(LANDSCAPE, '?idle=1&countdown=20');
    const cdp2 = await warned.context().newCDPSession(warned);
    await begin(warned);
    await warned.locator('#idle-warning[open]').waitFor({timeout: 5000});
    assert.deepEqual(await mouseButtonListeners(warned, cdp2, '#idle-warning-title'), []);
    await warned.context().close();
  });

  test('with speech mode on, nothing is exposed as clickable either: it hears touches through pointerup and presses through Enter and Space, not click', async () => {
    const context = await site.browser.newContext({viewport: LANDSCAPE, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
    await useFakeSpeech(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await gotoKiosk(page, site.origin);
    await begin(page);
    // Each utterance ends at once, so a press is read even right after its focus was (else it is said once).
    await page.evaluate(() => {
      const synth = speechSynthesis as unknown as {speak(u: {onend: (() => void) | null}): void};
      const speak = synth.speak.bind(synth);
      synth.speak = (u) => (speak(u), setTimeout(() => u.onend?.(), 0));
    });
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.speech), 'on');
    // Enter on a control is read as it is pressed.
    await page.getByRole('button', {name: 'Tương phản cao'}).focus();
    await page.waitForTimeout(100);
    const before = (await spoken(page)).length;
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    assert.deepEqual((await spoken(page)).slice(before).map((s) => s.text), ['Tương phản cao']);
    await page.getByRole('button', {name: 'Đóng', exact: true}).click();
    await page.locator('#a11y-panel').waitFor({state: 'hidden'});
    // Orca said "Xã Hòa Loa (xã mẫu) heading level 1 clickable" while speech mode listened for click on the document.
    assert.deepEqual(await mouseButtonListeners(page, cdp, '[data-screen="home"] h1'), []);
    // A touch on text that takes no focus is read: the pointerup, nothing else (a mouse here; a finger in kiosk-speech.test.ts).
    const text = page.locator('[data-screen="home"] p:visible').first();
    const words = (await text.innerText()).replace(/\s+/g, ' ').trim();
    const count = (await spoken(page)).length;
    await text.click();
    assert.ok((await spoken(page)).slice(count).some((s) => s.text === words), `"${words}": ${JSON.stringify((await spoken(page)).slice(count))}`);
    await context.close();
  });

  test('a touch anywhere on the attract screen begins, and does not also press what Home puts under the finger', async () => {
    // Landscape: Home's "Hướng dẫn" tile lies under the attract screen's name.
    const page = await newPage(LANDSCAPE, '', true);
    const box = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    await page.locator('.attract__start').click({force: true});
    await page.locator('[data-screen="home"]').waitFor();
    const tiles = await page.locator('.tile').evaluateAll((els) => els.map((el) => ({name: el.textContent!.trim(), box: el.getBoundingClientRect().toJSON() as DOMRect})));
    await page.reload();
    await page.locator('.attract').waitFor();
    const title = await box('.attract h1');
    const under = tiles.find(({box: b}) => b.left < title.right - 40 && b.right > title.left + 40 && b.top < title.bottom - 40 && b.bottom > title.top + 40);
    assert.ok(under, 'a Home tile lies under the attract screen\'s name');
    const x = (Math.max(under.box.left, title.left) + Math.min(under.box.right, title.right)) / 2;
    const y = (Math.max(under.box.top, title.top) + Math.min(under.box.bottom, title.bottom)) / 2;
    assert.equal(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest('h1')?.className, [x, y]), 'attract__title');
    await page.touchscreen.tap(x, y);
    await page.locator('[data-screen="home"]').waitFor();
    await page.waitForTimeout(600);
    assert.equal(await page.locator('.kiosk').getAttribute('data-screen'), 'home', `the tap's click did not press "${under.name}"`);
    assert.equal(await page.locator('.kiosk[data-arriving]').count(), 0, 'Home takes touches again');
    // A mouse click anywhere begins too; a touch on a highlight opens what it shows (kiosk-scale.test.ts).
    await page.reload();
    await page.locator('.attract').waitFor();
    await page.locator('.attract__campaign').click({force: true});
    await page.locator('[data-screen="home"]').waitFor();
    await page.context().close();
  });
});

/** The focused element through shadow roots: its tag, text, and whether its focus shows (outline and ring). */
async function focused(page: Page): Promise<{tag: string; text: string; heading: boolean; shows: boolean}> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.localName ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      heading: /^h[1-6]$/.test(el?.localName ?? ''),
      shows: !!el && el.matches(':focus-visible') && style!.outlineStyle === 'solid' && parseFloat(style!.outlineWidth) >= 2 && style!.boxShadow !== 'none',
    };
  });
}

/** Tab until the focused control's text matches `text` (at most `max` presses). */
async function tabTo(page: Page, text: RegExp, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (text.test(now.text)) {
      assert.ok(now.shows, `focus shows on "${now.text}"`);
      return;
    }
  }
  throw new Error(`Tab never reached ${text}`);
}

/** The shared announcer's words once they are set (announce() clears it and sets the text 50 ms later). */
async function announcement(page: Page): Promise<string> {
  await page.waitForTimeout(150);
  return page.evaluate(() => document.getElementById('loa-announcer')?.textContent ?? '');
}

describe('kiosk by keyboard', () => {
  test('keyboard only, from the attract screen to a guide\'s step 2: each new screen\'s heading takes focus and is announced, and focus always shows', async () => {
    const page = await newPage(LANDSCAPE);
    await tabTo(page, /^Chạm vào màn hình để bắt đầu$/);
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="home"]').waitFor();
    const home = await focused(page);
    assert.ok(home.tag === 'h1', `Home's heading has focus: ${JSON.stringify(home)}`);
    assert.equal(await announcement(page), home.text);
    await tabTo(page, /^Hướng dẫn$/);
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="guides"]').waitFor();
    assert.deepEqual([(await focused(page)).tag, (await focused(page)).text], ['h1', 'Hướng dẫn']);
    assert.equal(await announcement(page), 'Hướng dẫn');
    const first = (await page.locator('.choice').first().textContent())!.replace(/\s+/g, ' ').trim();
    await tabTo(page, new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="guide"] loa-howto .progress__text').waitFor();
    const guide = await focused(page);
    assert.equal(guide.tag, 'h1');
    assert.equal(await announcement(page), guide.text);
    await tabTo(page, /^Bước tiếp/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('loa-howto')?.getAttribute('step') === '2');
    const step = await focused(page);
    assert.ok(step.heading, `the step heading has focus: ${JSON.stringify(step)}`);
    assert.match(await announcement(page), new RegExp(`^Bước 2 trên \\d+: ${step.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.context().close();
  });

  test('the accessibility panel: each group is named by its heading, and each option says whether it is pressed, in the accessibility tree', async () => {
    const page = await newPage(LANDSCAPE);
    const cdp = await page.context().newCDPSession(page);
    await begin(page);
    await page.getByRole('button', {name: 'Trợ năng'}).click();
    await page.locator('#a11y-panel[open]').waitFor();
    // The panel itself takes focus: with focus on its first option, Orca said nothing as it opened.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'a11y-panel');
    await page.getByRole('button', {name: 'Tương phản cao'}).click();
    const nodes = await axTree(cdp);
    const panel = nodes.find((n) => !n.ignored && n.role?.value === 'dialog' && n.name?.value === 'Trợ năng');
    assert.ok(panel, 'the panel is a dialog named "Trợ năng"');
    const inside = subtree(nodes, panel);
    const groups = inside.filter((n) => n.role?.value === 'group').map((n) => n.name?.value);
    assert.deepEqual(groups, ['Cỡ chữ', 'Màu sắc', 'Tầm với thấp', 'Đọc to', 'Ngôn ngữ']);
    // Exact names: the pressed option's '✓' is for the eye only (kiosk.css gives it empty alternative text).
    const option = (name: string) => inside.find((n) => n.role?.value === 'button' && n.name?.value === name);
    const pressed = (name: string) => {
      const node = option(name);
      assert.ok(node, `an option named exactly "${name}": ${JSON.stringify(inside.filter((n) => n.role?.value === 'button').map((n) => n.name?.value))}`);
      return prop(node, 'pressed');
    };
    assert.equal(pressed('100%'), 'true');
    assert.equal(pressed('150%'), 'false');
    assert.equal(pressed('Tương phản cao'), 'true');
    assert.equal(pressed('Bình thường'), 'false');
    assert.equal(pressed('Tiếng Việt'), 'true');
    await page.context().close();
  });
});

describe('kiosk focus and the dock', () => {
  test('a control that takes keyboard focus is never hidden under the dock (WCAG 2.4.11), on the news and the events', async () => {
    const page = await newPage(PORTRAIT);
    await begin(page);
    for (const [tile, ready] of [['Tin tức', 'loa-news .item__open'], ['Lịch sự kiện', 'loa-schedule .schedule__day-heading']] as const) {
      await page.getByRole('button', {name: tile, exact: true}).click();
      await page.locator(ready).first().waitFor();
      const hidden: string[] = [];
      let scrolled = 0;
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          // Past the last control focus leaves the page (the body): nothing to see then.
          if (!el || el === document.body || el.closest('.dock')) return null;
          const box = el.getBoundingClientRect();
          const dock = document.querySelector('.dock')!.getBoundingClientRect();
          return {name: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40), bottom: box.bottom, top: box.top, dock: dock.top};
        });
        scrolled = Math.max(scrolled, await page.evaluate(() => scrollY));
        if (where && where.top < where.dock && where.bottom > where.dock + 1) hidden.push(`${where.name}: ${Math.round(where.top)}–${Math.round(where.bottom)} px, dock at ${Math.round(where.dock)} px`);
        if (where && where.top >= where.dock) hidden.push(`${where.name}: wholly under the dock`);
      }
      assert.deepEqual(hidden, [], `${tile}: focused controls under the dock`);
      assert.ok(scrolled > 0, `${tile}: focus went past the first screen (the check is not vacuous)`);
      await page.getByRole('button', {name: 'Trang chủ'}).click();
    }
    await page.context().close();
  });
});
