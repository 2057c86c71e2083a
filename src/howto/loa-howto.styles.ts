import {css} from 'lit';

/**
 * Styles of <loa-howto>: GOV.UK-like step list, the guided card, and print.
 *
 * The guided card at kiosk scale (comments here, not in the CSS, which ships
 * as written):
 * - `.intro`: past step 1 the intro folds to one line, so the step card sits
 *   near the top.
 * - `.card` and `.finished` are size containers: the picture's layout follows
 *   the card's width, not the screen's. Narrow or portrait, the picture is
 *   above the words and at least 55% of the card (all of a phone's). Wide
 *   (1200 px, and 50em at the card's text size, so not at 200% text on a
 *   landscape kiosk), it sits beside the words, as tall as
 *   --loa-howto-image-max-height; the done card's QR code takes a column.
 * - `.nav`: nothing around it clips or scrolls, so a host may make it sticky
 *   (::part(nav)); its background keeps the step's words from showing
 *   through. `.finished__rest` has no box of its own unless the card is
 *   wide, so a sticky nav may move within the whole done card.
 * - `.takehome loa-qr`: wide enough for the code's words beside it; its
 *   title, the guide's name already on screen, is for screen readers only.
 */
export const howtoStyles = css`
  .guide__title {
    font-size: 1.5em;
  }
  .guide__description {
    margin: 0 0 0.75em;
  }
  .facts {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .facts p {
    margin: 0 0 0.25em;
  }
  .facts ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.5em;
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  .intro__toggle {
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 2.5em 0.5em 1em;
    position: relative;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    touch-action: manipulation;
  }
  .intro__panel {
    padding-block-start: 0.75em;
  }
  .intro__panel[hidden] {
    display: none;
  }

  /* ---------- overview: GOV.UK step-by-step navigation ---------- */
  .toggle-all {
    margin: 0 0 0.75em;
  }
  .steps {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    counter-reset: none;
  }
  .step {
    position: relative;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
    margin: 0;
    padding-block: 0.25em;
  }
  .step--current {
    border-inline-start: 0.5em solid var(--_accent);
    padding-inline-start: 0.75em;
    background: var(--_surface);
  }
  .step__section {
    margin: 0.5em 0 0;
    font-weight: 700;
    color: var(--_muted);
  }
  .step__heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.5;
  }
  .step__toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.4em;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 2em 0.5em 0;
    position: relative;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    touch-action: manipulation;
  }
  .step__toggle:hover .step__name {
    text-decoration: underline;
  }
  /* A chevron drawn with borders: no icon font, follows forced colours. */
  .intro__toggle::after,
  .step__toggle::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.5em;
    inset-block-start: 0.9em;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .intro__toggle::after {
    inset-block-start: calc(50% - 0.4em);
    inset-inline-end: 1em;
  }
  .intro__toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
    inset-block-start: calc(50% - 0.1em);
  }
  .step__toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
    inset-block-start: 1.15em;
  }
  .step__number {
    color: var(--_text);
  }
  /* No padding or display here: hidden="until-found" must keep working. */
  .step__body {
    padding: 0.25em 0 0.75em;
  }

  /* ---------- one step's content ---------- */
  .step__text {
    margin: 0 0 0.75em;
  }
  .step__tips {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }
  .step__tips p {
    margin: 0 0 0.25em;
  }
  .step__figure {
    margin: 0 0 0.75em;
  }
  .step__image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    max-block-size: var(--loa-howto-image-max-height, 60vh);
    inline-size: auto;
    object-fit: contain;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .read {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.5em;
  }
  .read__audio {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: var(--_target);
  }

  /* ---------- guided ---------- */
  .card,
  .finished {
    padding: var(--_space);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Horizontal swipes are ours; vertical ones still scroll the page. */
    touch-action: pan-y;
  }
  .card {
    container: loa-card / inline-size;
  }
  .card .step__image {
    inline-size: max(55%, min(100%, 20em));
  }
  @container loa-card (min-width: 1200px) and (min-width: 50em) {
    .card__body--picture {
      display: grid;
      grid-template-columns: fit-content(55%) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    .card__body--picture .step__image {
      inline-size: auto;
      block-size: var(--loa-howto-image-max-height, 60vh);
    }
  }
  .card__heading {
    margin: 0 0 0.75em;
    font-size: 1.5em;
    line-height: 1.3;
  }
  .card__heading:focus {
    outline: none;
  }
  .card__heading:focus-visible {
    outline: 0.1875em solid var(--_text);
  }
  .progress {
    margin: 0 0 0.75em;
  }
  .progress__text {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_muted);
  }
  .progress__bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: 0.375em;
    background: var(--_surface);
    overflow: hidden;
  }
  .progress__fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_done, 0) * 100%);
    background: var(--_accent);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75em;
    margin: var(--_space) 0;
    background: var(--_bg);
  }
  .nav__button {
    /* At least 48 px at 16 px text, whatever the host sets. */
    min-block-size: max(var(--_target), 3em);
    min-inline-size: 8em;
    flex: 1 1 10em;
    font-size: 1.125em;
  }
  .finished {
    container: loa-finished / inline-size;
  }
  .finished__rest {
    display: contents;
  }
  @container loa-finished (min-width: 1200px) and (min-width: 50em) {
    .finished__layout--qr {
      display: grid;
      grid-template: 'head take' auto 'rest take' 1fr / minmax(0, 1fr) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    .finished__head {
      grid-area: head;
    }
    .finished__layout--qr > .takehome {
      grid-area: take;
    }
    .finished__rest {
      display: block;
      grid-area: rest;
    }
  }
  .finished__actions ::slotted(*) {
    flex: 1 1 10em;
    min-block-size: max(var(--_target), 3em);
  }
  .takehome {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .takehome__heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .takehome loa-qr {
    max-inline-size: 40em;
  }
  .takehome loa-qr::part(heading) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .related {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }
  .related li {
    margin-block: 0.5em;
  }
  .handoff {
    margin: var(--_space) 0 0;
  }
  .sources {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .handoff__panel {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .handoff__panel[hidden] {
    display: none;
  }
  .handoff__panel p {
    margin: 0 0 0.5em;
  }
  .handoff__url {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  loa-qr {
    max-inline-size: 16em;
    margin: 0 0 0.5em;
  }

  @media (forced-colors: active) {
    .step--current,
    .card,
    .finished {
      border-color: Highlight;
    }
    .step__toggle,
    .intro__toggle {
      color: LinkText;
    }
    .takehome {
      border-color: CanvasText;
    }
    .progress__fill {
      background: Highlight;
    }
  }

  /* ---------- print: every step, with its image, on A4 leaflets ---------- */
  @media print {
    :host {
      font-size: 11pt;
      color: #000;
    }
    .loa-root {
      background: none;
    }
    .loa-status,
    .intro__toggle,
    .toggle-all,
    .read,
    .nav,
    .handoff,
    .progress {
      display: none !important;
    }
    .intro__panel[hidden] {
      display: block !important;
    }
    .step__panel[hidden] {
      content-visibility: visible !important;
      display: block !important;
    }
    .step {
      break-inside: avoid;
      border-inline-start: 0.1em solid #000;
      background: none;
      margin-block-end: 0.5em;
    }
    .step__toggle {
      color: #000;
      padding: 0;
      min-block-size: 0;
    }
    .step__toggle::after {
      display: none;
    }
    .step__image {
      max-inline-size: 8cm;
      max-block-size: 9cm;
    }
    .card {
      border: 0;
      padding: 0;
    }
  }
`;
