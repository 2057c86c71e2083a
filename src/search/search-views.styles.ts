import {css} from 'lit';

/*
 * The results' styles: in the search-engine chunk with the views, adopted by
 * the element's shadow root once the chunk is here (a constructed style
 * sheet, so a strict style-src CSP allows it), so loa.js does not carry them.
 */
export const resultStyles = css`
  .note,
  .count {
    margin: 0 0 var(--_space);
  }
  .note {
    font-size: 0.9em;
  }
  /* The form's own details, which loa.js leaves out to stay small. */
  label {
    font-weight: 700;
  }
  .hint {
    font-size: 0.9em;
  }
  input {
    border-radius: 0.25em;
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
  .more {
    margin-block-start: calc(0.75 * var(--_space));
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
