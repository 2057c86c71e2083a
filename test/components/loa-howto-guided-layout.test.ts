// The guided card at the scale of a kiosk (1080×1920 portrait, 1920×1080
// landscape) and of a website: the intro folds away past step 1, the picture is
// large and sits beside the words on a wide card, the phone hand-off's code is
// scrolled above a fixed dock, the done card leads with a take-home QR code,
// and a host can make Previous / Next sticky through ::part(nav).
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/howto/define.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import type {LoaQr} from '../../src/qr/loa-qr.js';
import {speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';
import {ax, axFind, type AxNode} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

const FIXTURE = '/test/fixtures/howto/thu-nghiem.json';
const BASE = 'https://hoaloa.example/huong-dan/';
const jsonUrl = (data: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;

const $ = (el: LoaHowto, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (node: Element | null) => node !== null && node.getClientRects().length > 0;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function load(template: ReturnType<typeof html>): Promise<LoaHowto> {
  const el = await fixture<LoaHowto>(template);
  await settle(el);
  return el;
}

async function press(el: LoaHowto, part: string): Promise<void> {
  $(el, `[part~="${part}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** A <loa-qr> in the element once defined and drawn. */
async function drawnQr(el: LoaHowto, within: string): Promise<LoaQr> {
  await customElements.whenDefined('loa-qr');
  const qr = $(el, `${within} loa-qr`) as LoaQr | null;
  expect(qr, `a <loa-qr> in ${within}`).to.not.equal(null);
  await qr!.updateComplete;
  await frame();
  return qr!;
}

/** The accessibility tree's nodes in reading order. */
function flatten(node: AxNode, out: AxNode[] = []): AxNode[] {
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
}

const styles: HTMLStyleElement[] = [];
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  styles.push(style);
}

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  speech.useEngine(new FakeSpeechEngine());
});

afterEach(async () => {
  for (const style of styles.splice(0)) style.remove();
  document.documentElement.style.removeProperty('scroll-padding-bottom');
  window.scrollTo(0, 0);
  await setViewport({width: 800, height: 600});
});

describe('<loa-howto> guided: the intro', () => {
  it('shows the description and facts in full at step 1, folds them to one line from step 2, and opens again', async () => {
    await setViewport({width: 1080, height: 1920});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(shown($(el, '.guide__description')), 'description at step 1').to.equal(true);
    expect(shown($(el, '[part~="facts"]')), 'facts at step 1').to.equal(true);
    expect($(el, '[part~="intro-toggle"]')).to.equal(null);
    const cardTopAtStep1 = $(el, '.card')!.getBoundingClientRect().top;
    await expect(el).to.be.accessible();

    await press(el, 'next');
    const toggle = $(el, '[part~="intro-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Chuẩn bị: khoảng 10 phút, 1 thứ cần mang, 2 thứ cần có');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).to.equal(true);
    expect(shown($(el, '[part~="facts"]')), 'facts folded at step 2').to.equal(false);
    expect(shown($(el, '.guide__description')), 'description folded at step 2').to.equal(false);
    // One line between the title and the card: the card moves up.
    const toggleBox = toggle.getBoundingClientRect();
    expect(toggleBox.height).to.be.at.least(44);
    expect(toggleBox.height).to.be.below(80);
    expect($(el, '.card')!.getBoundingClientRect().top).to.be.below(cardTopAtStep1);
    let tree = await ax();
    expect(axFind(tree, (n) => n.role === 'button' && n.name === toggle.textContent!.trim())?.expanded ?? false).to.equal(false);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown($(el, '[part~="facts"]')), 'facts opened again').to.equal(true);
    expect(shown($(el, '.guide__description')), 'description opened again').to.equal(true);
    tree = await ax();
    expect(axFind(tree, (n) => n.role === 'button' && n.name?.startsWith('Chuẩn bị:') === true)?.expanded).to.equal(true);
    await expect(el).to.be.accessible();

    // The next step folds it again; back at step 1 it is whole, without a button.
    await press(el, 'next');
    expect($(el, '[part~="intro-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    el.goTo(1);
    await el.updateComplete;
    expect($(el, '[part~="intro-toggle"]')).to.equal(null);
    expect(shown($(el, '[part~="facts"]'))).to.equal(true);
  });

  it('stays folded on the done card, whole in the overview and in print', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4"></loa-howto>`);
    expect($(el, '[part~="intro-toggle"]')).to.not.equal(null);
    await press(el, 'done');
    expect($(el, '[part~="intro-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    window.dispatchEvent(new Event('beforeprint'));
    expect($(el, '[part~="intro-toggle"]')).to.equal(null);
    expect(shown($(el, '[part~="facts"]'))).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;

    const overview = await load(html`<loa-howto src=${FIXTURE} step="3"></loa-howto>`);
    expect($(overview, '[part~="intro-toggle"]')).to.equal(null);
    expect(shown($(overview, '[part~="facts"]'))).to.equal(true);
  });

  it('names a folded intro without facts "Giới thiệu", and leaves out an empty one', async () => {
    const described = await load(
      html`<loa-howto mode="guided" step="2" src=${jsonUrl({'@type': 'HowTo', name: 'x', description: 'Mô tả.', step: ['a', 'b']})}></loa-howto>`
    );
    expect($(described, '[part~="intro-toggle"]')!.textContent!.trim()).to.equal('Giới thiệu');
    const bare = await load(html`<loa-howto mode="guided" step="2" src=${jsonUrl({'@type': 'HowTo', name: 'x', step: ['a', 'b']})}></loa-howto>`);
    expect($(bare, '[part~="intro"]')).to.equal(null);
  });

  it('says it in English', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="2" lang="en"></loa-howto>`);
    expect($(el, '[part~="intro-toggle"]')!.textContent!.trim()).to.equal('Before you start: about 10 minutes, 1 thing to bring, 2 things you need');
  });
});

describe('<loa-howto> guided: the step picture', () => {
  it('takes at least half the card width on a 1080 px portrait screen, above the words', async () => {
    await setViewport({width: 1080, height: 1920});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    const card = $(el, '.card')!.getBoundingClientRect();
    const image = $(el, '[part~="image"]')!.getBoundingClientRect();
    const words = $(el, '.card .step__words')!.getBoundingClientRect();
    expect(image.width / card.width, `picture ${image.width} px in a ${card.width} px card`).to.be.at.least(0.5);
    // Not letterboxed: the box keeps the picture's proportions (360×640).
    expect(image.height / image.width).to.be.closeTo(640 / 360, 0.02);
    expect(words.top).to.be.at.least(image.bottom);
    await expect(el).to.be.accessible();
  });

  it('takes the whole width of a phone', async () => {
    await setViewport({width: 360, height: 800});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    const figure = $(el, '.card .step__figure')!.getBoundingClientRect();
    expect($(el, '[part~="image"]')!.getBoundingClientRect().width).to.be.closeTo(figure.width, 1);
  });

  it('sits beside the words on a 1900 px landscape card, even with kiosk-sized text', async () => {
    await setViewport({width: 1900, height: 1080});
    for (const size of ['16px', '28px']) {
      const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
      el.style.fontSize = size;
      await frame();
      const image = $(el, '[part~="image"]')!.getBoundingClientRect();
      const words = $(el, '.card .step__words')!.getBoundingClientRect();
      expect(words.left, `${size}: words right of the picture`).to.be.at.least(image.right);
      expect(words.top, `${size}: words level with the picture`).to.be.below(image.bottom);
      expect(image.height, `${size}: picture as tall as 60vh`).to.be.closeTo(1080 * 0.6, 2);
      expect(image.height / image.width).to.be.closeTo(640 / 360, 0.02);
      await expect(el).to.be.accessible();
    }
  });

  it('goes back above the words at 200% kiosk text, where the card is narrow in ems', async () => {
    await setViewport({width: 1900, height: 1080});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    el.style.fontSize = '56px';
    await frame();
    const image = $(el, '[part~="image"]')!.getBoundingClientRect();
    expect($(el, '.card .step__words')!.getBoundingClientRect().top).to.be.at.least(image.bottom);
  });
});

describe('<loa-howto> guided: continue on the phone', () => {
  it('scrolls the opened QR code fully into view, above a fixed dock (scroll-padding-bottom)', async () => {
    await setViewport({width: 1080, height: 1200});
    const dock = document.createElement('div');
    dock.className = 'test-dock';
    pageStyle('.test-dock { position: fixed; inset: auto 0 0 0; block-size: 250px; background: #333; }');
    document.body.append(dock);
    document.documentElement.style.setProperty('scroll-padding-bottom', '250px');
    try {
      const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" handoff-base=${BASE}></loa-howto>`);
      window.scrollTo(0, 0);
      const button = $(el, '[part~="handoff"] button')!;
      expect(button.getBoundingClientRect().top, 'the hand-off starts below the fold').to.be.above(innerHeight - 250);
      button.click();
      await el.updateComplete;
      const qr = await drawnQr(el, '.handoff__panel');
      await frame();
      await frame();
      const box = qr.shadowRoot!.querySelector('[part~="qr"]')!.getBoundingClientRect();
      expect(box.top, 'code top on screen').to.be.at.least(0);
      expect(box.bottom, 'code bottom above the dock').to.be.at.most(innerHeight - 250);
      expect(scrollY).to.be.above(0);
      await expect(el).to.be.accessible();
    } finally {
      dock.remove();
    }
  });
});

describe('<loa-howto> guided: the done card', () => {
  it('leads with the take-home QR code, then the host’s actions, then "Làm lại"', async () => {
    await setViewport({width: 1080, height: 1920});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4" handoff-base=${BASE}>
      <button slot="finished-actions" type="button">Trang chủ</button>
    </loa-howto>`);
    await press(el, 'done');
    const takeHome = $(el, '[part~="takehome"]')!;
    expect(takeHome.querySelector('[part~="takehome-heading"]')!.textContent).to.equal('Mang hướng dẫn về điện thoại');
    const qr = await drawnQr(el, '[part~="takehome"]');
    expect(qr.getAttribute('href')).to.equal(`${BASE}thu-nghiem/`);
    expect(qr.getAttribute('heading-level')).to.equal('5');

    // Reading order (the accessibility tree follows the flat tree, slotted button included).
    const names = flatten(await ax()).map((n) => `${n.role}: ${n.name ?? ''}`);
    const at = (text: string) => names.findIndex((n) => n.includes(text));
    const order = [
      at('heading: Bạn đã làm xong!'),
      at('heading: Mang hướng dẫn về điện thoại'),
      at('image: Mã QR: mở Cài ứng dụng VNeID (hoaloa.example/huong-dan/thu-nghiem)'),
      at('button: Trang chủ'),
      at('button: Làm lại từ bước 1'),
      at('button: Xem lại bước cuối'),
    ];
    expect(order.every((i) => i >= 0), names.join('\n')).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);

    // And on screen: the code above the actions, "Trang chủ" before "Làm lại".
    const home = el.querySelector('button')!.getBoundingClientRect();
    const restart = $(el, '[part~="restart"]')!.getBoundingClientRect();
    expect(home.top).to.be.at.least(qr.getBoundingClientRect().bottom);
    expect(home.top < restart.top || (home.top === restart.top && home.left < restart.left)).to.equal(true);
    await expect(el).to.be.accessible();

    await press(el, 'restart');
    expect(el.step).to.equal(1);
  });

  it('sets the code beside the rest on a wide landscape card, fully on screen', async () => {
    await setViewport({width: 1900, height: 1080});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4" handoff-base=${BASE}></loa-howto>`);
    el.style.fontSize = '28px';
    await press(el, 'done');
    const qr = await drawnQr(el, '[part~="takehome"]');
    window.scrollTo(0, 0);
    await frame();
    const code = qr.shadowRoot!.querySelector('[part~="qr"]')!.getBoundingClientRect();
    const restart = $(el, '[part~="restart"]')!.getBoundingClientRect();
    expect(code.left, 'the code right of the buttons').to.be.at.least(restart.right);
    expect(code.top).to.be.below(restart.bottom);
    expect(code.bottom, 'the code on screen').to.be.at.most(innerHeight);
    // Its title repeats the guide's: hidden on screen, still a heading for screen readers.
    expect(qr.shadowRoot!.querySelector('[part~="heading"]')!.getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it("uses the guide's own page without handoff-base, and shows no code without a usable one", async () => {
    const own = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4"></loa-howto>`);
    await press(own, 'done');
    expect($(own, '[part~="takehome"] loa-qr')!.getAttribute('href')).to.equal('https://hoaloa.example/huong-dan/thu-nghiem/');

    // http (not localhost): <loa-qr> would refuse it, so the card shows no code at all.
    const plain = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4" handoff-base="http://hoaloa.example/g/"></loa-howto>`);
    await press(plain, 'done');
    expect($(plain, '[part~="takehome"]')).to.equal(null);
    expect($(plain, '[part~="restart"]')).to.not.equal(null);

    const none = await load(html`<loa-howto mode="guided" step="1" src=${jsonUrl({'@type': 'HowTo', name: 'x', step: ['a']})}></loa-howto>`);
    await press(none, 'done');
    expect($(none, '[part~="takehome"]')).to.equal(null);
    await expect(none).to.be.accessible();
  });
});

describe('<loa-howto> guided: Previous and Next on a tall screen', () => {
  it('can be kept on screen with ::part(nav) { position: sticky; bottom }', async () => {
    await setViewport({width: 1080, height: 900});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    window.scrollTo(0, 0);
    const nav = $(el, '[part~="nav"]')!;
    expect(nav.getBoundingClientRect().bottom, 'below the fold without the host rule').to.be.above(innerHeight);
    pageStyle('loa-howto::part(nav) { position: sticky; bottom: 120px; }');
    await frame();
    const box = nav.getBoundingClientRect();
    expect(box.bottom).to.be.closeTo(innerHeight - 120, 1);
    // Opaque, so the step's words do not show through.
    expect(getComputedStyle(nav).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
  });
});
