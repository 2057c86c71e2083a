import {css} from 'lit';

export const searchStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
    gap: 0.25em;
  }
  label {
    font-weight: 700;
  }
  input {
    font: inherit;
    min-height: var(--loa-target-size, 2.75em);
    padding: 0.25em 0.5em;
    border: 0.125em solid currentColor;
    border-radius: 0.25em;
    color: inherit;
    background: var(--loa-color-bg, Canvas);
  }
  .hint,
  .note,
  .count {
    margin: 0 0 var(--_space);
  }
  .hint,
  .note {
    font-size: 0.9em;
  }
  .group {
    margin-block-end: calc(1.5 * var(--_space));
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    padding-block: calc(0.75 * var(--_space));
    border-block-end: 0.0625em solid color-mix(in srgb, currentColor 25%, transparent);
  }
  .result .loa-heading {
    margin: 0;
    font-size: 1.1em;
  }
  .result a,
  .result__open {
    color: var(--_accent);
  }
  .result__open {
    font: inherit;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    min-height: var(--loa-target-size, 2.75em);
  }
  .result a {
    display: inline-block;
    min-height: var(--loa-target-size, 2.75em);
    padding-block: 0.4em;
  }
  .snippet,
  .step,
  .date {
    margin: 0.25em 0 0;
  }
  .step,
  .date {
    font-size: 0.9em;
  }
  mark {
    background: var(--loa-color-mark, #ffe36e);
    color: #000;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    mark {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  details {
    padding-block: 0.25em;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    min-height: var(--loa-target-size, 2.75em);
    padding-block: 0.5em;
  }
  .answer p {
    margin: 0.5em 0 0;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
`;
