// The kiosk's on-screen keyboard (kiosk/src/on-screen-keyboard.ts), rendered
// alone: every key a real button named by what it types, the Telex toggle a
// pressed/not pressed button, axe. (Not yet wired into a kiosk screen.)
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
