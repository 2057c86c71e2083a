/*
 * The header above every screen but the attract one: logo, commune name and
 * the offline note. A 3 s press on the logo opens the staff view (hidden, so
 * residents do not find it by accident; Ctrl+Alt+S does the same).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {pick, type KioskConfig} from './config.js';
import {renderOfflineNote, type OfflineState} from './offline-note.js';

export interface MastheadState {
  config: KioskConfig;
  offline: OfflineState;
}

export interface MastheadActions {
  /** The logo is pressed (true) or released (false). */
  onLogoPress: (down: boolean) => void;
}

export function renderMasthead({config, offline}: MastheadState, {onLogoPress}: MastheadActions): TemplateResult {
  return html`
    <header class="masthead">
      ${config.commune.logo
        ? html`<img
            class="masthead__logo"
            src=${config.commune.logo}
            alt=""
            draggable="false"
            @pointerdown=${() => onLogoPress(true)}
            @pointerup=${() => onLogoPress(false)}
            @pointerleave=${() => onLogoPress(false)}
            @pointercancel=${() => onLogoPress(false)}
          />`
        : nothing}
      <p class="masthead__name">${pick(config.commune.name, offline.lang)}</p>
      ${renderOfflineNote(offline)}
    </header>
  `;
}
