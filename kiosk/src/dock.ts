/*
 * The bar at the bottom of every screen: back, home, accessibility and
 * language, and while speech mode is on, one "Đang đọc" button that opens the
 * speech controls below them. Collapsed by default, so the dock stays within
 * a fifth of the screen even at 200 % text. It is fixed, within reach of a
 * seated resident, and never covers content (the shell pads the page by its
 * height).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {icons} from './icons.js';
import type {Locale} from '../../src/core/locale.js';
import type {Screen} from './navigation.js';

export interface DockState {
  screen: Screen;
  lang: Locale;
  languages: Locale[];
  speech: boolean;
  /** The speech controls are shown (speech mode on and "Đang đọc" opened). */
  speechControlsOpen: boolean;
  /** 0.25–1 */
  volume: number;
}

export interface DockActions {
  onBack: () => void;
  onHome: () => void;
  onPanel: () => void;
  onLanguage: (lang: Locale) => void;
  onVolume: (volume: number) => void;
  onPauseOrResume: () => void;
  onRepeat: () => void;
  onStopReading: () => void;
  onToggleSpeechControls: () => void;
}

export function renderDock(state: DockState, actions: DockActions): TemplateResult {
  const other: Locale = state.lang === 'vi' ? 'en' : 'vi';
  const topLevel = state.screen === 'attract' || state.screen === 'home';
  return html`
    <nav class="dock" aria-label=${msg('Điều hướng ki-ốt')} data-keep-attract>
      <div class="dock__row dock__main">
        ${topLevel
          ? nothing
          : html`<button type="button" class="dock__button" @click=${actions.onBack}>${icons.back}<span>${msg('Quay lại')}</span></button>
              <button type="button" class="dock__button" @click=${actions.onHome}>${icons.home}<span>${msg('Trang chủ')}</span></button>`}
        <button type="button" class="dock__button" aria-haspopup="dialog" @click=${actions.onPanel}>
          ${icons.a11y}<span>${msg('Trợ năng')}</span>
        </button>
        ${state.languages.includes(other)
          ? html`<button type="button" class="dock__button dock__lang" lang=${other} @click=${() => actions.onLanguage(other)}>
              ${other === 'en' ? 'English' : 'Tiếng Việt'}
            </button>`
          : nothing}
        ${state.speech
          ? html`<button
              type="button"
              class="dock__button"
              aria-expanded=${state.speechControlsOpen ? 'true' : 'false'}
              aria-controls="dock-speech"
              data-speech-controls
              @click=${actions.onToggleSpeechControls}
            >
              ${icons.speech}<span>${msg('Đang đọc')}</span>
            </button>`
          : nothing}
      </div>
      ${state.speech ? renderSpeechControls(state.volume, state.speechControlsOpen, actions) : nothing}
    </nav>
  `;
}

function renderSpeechControls(level: number, open: boolean, actions: DockActions): TemplateResult {
  const volume = Math.round(level * 100);
  return html`
    <div id="dock-speech" class="dock__row dock__speech" role="group" aria-label=${msg('Điều khiển đọc to')} data-speech-controls ?hidden=${!open}>
      <button type="button" class="dock__button" @click=${actions.onPauseOrResume}>${msg('Tạm dừng / Tiếp tục')}</button>
      <button type="button" class="dock__button" @click=${actions.onRepeat}>${msg('Đọc lại')}</button>
      <button type="button" class="dock__button" @click=${actions.onStopReading}>${msg('Dừng đọc')}</button>
      <button type="button" class="dock__button" ?disabled=${volume <= 25} @click=${() => actions.onVolume(Math.max(0.25, level - 0.25))}>
        ${msg('Nhỏ hơn')}
      </button>
      <span class="dock__volume" role="status">${msg(str`Âm lượng ${volume}%`)}</span>
      <button type="button" class="dock__button" ?disabled=${volume >= 100} @click=${() => actions.onVolume(Math.min(1, level + 0.25))}>
        ${msg('To hơn')}
      </button>
    </div>
  `;
}
