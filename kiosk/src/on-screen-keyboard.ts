/*
 * The kiosk's on-screen keyboard: kiosks have no physical keyboard. Letters
 * a–z, digits, space, delete, clear and "Tìm", each a real button named by
 * what it types (so it works by touch, by switch access, and in speech mode,
 * which reads each key), and a Telex toggle (telex.ts) for people who want
 * their diacritics; search finds "Ngày hội" from "ngay hoi" without them.
 * What was typed is kept as keys (`keys`), so Telex can turn "ngayf" into
 * "ngày" as the word is typed; `shown()` is what the field says. The keys are
 * `.button` targets (at least 3em, 60 px at 100 %: buttons.css).
 *
 * The keys fold away behind one "Bàn phím" toggle (aria-expanded), which stays
 * in their place: the results of a search then have the whole screen.
 */
import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {telex} from './telex.js';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export interface KeyboardState {
  /** The keys typed so far (letters, digits and spaces). */
  keys: string;
  /** Telex on: the field shows the keys as Vietnamese with diacritics. */
  telex: boolean;
  /** The keys are folded away behind the "Bàn phím" toggle. */
  folded?: boolean;
}

/** What the field shows for these keys. */
export function shown(state: KeyboardState): string {
  return state.telex ? telex(state.keys) : state.keys;
}

/** The state after one key: a letter or digit, 'space', 'delete' or 'clear'. */
export function press(state: KeyboardState, key: string): KeyboardState {
  if (key === 'clear') return {...state, keys: ''};
  if (key === 'delete') return {...state, keys: state.keys.slice(0, -1)};
  if (key === 'space') return state.keys && !state.keys.endsWith(' ') ? {...state, keys: `${state.keys} `} : state;
  return /^[a-z0-9]$/.test(key) ? {...state, keys: state.keys + key} : state;
}

export interface KeyboardActions {
  onPress: (key: string) => void;
  onTelex: (on: boolean) => void;
  onSubmit: () => void;
  /** The "Bàn phím" toggle: `folded` is what it asks for. */
  onFold: (folded: boolean) => void;
}

/**
 * The keyboard: the "Bàn phím" toggle, then the keys as a group labelled
 * "Bàn phím" (unless folded); `controls` is the id of the field they type into.
 */
export function renderKeyboard(state: KeyboardState, actions: KeyboardActions, controls: string): TemplateResult {
  const key = (value: string, label: string = value, extra = '') =>
    html`<button type="button" class="button button--secondary key ${extra}" data-key=${value} aria-controls=${controls} @click=${() => actions.onPress(value)}>${label}</button>`;
  const toggle = html`<button
    type="button"
    class="button button--secondary key--toggle"
    aria-expanded=${state.folded ? 'false' : 'true'}
    aria-controls="keyboard-keys"
    @click=${() => actions.onFold(!state.folded)}
  >
    ${msg('Bàn phím')}
  </button>`;
  if (state.folded) return html`<div class="keyboard keyboard--folded">${toggle}<div id="keyboard-keys" hidden></div></div>`;
  return html`<div class="keyboard">
    ${toggle}
    <div id="keyboard-keys" class="keyboard__keys" role="group" aria-label=${msg('Bàn phím')}>
      ${ROWS.map((row) => html`<div class="keyboard__row">${[...row].map((k) => key(k))}</div>`)}
      <div class="keyboard__row keyboard__row--actions">
        <button type="button" class="option key key--telex" aria-pressed=${state.telex ? 'true' : 'false'} @click=${() => actions.onTelex(!state.telex)}>
          ${msg('Gõ dấu (Telex)')}
        </button>
        ${key('space', msg('Dấu cách'), 'key--space')} ${key('delete', msg('Xóa'))} ${key('clear', msg('Xóa hết'))}
        <button type="button" class="button key key--submit" @click=${actions.onSubmit}>${msg('Tìm')}</button>
      </div>
    </div>
  </div>`;
}
