/*
 * A loaded guide as a whole, from the element's state: the title, the intro
 * (howto-facts.ts; folded to one line past step 1 of the guided card), then
 * the overview, the guided card or "Bạn đã làm xong!", and the phone
 * hand-off; last, its sources and review date (howto-sources.ts: after the
 * steps, or under the done card). The element gathers its state into an
 * ArticleView and keeps the wiring; what shows where is decided here. Call
 * inside the element's render.
 */
// From 'lit/html.js', not 'lit': this module is in the howto-views chunk (see howto-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {heading} from '../core/heading.js';
import {handoffUrl, type Guide, type RelatedGuide} from './howto-model.js';
import type {StepView} from './howto-step.js';
import {renderOverview, type OverviewActions} from './howto-overview.js';
import {renderFinished, renderGuided, takeHomeUrl, type FinishedActions, type GuidedActions} from './howto-guided.js';
import {renderIntro} from './howto-facts.js';
import {renderHandoff} from './howto-handoff.js';
import {renderSources} from './howto-sources.js';

export interface ArticleView extends StepView {
  guide: Guide;
  mode: 'overview' | 'guided';
  /** The guide title's heading level. */
  level: number;
  /** The current step, 1-based. */
  current: number;
  /** Open steps (overview). */
  open: ReadonlySet<number>;
  /** Guided: past the last step ("Bạn đã làm xong!"). */
  finished: boolean;
  /** The element's `src` and `handoff-base`: the phone links. */
  src: string;
  handoffBase: string | null;
  handoffOpen: boolean;
  /** The folded intro was opened again. */
  introOpen: boolean;
  related: readonly RelatedGuide[];
  /** The host has `slot="next"` children. */
  hasSlotted: boolean;
}

export interface ArticleActions extends OverviewActions, GuidedActions, FinishedActions {
  toggleHandoff: () => void;
  toggleIntro: () => void;
}

export function renderArticle(view: ArticleView, actions: ArticleActions): TemplateResult {
  const {guide} = view;
  // The guided mode prints as the overview: every step, open, the intro in full.
  const printAll = view.printing && view.mode === 'guided';
  const guided = view.mode === 'guided' && !printAll;
  // Past step 1 the intro folds to one line, so the step card sits near the top.
  const folded = guided && (view.finished || view.current > 1);
  return html`<article class="guide guide--${view.mode}" part="guide" lang=${ifDefined(guide.inLanguage)}>
    ${heading(view.level, guide.name, {className: 'loa-heading guide__title'})}
    ${renderIntro(guide, {locale: view.locale, folded, open: view.introOpen}, actions.toggleIntro)}
    ${guided ? renderGuidedMode(view, actions) : renderOverviewMode(view, printAll, actions)}
    ${!guided || view.finished ? renderSources(guide, view.locale) : nothing}
  </article>`;
}

function renderOverviewMode(view: ArticleView, printAll: boolean, actions: ArticleActions): TemplateResult {
  return html`${renderOverview({...view, printAll}, actions)} ${printAll ? nothing : renderPhoneHandoff(view, actions)}`;
}

function renderGuidedMode(view: ArticleView, actions: ArticleActions): TemplateResult {
  const {guide} = view;
  if (view.finished) {
    const takeHome = takeHomeUrl(guide, view.src, view.handoffBase, location.href);
    const finished = {guideName: guide.name, total: guide.steps.length, level: view.level, locale: view.locale};
    return renderFinished({...finished, related: view.related, hasSlotted: view.hasSlotted, takeHome}, actions);
  }
  return html`${renderGuided(view, actions)} ${renderPhoneHandoff(view, actions)}`;
}

function renderPhoneHandoff(view: ArticleView, actions: ArticleActions): TemplateResult | typeof nothing {
  const {guide, current: step} = view;
  const url = handoffUrl(guide, view.src, step, view.handoffBase, location.href);
  // <loa-qr> is defined on first use (ensureQr in the element's updated); the panel shows its URL text meanwhile.
  const handoff = {url, step, guideName: guide.name, open: view.handoffOpen, locale: view.locale, level: view.level};
  return renderHandoff(handoff, actions.toggleHandoff);
}
