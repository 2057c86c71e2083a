import {expect, fixture, html} from '@open-wc/testing';
import '../../src/schedule/define.js';
import type {LoaSchedule} from '../../src/schedule/loa-schedule.js';

/*
 * The agenda's first page is drawn a day, then three days per frame, the
 * first time a calendar shows (src/core/draw-steps.ts): on a slow kiosk PC ten days in one
 * frame blocked touches for 120 ms. A refresh redraws at once, so a resident
 * never sees the day they read disappear.
 */

// Sunday 5 October 2025, 09:00 in Vietnam; the class runs daily for 30 days from today.
const NOW = '2025-10-05T09:00:00+07:00';
const DAILY = '/test/fixtures/schedule/daily.ics';

const days = (el: LoaSchedule) => el.shadowRoot!.querySelectorAll('.schedule__day').length;

/** The number of agenda days in each painted frame, until stop() is called. */
function watchFrames(el: LoaSchedule) {
  const seen: number[] = [];
  let on = true;
  const look = () => {
    if (!on) return;
    seen.push(days(el));
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  return {seen, stop: () => (on = false)};
}

describe('<loa-schedule> drawn in steps', () => {
  it('draws one day in the first frame, three more in each next one, then the whole page; updateComplete waits for it', async () => {
    const div = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    const el = document.createElement('loa-schedule');
    el.now = NOW;
    el.src = DAILY;
    const frames = watchFrames(el);
    div.append(el);
    await new Promise<void>((resolve) => {
      const check = () => (days(el) > 0 ? resolve() : setTimeout(check, 5));
      check();
    });
    await el.updateComplete;
    frames.stop();
    const drawn = frames.seen.filter((n) => n > 0);
    expect(drawn[0], `days per frame: ${drawn.join(', ')}`).to.equal(1);
    expect(drawn.every((n, i) => i === 0 || n - drawn[i - 1] <= 3), `days per frame: ${drawn.join(', ')}`).to.equal(true);
    expect(days(el)).to.equal(10);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Xem thêm ngày')).to.equal(true);
  });

  it('a refresh redraws the whole page at once: no frame shows fewer days', async () => {
    const div = await fixture<HTMLElement>(html`<div lang="vi"><loa-schedule src=${DAILY} now=${NOW}></loa-schedule></div>`);
    const el = div.querySelector('loa-schedule')!;
    await new Promise<void>((resolve) => {
      const check = () => (days(el) > 0 ? resolve() : setTimeout(check, 5));
      check();
    });
    await el.updateComplete;
    expect(days(el)).to.equal(10);
    const frames = watchFrames(el);
    await el.refresh();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    frames.stop();
    expect(Math.min(...frames.seen)).to.equal(10);
  });
});
