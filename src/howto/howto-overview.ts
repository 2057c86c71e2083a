/*
 * The overview presentation (GOV.UK's step-by-step navigation): every step a
 * heading holding the button that opens it. Collapsed panels are
 * `hidden="until-found"`, so find-in-page opens them. Also the print layout of
 * the guided mode. Call inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import {heading} from '../core/heading.js';
import type {Guide, GuideStep} from './howto-model.js';
import {renderStepBody, type ReadAloudActions, type StepView} from './howto-step.js';

export interface OverviewView extends StepView {
  guide: Guide;
  /** The guide title's heading level; step headings are one below. */
  level: number;
  /** The current step (`aria-current="step"`). */
  current: number;
  open: ReadonlySet<number>;
  /** The guided mode printing: every step open, no "show all" button. */
  printAll: boolean;
}

export interface OverviewActions extends ReadAloudActions {
  /** Opens or closes step `n`; `force` opens (true) or closes (false) whatever its state. */
  toggleStep: (n: number, force?: boolean) => void;
  setAllOpen: (open: boolean) => void;
}

export function renderOverview(view: OverviewView, actions: OverviewActions): TemplateResult {
  const {guide, printAll} = view;
  const allOpen = guide.steps.every((s) => view.open.has(s.number));
  return html`${printAll
      ? nothing
      : html`<p class="toggle-all">
          <button
            type="button"
            class="loa-button loa-button--secondary"
            part="button toggle-all"
            aria-expanded=${allOpen ? 'true' : 'false'}
            aria-controls=${guide.steps.map((s) => `panel-${s.number}`).join(' ')}
            @click=${() => actions.setAllOpen(!allOpen)}
          >
            ${allOpen ? msg('Ẩn tất cả các bước') : msg('Hiện tất cả các bước')}
          </button>
        </p>`}
    <ol class="steps" part="steps">
      ${guide.steps.map((step) => renderOverviewStep(step, view, actions))}
    </ol>`;
}

function renderOverviewStep(step: GuideStep, view: OverviewView, actions: OverviewActions): TemplateResult {
  const n = step.number;
  const open = view.printing || view.printAll || view.open.has(n);
  const current = n === view.current;
  const firstOfSection = step.section && view.guide.steps[n - 2]?.section !== step.section;
  return html`<li class="step ${current ? 'step--current' : ''}" part="step" aria-current=${current ? 'step' : nothing}>
    ${firstOfSection ? html`<p class="step__section">${step.section}</p>` : nothing}
    ${heading(
      view.level,
      html`<button
        type="button"
        class="step__toggle"
        part="step-toggle"
        id="toggle-${n}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel-${n}"
        @click=${() => actions.toggleStep(n)}
      >
        <span class="step__number" lang=${view.locale}>${msg(str`Bước ${n}:`)}</span>
        <span class="step__name">${step.name}</span>
      </button>`,
      {offset: 1, className: 'step__heading', part: 'step-heading'}
    )}
    <div
      class="step__panel"
      id="panel-${n}"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => actions.toggleStep(n, true)}
    >
      <div class="step__body">${renderStepBody(step, view, actions)}</div>
    </div>
  </li>`;
}
