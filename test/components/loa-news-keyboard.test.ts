/*
 * An article opened and closed with the keyboard alone, in one column (a
 * phone, a commune site's column, the kiosk in portrait), where the article
 * takes the list's place: Tab to an item, Enter or Space opens it with focus
 * on its title (said through the shared announcer, since the button that had
 * focus is gone), Shift+Tab reaches "Quay lại danh sách", and Enter or Space
 * goes back with focus on the item's button. Real key presses (sendKeys).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/news/define.js';
import type {LoaNews} from '../../src/news/loa-news.js';
import {settled} from '../helpers/news-dom.js';
import {announced, deepActive} from '../helpers/a11y.js';

const DEMO = '/demo/content/news.json';

const $ = (el: LoaNews, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaNews, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Presses Tab (Shift+Tab with `back`) until `target()` has focus; fails after `max` presses. */
async function tabTo(target: () => Element | null, max = 30, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (target() && deepActive() === target()) return;
    if (back) await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    if (back) await sendKeys({up: 'Shift'});
  }
  expect(deepActive(), `${back ? 'Shift+Tab' : 'Tab'} never reached the element`).to.equal(target());
}

/** Lets the element render what the key did (and FocusAfterRender move focus). */
async function rendered(el: LoaNews): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

describe('loa-news by keyboard', function () {
  this.timeout(60_000);

  for (const [open, close] of [
    ['Enter', 'Enter'],
    ['Space', 'Space'],
  ] as const) {
    it(`opens an article with ${open} (focus on its title, announced) and goes back with ${close} (focus on the item)`, async () => {
      const column = await fixture<HTMLElement>(html`<div style="width: 600px"><loa-news src=${DEMO} limit="3"></loa-news></div>`);
      const el = column.querySelector('loa-news')!;
      await settled(el);
      const button = () => $$(el, '.item__open')[1] ?? null;
      const title = button()!.textContent!.trim();
      const id = button()!.dataset.id;

      await tabTo(button);
      await sendKeys({press: open});
      await rendered(el);
      const heading = $(el, '.article__title')!;
      expect(heading.textContent!.trim()).to.equal(title);
      expect(deepActive(), 'focus on the article title').to.equal(heading);
      expect(getComputedStyle($(el, '.list-view')!).display, 'the article takes the list\'s place').to.equal('none');
      expect(await announced(), 'the title, through the shared announcer').to.equal(title);

      // "Quay lại danh sách" is just before the title.
      await tabTo(() => $(el, '.back--top'), 3, true);
      expect(deepActive()!.textContent).to.contain('Quay lại danh sách');
      await sendKeys({press: close});
      await rendered(el);
      expect($(el, '.article'), 'the article is closed').to.equal(null);
      const again = deepActive() as HTMLElement;
      expect(again.classList.contains('item__open') && again.dataset.id, 'focus back on the item that was open').to.equal(id);
      expect(again.textContent!.trim()).to.equal(title);
    });
  }
});
