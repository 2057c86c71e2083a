import {css} from 'lit';

export const scheduleStyles = css`
  .schedule__note,
  .schedule__hint,
  .schedule__empty {
    color: var(--_muted);
  }
  .schedule__next {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 0.125em solid var(--_accent);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .schedule__next p {
    margin: 0 0 0.25em;
  }
  .schedule__next-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .schedule__countdown {
    color: var(--_accent);
  }
  .schedule__views,
  .schedule__chips,
  .schedule__fields,
  .schedule__actions,
  .schedule__month-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 var(--_space);
  }
  .loa-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .schedule__chip {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.25em 1em;
    border: 0.125em solid var(--_border);
    border-radius: 999em;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
    touch-action: manipulation;
  }
  .schedule__chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }
  /* Decoration only: the alt text after / keeps it out of the accessible name. */
  .schedule__chip[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }
  /* place-filter="buttons": at least 48 px. */
  .schedule__place-button {
    min-block-size: max(3em, var(--_target));
  }
  .schedule__field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
    min-inline-size: 0;
    font-weight: 600;
  }
  .schedule__field select,
  .schedule__field input {
    min-block-size: var(--_target);
    padding: 0.25em 0.5em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .schedule__count {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .schedule__day {
    margin: 0 0 var(--_space);
  }
  /* No content-visibility: auto on the agenda's days, though it would lay out only those near
     the screen: Chromium leaves what it skips out of the accessibility tree, so a screen reader
     moving by heading would not find the days below (test/components/offscreen-a11y.test.ts). */
  .schedule__day-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    padding-block-end: 0.25em;
    border-block-end: 0.0625em solid var(--_border);
  }
  .schedule__day-date {
    font-weight: 400;
  }
  .schedule__lunar {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  .schedule__events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .schedule__event {
    padding: 0.5em 0;
    border-block-end: 0.0625em solid var(--_surface);
  }
  .schedule__event p {
    margin: 0;
  }
  .schedule__time {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-weight: 600;
  }
  .schedule__toggle {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 1.1em;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .schedule__toggle::before {
    content: '▸ ';
    content: '▸ ' / '';
    display: inline-block;
    margin-inline-end: 0.25em;
  }
  .schedule__toggle[aria-expanded='true']::before {
    content: '▾ ';
    content: '▾ ' / '';
  }
  .is-cancelled .schedule__event-title,
  .is-cancelled .schedule__place {
    text-decoration: line-through;
  }
  .schedule__cancelled {
    padding: 0 0.5em;
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-weight: 700;
  }
  .schedule__cancelled-text {
    color: var(--_danger);
    font-weight: 700;
  }
  .schedule__place,
  .schedule__tags {
    color: var(--_muted);
  }
  .schedule__detail {
    margin: 0.5em 0;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }
  .schedule__facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  .schedule__facts dt {
    font-weight: 700;
  }
  .schedule__facts dd {
    margin: 0;
  }
  .schedule__description {
    white-space: pre-line;
    margin: 0 0 0.75em;
  }
  .schedule__actions a.loa-button {
    text-decoration: none;
  }
  .schedule__qr {
    max-inline-size: 16em;
  }
  .schedule__month-heading {
    flex: 1 1 auto;
    margin: 0;
    text-align: center;
  }
  .schedule__grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    margin: 0 0 var(--_space);
  }
  .schedule__grid th {
    padding: 0.25em 0;
    font-weight: 600;
    text-align: center;
  }
  .schedule__cell {
    block-size: var(--_target);
    padding: 0.25em 0;
    border: 0.0625em solid var(--_border);
    text-align: center;
    vertical-align: top;
    cursor: pointer;
  }
  .schedule__cell-day {
    display: block;
  }
  .schedule__cell.has-events {
    background: var(--_surface);
    font-weight: 700;
  }
  /* Badges (count, "Đã hủy") keep the body size. */
  .schedule__cell-count {
    display: inline-block;
    min-inline-size: min(1.5em, 100%);
    max-inline-size: 100%;
    border-radius: 999em;
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .schedule__cell.is-today .schedule__cell-day {
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
  }
  .schedule__cell[aria-selected='true'] {
    outline: 0.1875em solid var(--_accent);
    outline-offset: -0.1875em;
  }
  /* Wide (a landscape kiosk): the chosen day beside the grid. */
  .schedule__month {
    container: loa-month / inline-size;
  }
  @container loa-month (min-width: 1200px) {
    .schedule__month-cols {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space);
      align-items: start;
    }
  }
  .schedule__pad {
    border: 0.0625em solid var(--_surface);
  }
  @media (forced-colors: active) {
    .schedule__chip,
    .schedule__toggle {
      forced-color-adjust: auto;
      border: 0.0625em solid ButtonText;
    }
    .schedule__chip[aria-pressed='true'],
    .loa-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .schedule__cell[aria-selected='true'] {
      outline-color: Highlight;
    }
    .schedule__cell-count {
      border: 0.0625em solid CanvasText;
    }
  }
`;
