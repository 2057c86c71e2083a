// What a screen reader gets from the kiosk where Orca showed problems (issue
// 17): the idle warning in the accessibility tree (one alertdialog, named and
// described, its heading focused, nothing live inside). The Orca suite
// (test/screen-reader/) checks what is really said.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {CDPSession, Page} from 'playwright-core';
import {openKiosk, gotoKiosk, begin, PORTRAIT, LANDSCAPE, type KioskSite} from './kiosk-helpers.js';

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

interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored?: boolean;
  role?: {value: string};
  name?: {value: string};
  description?: {value: string};
  properties?: Array<{name: string; value: {value: unknown}}>;
}

async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  // Chromium serialises the tree after a frame: let it catch up with the last render.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return ((await cdp.send('Accessibility.getFullAXTree')) as unknown as {nodes: AxNode[]}).nodes.filter((n) => !n.ignored);
}

/** `node` and every node below it. */
function subtree(nodes: AxNode[], node: AxNode): AxNode[] {
  const below = nodes.filter((n) => n.parentId === node.nodeId);
  return [node, ...below.flatMap((n) => subtree(nodes, n))];
}

const prop = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

describe('kiosk idle warning, as a screen reader gets it', () => {
  test('the idle warning is one alertdialog, named by its question and described by what happens, its heading focused, with no live region to repeat it', async () => {
    const page = await newPage(LANDSCAPE, '?idle=1&countdown=20');
    const cdp = await page.context().newCDPSession(page);
    await begin(page);
    await page.locator('#idle-warning[open]').waitFor({timeout: 5000});
    const nodes = await axTree(cdp);
    const dialogs = nodes.filter((n) => n.role?.value === 'alertdialog' || n.role?.value === 'alert' || n.role?.value === 'dialog');
    // The <dialog> is the modal box only: as the alertdialog itself, Orca read it whole twice (as it appeared, and at its alert event).
    const alert = dialogs.filter((n) => n.role?.value === 'alertdialog');
    assert.equal(alert.length, 1, `one alertdialog: ${JSON.stringify(dialogs.map((n) => [n.role?.value, n.name?.value]))}`);
    assert.equal(alert[0].name?.value, 'Bạn còn ở đây không?');
    assert.equal(alert[0].description?.value, 'Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm.');
    assert.equal(dialogs.filter((n) => n.role?.value === 'alert').length, 0, 'no alert besides it');
    assert.equal(await page.locator('dialog#idle-warning:not([role]) > [role="alertdialog"]').count(), 1, 'the alertdialog is a box inside the <dialog>');
    // Focus on its heading: with focus on a button Orca read the alert's text again as the button's context.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'idle-warning-title');
    assert.equal(prop(nodes.find((n) => n.role?.value === 'heading' && n.name?.value === 'Bạn còn ở đây không?')!, 'focused'), true);
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
    await page.keyboard.press('Escape');
    await page.locator('#idle-warning').waitFor({state: 'hidden'});
    await page.context().close();
  });
});
