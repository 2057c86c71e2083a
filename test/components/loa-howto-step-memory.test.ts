import {expect, fixture, html} from '@open-wc/testing';
import '../../src/howto/define.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import {settle} from '../helpers/settle.js';

/*
 * Where a guide starts when it was seen earlier in the session (issue 15,
 * "Guide step memory", and docs/howto.md, "Starting step"): the session
 * remembers only steps the resident moved to, and a different explicit step
 * (the `step` attribute, or `#buoc-N` with `link-fragment`) wins over it.
 * Each test opens the same guide twice, as a page would on a reload or on a
 * second visit in the same session.
 */

const FIXTURE = '/test/fixtures/howto/thu-nghiem.json'; // 4 steps

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

after(() => history.replaceState(null, '', location.pathname + location.search));

async function open(template: ReturnType<typeof html>): Promise<LoaHowto> {
  return settle(await fixture<LoaHowto>(template));
}

/** Moves as the resident does: "Bước tiếp" (guided) pressed `times` times. */
async function pressNext(el: LoaHowto, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await el.updateComplete;
  }
}

async function pressPrevious(el: LoaHowto): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="previous"]')!.click();
  await el.updateComplete;
}

/** The guide's heading in guided mode, to check what is on screen and not only the property. */
const shownStep = (el: LoaHowto) => el.shadowRoot!.querySelector('#step-heading')!.textContent!.trim();
const STEP_NAMES = ['Mở kho ứng dụng', 'Tìm VNeID', 'Cài đặt', 'Mở ứng dụng'];

/** Session keys that hold a step. */
const stepKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('loa-howto:step:'));

describe('<loa-howto> step memory: an explicit step wins', () => {
  it('a step attribute beats the step the resident moved to earlier', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 2);
    expect(first.step).to.equal(3);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    expect(again.step).to.equal(2);
    expect(again.getAttribute('step')).to.equal('2');
    expect(shownStep(again)).to.equal(STEP_NAMES[1]);
  });

  it('step="1" is explicit too, and beats a remembered step', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 3);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="1"></loa-howto>`);
    expect(again.step).to.equal(1);
    expect(shownStep(again)).to.equal(STEP_NAMES[0]);
  });

  it('a different step attribute than the one the resident started from beats the step they moved to', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    await pressNext(first, 1);
    expect(first.step).to.equal(3);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="4"></loa-howto>`);
    expect(again.step).to.equal(4);
  });

  it('#buoc-N (link-fragment) beats the step the resident moved to earlier', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    await pressNext(first, 2);
    expect(location.hash).to.equal('#buoc-3');
    first.remove();

    history.replaceState(null, '', '#buoc-2');
    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(again.step).to.equal(2);
    expect(shownStep(again)).to.equal(STEP_NAMES[1]);
    expect(location.hash).to.equal('#buoc-2');
  });

  it('#buoc-N beats both the step attribute and the remembered step', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2" link-fragment></loa-howto>`);
    await pressNext(first, 2);
    first.remove();

    history.replaceState(null, '', '#buoc-1');
    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2" link-fragment></loa-howto>`);
    expect(again.step).to.equal(1);
  });

  it('a step set with a new src beats the step remembered for that guide', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 3);
    first.remove();

    const el = await open(html`<loa-howto src="/test/fixtures/howto/phan.json" mode="guided"></loa-howto>`);
    el.src = FIXTURE;
    el.step = 2;
    await settle(el, {until: (e) => e.guide?.name === 'Cài ứng dụng VNeID'});
    expect(el.step).to.equal(2);
  });
});

describe('<loa-howto> step memory: the session restores where the resident went', () => {
  it('restores the step the resident moved to when the page gives no step', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 2);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(3);
    expect(shownStep(again)).to.equal(STEP_NAMES[2]);
  });

  it('restores it when the page gives the same step attribute as before', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    await pressNext(first, 2);
    expect(first.step).to.equal(4);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    expect(again.step).to.equal(4);
    expect(shownStep(again)).to.equal(STEP_NAMES[3]);
  });

  it('restores it when the page gives the same #buoc-N as before', async () => {
    history.replaceState(null, '', '#buoc-2');
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(first.step).to.equal(2);
    await pressNext(first, 1);
    first.remove();

    // The link the resident came by, followed again.
    history.replaceState(null, '', '#buoc-2');
    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(again.step).to.equal(3);
    expect(location.hash).to.equal('#buoc-3');
  });

  it('restores a step the resident went back to', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 3);
    await pressPrevious(first);
    expect(first.step).to.equal(3);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(3);
  });

  it('counts opening a step in the overview as a move', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    first.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step__toggle')[2].click();
    await first.updateComplete;
    expect(first.step).to.equal(3);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(3);
  });

  it('keeps the last move when a later visit with another explicit step does not move', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await pressNext(first, 2);
    first.remove();

    const visit = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="4"></loa-howto>`);
    expect(visit.step).to.equal(4);
    visit.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(3);
  });
});

describe('<loa-howto> step memory: a start step is not a move', () => {
  it('does not remember a step attribute the resident never moved away from', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="3"></loa-howto>`);
    expect(first.step).to.equal(3);
    expect(stepKeys()).to.deep.equal([]);
    first.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(1);
    expect(shownStep(again)).to.equal(STEP_NAMES[0]);
  });

  it('does not remember the #buoc-N the page was opened at', async () => {
    history.replaceState(null, '', '#buoc-4');
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(first.step).to.equal(4);
    first.remove();

    history.replaceState(null, '', location.pathname + location.search);
    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(again.step).to.equal(1);
    expect(stepKeys()).to.deep.equal([]);
  });

  it('does not remember a step that a guide switch or a script set', async () => {
    const el = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="3"></loa-howto>`);
    el.step = 2;
    await el.updateComplete;
    el.src = '/test/fixtures/howto/phan.json';
    await settle(el, {until: (e) => e.guide?.name === 'Hướng dẫn có phần'});
    expect(el.step).to.equal(1);
    el.src = FIXTURE;
    await settle(el, {until: (e) => e.guide?.name === 'Cài ứng dụng VNeID'});
    expect(el.step).to.equal(1);
    expect(stepKeys()).to.deep.equal([]);
  });

  it('a visit opened at another step, without a move, does not replace the move remembered before', async () => {
    const first = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    await pressNext(first, 1);
    first.remove();

    const other = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="4"></loa-howto>`);
    expect(other.step).to.equal(4);
    other.remove();

    const again = await open(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    expect(again.step).to.equal(3);
  });
});
