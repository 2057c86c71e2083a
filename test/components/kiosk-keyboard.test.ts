// The kiosk's on-screen keyboard (kiosk/src/on-screen-keyboard.ts), rendered
// alone: every key a real button named by what it types, the Telex toggle a
// pressed/not pressed button, the keys folded behind the "Bàn phím" toggle, axe.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {press, renderKeyboard, shown, type KeyboardState} from '../../kiosk/src/on-screen-keyboard.js';

async function mount(): Promise<{root: HTMLElement; state: () => KeyboardState; submitted: () => number}> {
  const root = await fixture<HTMLElement>(html`<div><label for="q">Tìm kiếm</label><input id="q" /><div id="kb"></div></div>`);
  let state: KeyboardState = {keys: '', telex: false};
  let submits = 0;
  const input = root.querySelector('input')!;
  const draw = () => {
    input.value = shown(state);
    render(
      renderKeyboard(
        state,
        {
          onPress: (key) => ((state = press(state, key)), draw()),
          onTelex: (on) => ((state = {...state, telex: on}), draw()),
          onSubmit: () => submits++,
          onFold: (folded) => ((state = {...state, folded}), draw()),
        },
        'q'
      ),
      root.querySelector<HTMLElement>('#kb')!
    );
  };
  draw();
  return {root, state: () => state, submitted: () => submits};
}

describe('kiosk on-screen keyboard', () => {
  it('has a button for each letter a–z and digit, named by it, plus space, delete, clear and "Tìm"; axe', async () => {
    const {root} = await mount();
    const names = [...root.querySelectorAll('button')].map((b) => b.textContent!.trim());
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') expect(names).to.include(c);
    for (const name of ['Dấu cách', 'Xóa', 'Xóa hết', 'Tìm', 'Gõ dấu (Telex)']) expect(names).to.include(name);
    expect(root.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Bàn phím');
    await expect(root).to.be.accessible();
  });

  it('types "ngay hoi" into the field, deletes, clears, and turns Telex on', async () => {
    const {root, state, submitted} = await mount();
    const tap = (key: string) => root.querySelector<HTMLButtonElement>(`[data-key="${key}"]`)!.click();
    for (const key of ['n', 'g', 'a', 'y', 'f', 'space', 'h', 'o', 'o', 'i', 'j']) tap(key);
    expect(root.querySelector('input')!.value).to.equal('ngayf hooij');
    const toggle = root.querySelector<HTMLButtonElement>('.key--telex')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector('input')!.value).to.equal('ngày hội');
    tap('delete');
    expect(state().keys).to.equal('ngayf hooi');
    root.querySelector<HTMLButtonElement>('.key--submit')!.click();
    expect(submitted()).to.equal(1);
    tap('clear');
    expect(root.querySelector('input')!.value).to.equal('');
    await expect(root).to.be.accessible();
  });
});

describe('kiosk on-screen keyboard, folded', () => {
  it('folds its keys behind the "Bàn phím" toggle (aria-expanded) and brings them back, keeping what was typed; axe both ways', async () => {
    const {root, state} = await mount();
    root.querySelector<HTMLButtonElement>('[data-key="a"]')!.click();
    const toggle = () => root.querySelector<HTMLButtonElement>('.key--toggle')!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(toggle().getAttribute('aria-controls')).to.equal('keyboard-keys');
    toggle().click();
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelectorAll('[data-key]').length).to.equal(0);
    expect(root.querySelector<HTMLElement>('#keyboard-keys')!.hidden).to.equal(true);
    await expect(root).to.be.accessible();
    toggle().click();
    expect(root.querySelectorAll('[data-key]').length).to.be.greaterThan(36);
    expect(state().keys).to.equal('a');
    await expect(root).to.be.accessible();
  });
});
