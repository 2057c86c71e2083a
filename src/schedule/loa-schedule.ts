import {html} from 'lit';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';

/** Placeholder: replaced by the real element. */
export class LoaSchedule extends LoaElement {
  static override styles = [themeStyles];
  override render() {
    return html`<div class="loa-root" lang=${this.locale}></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-schedule': LoaSchedule;
  }
}
