import {css} from 'lit';

export const newsStyles = css`
  /* An open article takes the list's place… */
  .list-view[data-behind] {
    display: none;
  }
  /* …unless the element is wide enough for both (a kiosk in landscape, a wide page column):
     then the list stays beside the article, the open item marked. Size containment only
     while an article is open, so a page that sizes the element by its content is not
     handed a list of no width. */
  .panes[data-open] {
    container: loa-news / inline-size;
  }
  @container loa-news (min-width: 1100px) and (min-width: 38em) {
    .panes__grid {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: calc(2 * var(--_space));
      align-items: start;
    }
    .list-view[data-behind] {
      display: block;
    }
    /* Beside an article the list is for going to another item: the topic chips, which
       would fill the narrow column, come back with the list alone. */
    .list-view[data-behind] .filters {
      display: none;
    }
    .item:has(.item__open[aria-current='true']) {
      border-color: var(--_accent);
      box-shadow: inset 0.375em 0 0 var(--_accent);
    }
    @media (forced-colors: active) {
      .item:has(.item__open[aria-current='true']) {
        outline: 0.25em solid Highlight;
      }
    }
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* No content-visibility: auto on items, though it would lay out only those near the screen:
     Chromium leaves what it skips out of the accessibility tree (test/components/offscreen-a11y.test.ts). */
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
