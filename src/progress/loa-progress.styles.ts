/*
 * <loa-progress>'s styles, adopted by the element when its views arrive (a
 * lazy chunk: progress-views.ts), so that loa.js carries none of them. A plain
 * string, built into a constructable style sheet once (progressSheet), which
 * strict CSPs allow as they allow Lit's own. The local `css` tag returns the
 * text as written; the build minifies it like every css`…` template.
 */
const css = (strings: TemplateStringsArray): string => strings.join('');

const progressCss = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  .indicator {
    margin-block: 0 calc(var(--_space) * 2);
  }
  .loa-heading {
    margin: 0 0 0.5em;
    line-height: 1.3;
  }
  .sentence {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  svg {
    display: block;
    overflow: visible;
    margin-block: 0.5em var(--_space);
    fill: currentColor;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1px;
    /* The bars' box is stretched across (progress-bars.ts): the outline stays 1px. */
    vector-effect: non-scaling-stroke;
  }
  .fill,
  .point {
    fill: var(--_accent);
  }
  .fill--unmet {
    fill: var(--loa-progress-unmet, #b34700);
  }
  .icon {
    fill: none;
    stroke-width: 2.5;
    stroke: var(--_accent);
  }
  .icon--unmet {
    stroke: var(--loa-progress-unmet, #b34700);
  }
  .target,
  .line,
  .axis {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .target {
    stroke-dasharray: 6 4;
  }
  .line {
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  .target-label,
  .date {
    font-size: 0.875em;
  }
  .trend {
    max-width: 40em;
  }
  .trend__title {
    font-size: 1em;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block-end: var(--_space);
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    /* Words wrap whole (the root breaks anywhere); a table wider than the element scrolls in its region. */
    overflow-wrap: normal;
    border: 1px solid var(--_border);
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  /* Met or not, as a mark after the word; the word says it to a screen reader, so the mark is not spoken (the "/ ''"). */
  .mark::after {
    margin-inline-start: 0.3em;
  }
  .mark--met::after {
    content: '✓';
    content: '✓' / '';
  }
  .mark--unmet::after {
    content: '✗';
    content: '✗' / '';
  }
  thead th,
  tfoot th,
  tfoot td {
    background: var(--_surface);
  }
  .toggle {
    margin-block-end: var(--_space);
  }
  .problems {
    margin-block-end: var(--_space);
  }
  .print-only {
    display: none;
  }
  :host([kiosk]) .sentence {
    font-size: 1.25em;
  }
  :host([kiosk]) .bars {
    font-size: 1.2em;
  }
  @media (forced-colors: active) {
    .fill,
    .point,
    .fill--unmet {
      fill: CanvasText;
    }
    .icon,
    .line {
      stroke: CanvasText;
    }
  }
  @media print {
    .tools,
    .toggle,
    .problems {
      display: none;
    }
    .print-only {
      display: block;
    }
    .table-wrap[hidden] {
      display: block;
    }
    .table-wrap {
      overflow: visible;
    }
    .indicator {
      break-inside: avoid-page;
    }
    .print-title {
      font-size: 1.5em;
      font-weight: 700;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** The style sheet, built on first use and shared by every <loa-progress>. */
export function progressSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(progressCss);
  }
  return sheet;
}
