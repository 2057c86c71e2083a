import {css} from 'lit';

/**
 * Shared design tokens and base styles for every element's shadow root.
 *
 * Sizes are in em, never rem: host pages set odd root sizes (62.5% is common),
 * and the widget must follow the text size around it, with a floor of 16px
 * (on .loa-root, out of the page's reach) so a tiny host font cannot make it
 * illegible. --loa-font-size sets the body text size, never below that floor.
 *
 * Public custom properties (all optional):
 * --loa-font-family, --loa-font-size, --loa-color-text, --loa-color-muted,
 * --loa-color-bg, --loa-color-surface, --loa-color-border, --loa-color-accent,
 * --loa-color-accent-text, --loa-color-danger, --loa-color-focus,
 * --loa-radius, --loa-target-size, --loa-space.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* Default contrast: text #1b1b1b on white is 17:1, accent #0b5cad on white is 6.6:1. */
    --_text: var(--loa-color-text, #1b1b1b);
    --_muted: var(--loa-color-muted, #4a4a4a);
    --_bg: var(--loa-color-bg, #ffffff);
    --_surface: var(--loa-color-surface, #f3f5f7);
    --_border: var(--loa-color-border, #6b6b6b);
    --_accent: var(--loa-color-accent, #0b5cad);
    --_accent-text: var(--loa-color-accent-text, #ffffff);
    --_danger: var(--loa-color-danger, #a4161a);
    --_focus: var(--loa-color-focus, #ffbf00);
    --_radius: var(--loa-radius, 0.5em);
    --_target: var(--loa-target-size, 2.75em);
    --_space: var(--loa-space, 1em);
    /* The body text size asked for: the page's text size unless a theme sets one. */
    --_font-size: var(--loa-font-size, 1em);
    color: var(--_text);
    font-family: var(--loa-font-family, inherit);
    /* No font-size here: a page rule on the host ("* { font-size: 12px }") beats any :host
       rule. The floor is set on .loa-root, which only this shadow root styles. */
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .loa-root {
    line-height: 1.5;
    overflow-wrap: anywhere;
    word-break: normal;
    /* Body text is never under 16px, whatever the page does to the host. An em here is the
       host's size, so larger page text (or a larger --loa-font-size) is followed. */
    font-size: max(16px, var(--_font-size));
    letter-spacing: inherit;
    color: var(--_text);
    background: var(--_bg);
  }
  .loa-root *,
  .loa-root *::before,
  .loa-root *::after {
    box-sizing: border-box;
  }
  .loa-root p,
  .loa-root li {
    line-height: 1.5;
  }
  .loa-heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.5;
    font-weight: 700;
  }
  .loa-root a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .loa-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    /* 1.5 like body text: stacked Vietnamese diacritics (ệ, ở) need the room when a label wraps. */
    line-height: 1.5;
    cursor: pointer;
    touch-action: manipulation;
  }
  .loa-button--secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .loa-button[disabled],
  .loa-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .loa-root :focus-visible {
    outline: 0.1875em solid var(--_text);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.375em var(--_focus);
  }
  .loa-status {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_surface);
  }
  .loa-status p {
    margin: 0 0 0.5em;
  }
  .loa-status--error {
    border-color: var(--_danger);
  }
  .loa-status__detail {
    color: var(--_muted);
  }
  /* "Chi tiết kỹ thuật": a parser's words for a webmaster, folded away (content-status.ts). */
  .loa-status__tech {
    margin: 0 0 0.5em;
  }
  .loa-status__tech summary {
    /* A full-size target; the disclosure triangle stays (display is left as list-item). */
    padding-block: max(0px, (var(--_target) - 1.5em) / 2);
    inline-size: fit-content;
    color: var(--_accent);
    cursor: pointer;
    touch-action: manipulation;
  }
  .loa-status__tech code {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .loa-root *,
    .loa-root *::before,
    .loa-root *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .loa-button {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
    .loa-root :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .loa-status {
      border: 0.125em solid CanvasText;
    }
  }
`;
