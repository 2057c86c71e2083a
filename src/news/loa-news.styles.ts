import {css} from 'lit';

export const newsStyles = css`
  .list-view[hidden] {
    display: none;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* A long column (a kiosk lists hundreds) lays out only the items near the screen. */
  .list > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .item__image {
    flex: 0 1 10em;
    inline-size: 10em;
    max-inline-size: 100%;
    block-size: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .item__text {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  .item__title {
    margin: 0 0 0.25em;
  }
  .item__open {
    display: inline;
    min-block-size: var(--_target);
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    touch-action: manipulation;
  }
  .item__open:hover {
    text-decoration-thickness: 0.15em;
  }
  .item__date,
  .article__tags {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .item__summary {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 var(--_space);
  }
  .chip {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.25em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: 999em;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
    touch-action: manipulation;
  }
  .topics {
    align-items: center;
  }
  .topics select {
    flex: 1 1 8em;
    min-inline-size: 0;
    min-block-size: var(--_target);
    padding-inline: 0.5em;
    border: 0.125em solid var(--_accent);
    border-radius: 0.25em;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }
  .chip[aria-pressed='true']::before {
    /* A visible tick besides colour; empty alternative text, since aria-pressed already says it. */
    content: '✓ ' / '';
  }
  .empty {
    margin: 0 0 var(--_space);
  }
  .more {
    inline-size: 100%;
  }
  .article {
    display: grid;
    gap: 0.5em;
  }
  .article > * {
    margin-block: 0;
  }
  .article__title:focus {
    outline: none;
  }
  .article__title:focus-visible {
    outline: 0.1875em solid var(--_text);
  }
  .article__tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .article__image,
  .loa-article-body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .back {
    justify-self: start;
  }
  .loa-article-body {
    max-inline-size: 70ch;
  }
  .loa-article-body > :first-child {
    margin-block-start: 0;
  }
  .loa-article-body pre {
    white-space: pre-wrap;
  }
  .loa-article-body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
  }
  .loa-table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .loa-article-body table {
    border-collapse: collapse;
  }
  .loa-article-body th,
  .loa-article-body td {
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  @media (forced-colors: active) {
    .item,
    .chip {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .item__open {
      color: LinkText;
    }
  }
`;
