import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/howto/define.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import {speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';
import {announced, ax, axFind, deepActive, type AxNode} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

const FIXTURE = '/test/fixtures/howto/thu-nghiem.json';
const SECTIONS = '/test/fixtures/howto/phan.json';
const DEMO = '/demo/content/guides/vneid-muc-2.json';
const DEMO_EN = '/demo/content/guides/vneid-muc-2.en.json';
const DEMO_SLUGS = [
  'vneid-muc-2', 'dich-vu-cong-vneid', 'chu-ky-so', 'hoc-binh-dan-hoc-vu-so', 'thanh-toan-vietqr', 'phong-chong-lua-dao',
  'vssid', 'zalo-an-toan', 'ban-hang-online', 'so-suc-khoe-dien-tu',
];
const jsonUrl = (data: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;

let engine: FakeSpeechEngine;
beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  engine = new FakeSpeechEngine();
  speech.useEngine(engine);
});

async function load(template: ReturnType<typeof html>): Promise<LoaHowto> {
  const el = await fixture<LoaHowto>(template);
  await settle(el);
  return el;
}

const $ = (el: LoaHowto, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LoaHowto, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<loa-howto> overview (GOV.UK step-by-step)', () => {
  it('lists every step as a heading with a collapsed button, and is accessible', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} heading-level="2"></loa-howto>`);
    expect($(el, 'h2')!.textContent!.trim()).to.equal('Cài ứng dụng VNeID');
    const headings = $$(el, 'ol.steps > li h3');
    expect(headings).to.have.length(4);
    const toggles = $$(el, '.step__toggle');
    expect(toggles[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bước 1: Mở kho ứng dụng');
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    // aria-controls points into the same shadow root.
    const panel = el.shadowRoot!.getElementById(toggles[2].getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    expect($(el, '.facts')!.textContent).to.include('khoảng 10 phút');
    expect($(el, '.facts')!.textContent).to.include('Căn cước công dân gắn chip');
    await expect(el).to.be.accessible();

    // Each button sits inside a real <h3> (Chromium's snapshot folds a heading into its only button).
    expect(toggles.every((b) => b.parentElement!.tagName === 'H3')).to.equal(true);
    const tree = await ax();
    const button = axFind(tree, (n) => n.role === 'button' && n.name === 'Bước 2: Tìm VNeID');
    expect(button, 'step button in the accessibility tree').to.not.equal(null);
    expect(button!.expanded ?? false).to.equal(false);
  });

  it('shows and hides every step, remembers open steps for the session, and stays accessible', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    const all = $(el, '[part~="toggle-all"]')!;
    expect(all.textContent!.trim()).to.equal('Hiện tất cả các bước');
    all.click();
    await el.updateComplete;
    expect(all.textContent!.trim()).to.equal('Ẩn tất cả các bước');
    expect(all.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '.step__panel').every((p) => !p.hasAttribute('hidden'))).to.equal(true);
    await expect(el).to.be.accessible();

    expect(document.querySelectorAll('loa-howto')).to.have.length(1);
    const tree = await ax();
    expect(axFind(tree, (n) => n.role === 'button' && n.name === 'Bước 4: Mở ứng dụng')?.expanded).to.equal(true);

    // Close one step, then load the same guide again: the session remembers which were open.
    $$(el, '.step__toggle')[1].click();
    await el.updateComplete;
    const again = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    expect($$(again, '.step__toggle').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'true',
      'false',
      'true',
      'true',
    ]);
    // With one step closed, the toggle offers to show all again; then to hide all.
    expect(all.textContent!.trim()).to.equal('Hiện tất cả các bước');
    all.click();
    await el.updateComplete;
    all.click();
    await el.updateComplete;
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '.step__panel').every((p) => p.getAttribute('hidden') === 'until-found')).to.equal(true);
  });

  it('opening a step makes it current (aria-current="step") and fires loa-step-change', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    expect($$(el, 'li.step')[0].getAttribute('aria-current')).to.equal('step');
    const event = oneEvent(el, 'loa-step-change');
    $$(el, '.step__toggle')[2].click();
    const {detail} = await event;
    expect(detail).to.deep.equal({step: 3, total: 4});
    expect(el.step).to.equal(3);
    expect(el.getAttribute('step')).to.equal('3');
    expect($$(el, 'li.step').map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null]);
  });

  it('find-in-page opens a collapsed step (beforematch)', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    const panel = $(el, '#panel-2')!;
    // Chromium removes the attribute itself, then fires beforematch.
    panel.removeAttribute('hidden');
    panel.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect($(el, '#toggle-2')!.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
  });

  it('shows sections and HowToTip items from a sectioned JSON-LD @graph', async () => {
    const el = await load(html`<loa-howto src=${SECTIONS}></loa-howto>`);
    expect($$(el, '.step__section').map((p) => p.textContent)).to.deep.equal(['Chuẩn bị', 'Thực hiện']);
    expect($(el, '.facts')!.textContent).to.include('khoảng 1 giờ 30 phút');
    $(el, '#toggle-3')!.click();
    await el.updateComplete;
    expect($(el, '#panel-3 .step__tips')!.textContent).to.include('Nếu không thấy, vuốt sang trái.');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard: Enter and Space open steps', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    $(el, '[part~="toggle-all"]')!.focus();
    await sendKeys({press: 'Tab'});
    expect(deepActive()?.id).to.equal('toggle-1');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($(el, '#toggle-1')!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect($(el, '#toggle-1')!.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<loa-howto> guided', () => {
  it('walks every step of a demo guide: axe, progress, focus, announcer, accessibility tree', async () => {
    const el = await load(html`<loa-howto src=${DEMO} mode="guided" heading-level="2"></loa-howto>`);
    const total = el.total;
    expect(total).to.be.greaterThan(3);
    let before: HTMLElement | undefined;
    for (let n = 1; n <= total; n++) {
      expect(el.step).to.equal(n);
      expect($(el, '.progress__text [aria-hidden]')!.textContent).to.equal(`Bước ${n}/${total}`);
      expect($(el, '.progress__text .visually-hidden')!.textContent).to.equal(`Bước ${n} trên ${total}`);
      expect($(el, '.progress__bar')!.getAttribute('aria-hidden'), 'the bar is a picture of the text').to.equal('true');
      const name = el.guide!.steps[n - 1].name;
      const heading = $(el, '#step-heading')!;
      expect(heading.tagName).to.equal('H3');
      expect(heading.textContent!.trim()).to.equal(name);
      // A new heading each step: with the last one's given new words, Orca said the old step's name.
      expect(heading, 'a new heading element').to.not.equal(before);
      before = heading;
      const img = $(el, '.card img') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.match(/^\d+$/);
      expect(img.getAttribute('height')).to.match(/^\d+$/);
      expect(img.alt.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      if (n > 1) {
        expect(deepActive()).to.equal(heading);
        expect(await announced()).to.equal(`Bước ${n} trên ${total}: ${name}`);
        const tree = await ax();
        expect(axFind(tree, (node) => node.role === 'heading' && node.name === name && node.focused === true)).to.not.equal(null);
        expect(axFind(tree, (node) => node.role === 'progressbar'), 'no progressbar (read as a percentage)').to.equal(null);
        expect(axFind(tree, (node) => node.name === `Bước ${n} trên ${total}`), 'progress text').to.not.equal(null);
      }
      const next = $(el, n === total ? '[part~="done"]' : '[part~="next"]')!;
      expect(next.textContent!.trim()).to.include(n === total ? 'Xong' : 'Bước tiếp');
      next.click();
      await el.updateComplete;
      await el.updateComplete;
    }
    // Finished: a "what next" panel with focus on its heading.
    const finished = $(el, '[part~="finished"]')!;
    expect(finished).to.not.equal(null);
    expect(deepActive()).to.equal($(el, '#finished-heading'));
    expect(await announced()).to.include('Bạn đã làm xong hướng dẫn');
    await expect(el).to.be.accessible();
  });

  it('says where the reader is as "Bước N trên M" only, with no progressbar a screen reader would read as a percentage', async () => {
    // Issue 17: Orca read the progressbar as "25 percent" at step 2 of 9, whatever its aria-valuetext said.
    const el = await load(html`<loa-howto src=${DEMO} mode="guided" step="2"></loa-howto>`);
    const total = el.total;
    const tree = await ax();
    expect(axFind(tree, (node) => node.role === 'progressbar' || node.role === 'meter'), 'progressbar').to.equal(null);
    const texts: string[] = [];
    const walk = (node: AxNode) => {
      if (node.name && /Bước \d/.test(node.name)) texts.push(node.name);
      node.children?.forEach(walk);
    };
    walk(tree);
    expect(texts, 'where the reader is, once, in words').to.deep.equal([`Bước 2 trên ${total}`]);
    expect($(el, '.progress__bar')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('Previous and Next are at least 48 px tall at kiosk size', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    for (const button of $$(el, '.nav__button')) {
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(48);
      expect(box.width).to.be.at.least(48);
    }
  });

  it('can be completed with the keyboard alone (Tab, Enter, Space, arrows)', async () => {
    const el = await load(html`<loa-howto src=${DEMO} mode="guided"></loa-howto>`);
    const total = el.total;
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    const tabTo = async (part: string) => {
      for (let i = 0; i < 12; i++) {
        await sendKeys({press: 'Tab'});
        if ((deepActive() as HTMLElement | null)?.part?.contains(part)) return;
      }
      throw new Error(`Tab never reached ${part}`);
    };
    // Steps 1→3 with Tab + Enter, 3→4 with Tab + Space.
    for (let n = 1; n < 3; n++) {
      await tabTo('next');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.step).to.equal(n + 1);
    }
    await tabTo('next');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.step).to.equal(4);
    // Focus is on the step heading: the arrow keys move on and back.
    expect(deepActive()?.id).to.equal('step-heading');
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(el.step).to.equal(3);
    while (el.step < total) {
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
    }
    expect(el.step).to.equal(total);
    await tabTo('done');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($(el, '[part~="finished"]')).to.not.equal(null);
    expect(deepActive()?.id).to.equal('finished-heading');
    before.remove();
  });

  it('ignores arrow keys with modifiers', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    $(el, '#step-heading')!.focus();
    await sendKeys({down: 'Alt'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({up: 'Alt'});
    await el.updateComplete;
    expect(el.step).to.equal(1);
  });

  it('follows a horizontal touch swipe and ignores a vertical scroll', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    const swipe = async (dx: number, dy: number) => {
      const card = $(el, '.card')!;
      const box = card.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + 40;
      const init = {pointerType: 'touch', pointerId: 7, isPrimary: true, bubbles: true, composed: true};
      card.dispatchEvent(new PointerEvent('pointerdown', {...init, clientX: x, clientY: y}));
      card.dispatchEvent(new PointerEvent('pointermove', {...init, clientX: x + dx / 2, clientY: y + dy / 2}));
      card.dispatchEvent(new PointerEvent('pointerup', {...init, clientX: x + dx, clientY: y + dy}));
      await el.updateComplete;
    };
    await swipe(-120, 10);
    expect(el.step).to.equal(2);
    await swipe(-120, 10);
    expect(el.step).to.equal(3);
    await swipe(120, -5);
    expect(el.step).to.equal(2);
    // Mostly vertical: a scroll, not a swipe.
    await swipe(-60, 200);
    expect(el.step).to.equal(2);
    // Too short.
    await swipe(-20, 0);
    expect(el.step).to.equal(2);
    // A mouse drag is not a swipe.
    const card = $(el, '.card')!;
    card.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'mouse', clientX: 300, clientY: 100, bubbles: true}));
    card.dispatchEvent(new PointerEvent('pointerup', {pointerType: 'mouse', clientX: 100, clientY: 100, bubbles: true}));
    await el.updateComplete;
    expect(el.step).to.equal(2);
    expect(getComputedStyle(card).touchAction).to.equal('pan-y');
  });

  it('reflects step, fires loa-step-change on every change, clamps out-of-range steps', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="9"></loa-howto>`);
    expect(el.step).to.equal(4);
    expect(el.getAttribute('step')).to.equal('4');
    const seen: Array<{step: number; total: number}> = [];
    document.addEventListener('loa-step-change', (e) => seen.push((e as CustomEvent).detail), {once: false});
    el.setAttribute('step', '2');
    await el.updateComplete;
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(seen.slice(-2)).to.deep.equal([
      {step: 2, total: 4},
      {step: 1, total: 4},
    ]);
    expect(($(el, '[part~="previous"]') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('starts a newly chosen guide at its own step, not the previous guide\'s', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="2"></loa-howto>`);
    // The resident moves to step 3: the session remembers moves, not the step a page starts at.
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(el.step).to.equal(3);
    const changes: number[] = [];
    el.addEventListener('loa-step-change', (e) => changes.push(e.detail.total));
    el.src = SECTIONS;
    await settle(el);
    for (let i = 0; i < 50 && el.guide?.name !== 'Hướng dẫn có phần'; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.guide!.name).to.equal('Hướng dẫn có phần');
    expect(el.step).to.equal(1);
    expect($(el, '#step-heading')!.textContent!.trim()).to.equal('Sạc đầy pin điện thoại. Mang theo thẻ.');
    expect(changes.at(-1)).to.equal(3);
    // Back to the first guide: its step was kept for the session.
    el.src = FIXTURE;
    for (let i = 0; i < 50 && el.guide?.name !== 'Cài ứng dụng VNeID'; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.step).to.equal(3);
  });

  it('keeps the step across a reload within the session', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    el.remove();
    const again = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    expect(again.step).to.equal(3);
    // Only the step and open panels are stored: no personal data.
    for (let i = 0; i < sessionStorage.length; i++) {
      expect(sessionStorage.key(i)).to.match(/^loa-howto:(step|open):/);
    }
  });

  it('link-fragment: #buoc-N picks the step and follows it with replaceState', async () => {
    history.replaceState(null, '', '#buoc-3');
    const length = history.length;
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" link-fragment></loa-howto>`);
    expect(el.step).to.equal(3);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#buoc-4');
    expect(history.length).to.equal(length);
    history.replaceState(null, '', '#buoc-2');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(el.step).to.equal(2);
  });

  it('shows "what next" links after the last step and routes them as outbound links', async () => {
    const related = [{href: 'https://hoaloa.example/huong-dan/chu-ky-so', label: 'Đăng ký chữ ký số'}];
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="4" .related=${related}>
      <a slot="next" href="https://hoaloa.example/lich">Xem lịch lớp học</a>
    </loa-howto>`);
    const complete = oneEvent(el, 'loa-howto-complete');
    $(el, '[part~="done"]')!.click();
    expect((await complete).detail).to.deep.equal({total: 4});
    await el.updateComplete;
    const link = $(el, '.related a')!;
    expect(link.textContent).to.equal('Đăng ký chữ ký số');
    el.addEventListener('loa-link-activate', (e) => e.preventDefault(), {once: true});
    const activate = oneEvent(el, 'loa-link-activate');
    link.click();
    expect((await activate).detail.label).to.equal('Đăng ký chữ ký số');
    await expect(el).to.be.accessible();
    $(el, '[part~="restart"]')!.click();
    await el.updateComplete;
    expect(el.step).to.equal(1);
    expect($(el, '.card')).to.not.equal(null);
  });

  it('reads related guides from the attribute, and ignores a malformed one', async () => {
    const el = await load(html`<loa-howto
      src=${FIXTURE}
      mode="guided"
      step="4"
      related='[{"href": "/g/a", "label": "Hướng dẫn A"}, {"oops": 1}]'
    ></loa-howto>`);
    expect(el.related).to.deep.equal([{href: '/g/a', label: 'Hướng dẫn A'}]);
    el.setAttribute('related', '{not json');
    expect(el.related).to.deep.equal([]);
    $(el, '[part~="done"]')!.click();
    await el.updateComplete;
    expect($(el, '.related')).to.equal(null);
    expect($(el, '[part~="finished"]')!.textContent).to.include('Bạn đã làm xong!');
  });

  it('lays out every step with its image for print', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously: print layout does not wait for a microtask.
    expect($$(el, 'li.step')).to.have.length(4);
    expect($$(el, '.step__panel').every((p) => !p.hasAttribute('hidden'))).to.equal(true);
    expect(($(el, 'img') as HTMLImageElement).getAttribute('loading')).to.equal('eager');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.card')).to.not.equal(null);
  });
});

describe('<loa-howto> read aloud', () => {
  it('reads the step in the guide language, pauses, resumes, and stops on step change', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const read = $(el, '[part~="read"]')!;
    expect(read.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Đọc to bước 1');
    read.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(engine.last?.text).to.equal('Bước 1: Mở kho ứng dụng. Chạm vào biểu tượng CH Play hoặc App Store.');
    expect(engine.last?.lang).to.equal('vi');
    expect(engine.last?.voice.lang).to.equal('vi-VN');
    const pause = $(el, '[part~="pause"]')!;
    expect(pause.textContent).to.include('Tạm dừng');
    pause.click();
    await el.updateComplete;
    expect(engine.paused).to.equal(1);
    expect($(el, '[part~="pause"]')!.textContent).to.include('Đọc tiếp');
    $(el, '[part~="pause"]')!.click();
    await el.updateComplete;
    expect(engine.resumed).to.equal(1);
    await expect(el).to.be.accessible();
    const cancelled = engine.cancelled;
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(engine.cancelled).to.equal(cancelled + 1);
    expect(speech.speaking).to.equal(false);
    expect($(el, '[part~="pause"]')).to.equal(null);
  });

  it('stops reading on any other action, and returns to "Đọc to" when done', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    $(el, '[part~="toggle-all"]')!.click();
    await el.updateComplete;
    $(el, '#panel-2 [part~="read"]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(engine.last?.text).to.include('Tìm VNeID');
    expect(speech.speaking).to.equal(true);
    $(el, '#toggle-1')!.click();
    await el.updateComplete;
    expect(speech.speaking).to.equal(false);
    $(el, '#panel-2 [part~="read"]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    engine.finish();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($(el, '#panel-2 [part~="read"]')!.textContent).to.include('Đọc to');
  });

  it('says plainly when the device has no voice for the language', async () => {
    speech.useEngine(new FakeSpeechEngine([{name: 'English', lang: 'en-US'}]));
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const read = $(el, '[part~="read"]') as HTMLButtonElement;
    expect(read.textContent!.trim()).to.equal('Máy này không có giọng đọc tiếng Việt');
    expect(read.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses the guide language, not the page language, to pick the voice', async () => {
    const el = await load(html`<loa-howto src=${SECTIONS} mode="guided"></loa-howto>`);
    $(el, '[part~="read"]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.last?.lang).to.equal('en-GB');
    expect(engine.last?.text.startsWith('Step 1:')).to.equal(true);
  });

  it('plays the step recording when the step has audio', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided" step="3"></loa-howto>`);
    const audio = $(el, 'audio') as HTMLAudioElement;
    expect(audio.controls).to.equal(true);
    expect(audio.src).to.match(/\/test\/fixtures\/howto\/img\/khong-co\.mp3$/);
    expect(audio.getAttribute('aria-label')).to.equal('Nghe hướng dẫn bước 3');
    // No download and no speed menu (issue 12: the kiosk is a public terminal).
    expect(audio.getAttribute('controlslist')).to.equal('nodownload noplaybackrate');
    expect($(el, 'a[download]')).to.equal(null);
    expect($(el, '[part~="read"]')).to.equal(null);
  });
});

describe('<loa-howto> continue on the phone', () => {
  it('shows a <loa-qr> for the current step under handoff-base, with the URL as text', async () => {
    const el = await load(html`<loa-howto
      src=${DEMO}
      mode="guided"
      step="2"
      handoff-base="https://hoaloa.example/huong-dan/"
    ></loa-howto>`);
    const button = $(el, '[part~="handoff"] button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const qr = $(el, 'loa-qr')!;
    // The element registers <loa-qr> itself, on first use.
    await customElements.whenDefined('loa-qr');
    expect(qr.getAttribute('href')).to.equal('https://hoaloa.example/huong-dan/vneid-muc-2/#buoc-2');
    expect($(el, '.handoff__url')!.textContent).to.equal('hoaloa.example/huong-dan/vneid-muc-2/#buoc-2');
    await expect(el).to.be.accessible();
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect($(el, 'loa-qr')!.getAttribute('href')).to.equal('https://hoaloa.example/huong-dan/vneid-muc-2/#buoc-3');
  });

  it("falls back to the guide's own url, and hides the button when there is none", async () => {
    const withUrl = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    $(withUrl, '[part~="handoff"] button')!.click();
    await withUrl.updateComplete;
    expect($(withUrl, 'loa-qr')!.getAttribute('href')).to.equal('https://hoaloa.example/huong-dan/thu-nghiem/#buoc-1');
    const without = await load(html`<loa-howto src=${jsonUrl({'@type': 'HowTo', name: 'x', step: ['a']})}></loa-howto>`);
    expect($(without, '[part~="handoff"]')).to.equal(null);
  });
});

describe('<loa-howto> bad guides', () => {
  it('names the empty step in a visible alert, and is accessible', async () => {
    const el = await load(html`<loa-howto src="/test/fixtures/howto/thieu-noi-dung.json"></loa-howto>`);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.include('bước 3 không có nội dung');
    expect($(el, '[part~="retry"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on a Vietnamese page, says the empty step in visible words that are not marked as English', async () => {
    // The summary is in the reader's words: not folded into "Chi tiết kỹ thuật", and not lang="en".
    const page = await fixture<HTMLElement>(html`<div lang="vi"><loa-howto src="/test/fixtures/howto/thieu-noi-dung.json"></loa-howto></div>`);
    const el = page.querySelector('loa-howto')!;
    await settle(el);
    const alert = $(el, '[role="alert"]')!;
    const visible = alert.cloneNode(true) as HTMLElement;
    visible.querySelectorAll('details > :not(summary)').forEach((node) => node.remove());
    expect(visible.textContent).to.include('Bước 3 không có nội dung.');
    const saying = [...alert.querySelectorAll('*')].filter((node) => /bước 3 không có nội dung/i.test(node.textContent!) && !node.children.length);
    expect(saying.length, 'said in the sentence and in the details').to.equal(2);
    for (const node of saying) expect(node.closest('[lang]')!.getAttribute('lang')).to.equal('vi');
    await expect(el).to.be.accessible();
  });

  it('names a missing name and missing steps, and rejects what is not JSON', async () => {
    const nameless = await load(html`<loa-howto src="/test/fixtures/howto/khong-ten.json"></loa-howto>`);
    expect($(nameless, '[role="alert"]')!.textContent).to.include('hướng dẫn chưa có tên (name)');
    expect($(nameless, '[role="alert"]')!.textContent).to.include('hướng dẫn chưa có bước nào');
    const junk = await load(html`<loa-howto src="data:application/json,%7Bnope"></loa-howto>`);
    expect($(junk, '[role="alert"]')!.textContent).to.include('không phải JSON hợp lệ');
  });

  it('says what is wrong in English in an English widget', async () => {
    const el = await load(html`<loa-howto lang="en" src="/test/fixtures/howto/thieu-noi-dung.json"></loa-howto>`);
    expect($(el, '[role="alert"]')!.textContent).to.include('step 3 has no content');
  });

  it('shows text as text, never markup, and gives images without alt text an empty alt', async () => {
    const guide = {
      '@type': 'HowTo',
      name: 'Tên <img src=x onerror="window.__pwned=1">',
      step: [{name: 'Bước <b>đậm</b>', text: '&lt;script&gt;alert(1)&lt;/script&gt;', image: {url: '/test/fixtures/howto/img/buoc.svg'}}],
    };
    const el = await load(html`<loa-howto src=${jsonUrl(guide)} mode="guided"></loa-howto>`);
    expect($(el, 'b')).to.equal(null);
    expect($(el, 'script')).to.equal(null);
    expect($(el, '#step-heading')!.textContent!.trim()).to.equal('Bước đậm');
    expect($(el, '.step__text')!.textContent).to.equal('<script>alert(1)</script>');
    const img = $(el, '.card img') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('');
    expect(el.problems.map((p) => p.code)).to.include('image-no-alt');
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<loa-howto> in English', () => {
  it('speaks English in an English widget with the English guide', async () => {
    const el = await load(html`<loa-howto lang="en" src=${DEMO_EN} mode="guided"></loa-howto>`);
    const total = el.total;
    expect($(el, '.progress__text .visually-hidden')!.textContent).to.equal(`Step 1 of ${total}`);
    expect($(el, '[part~="next"]')!.textContent).to.include('Next step');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(await announced()).to.equal(`Step 2 of ${total}: ${el.guide!.steps[1].name}`);
    await expect(el).to.be.accessible();
  });
});

describe('<loa-howto> with every demo guide', () => {
  for (const slug of DEMO_SLUGS) {
    for (const lang of ['vi', 'en']) {
      const src = `/demo/content/guides/${slug}${lang === 'en' ? '.en' : ''}.json`;
      it(`${slug} (${lang}): every guided step and the expanded overview pass axe`, async function () {
        this.timeout(60000);
        const guided = await load(html`<loa-howto lang=${lang} src=${src} mode="guided"></loa-howto>`);
        expect(guided.guide, `${src} loads`).to.not.equal(undefined);
        for (let n = 1; n <= guided.total; n++) {
          expect($(guided, '#step-heading')!.textContent!.trim()).to.equal(guided.guide!.steps[n - 1].name);
          for (const img of $$(guided, '.card img')) expect(img.getAttribute('alt'), `alt of step ${n}`).to.not.equal('');
          await expect(guided).to.be.accessible();
          $(guided, n === guided.total ? '[part~="done"]' : '[part~="next"]')!.click();
          await guided.updateComplete;
        }
        await expect(guided).to.be.accessible();
        guided.remove();
        const overview = await load(html`<loa-howto lang=${lang} src=${src}></loa-howto>`);
        $(overview, '[part~="toggle-all"]')!.click();
        await overview.updateComplete;
        await expect(overview).to.be.accessible();
      });
    }
  }
});

describe('<loa-howto> layout', () => {
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
    await emulateMedia({media: 'screen', forcedColors: 'none'});
  });

  it('prints every overview step, collapsed or not, without buttons', async () => {
    const el = await load(html`<loa-howto src=${FIXTURE}></loa-howto>`);
    await emulateMedia({media: 'print'});
    const panel = $(el, '#panel-3')!;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    expect(getComputedStyle(panel).contentVisibility).to.equal('visible');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect($(el, '[part~="toggle-all"]')!.getBoundingClientRect().height).to.equal(0);
    expect($(el, '[part~="handoff"]')!.getBoundingClientRect().height).to.equal(0);
  });

  it('stays accessible in forced colours', async () => {
    await emulateMedia({forcedColors: 'active'});
    const el = await load(html`<loa-howto src=${FIXTURE} mode="guided"></loa-howto>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle($(el, '.progress__fill')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('reflows at 320 px with text at 200% (no sideways scrolling)', async () => {
    await setViewport({width: 320, height: 640});
    for (const mode of ['guided', 'overview']) {
      const el = await load(html`<loa-howto src=${DEMO} mode=${mode}></loa-howto>`);
      el.style.fontSize = '32px';
      if (mode === 'overview') $(el, '[part~="toggle-all"]')!.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.scrollWidth, `${mode}: element width`).to.be.at.most(320);
      expect(document.documentElement.scrollWidth, `${mode}: page width`).to.be.at.most(320);
      const root = $(el, '.loa-root')!;
      for (const child of root.querySelectorAll<HTMLElement>('button, img, p, h2, h3, li')) {
        const box = child.getBoundingClientRect();
        if (box.width > 0) expect(box.right, `${mode}: ${child.tagName} ${child.className} fits`).to.be.at.most(321);
      }
      el.remove();
    }
  });
});
