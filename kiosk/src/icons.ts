/*
 * Tile pictograms. Decorative (the tile's text names it), so aria-hidden;
 * drawn with currentColor so high contrast and forced colours recolour them.
 */
import {svg, html, type TemplateResult} from 'lit';

const icon = (paths: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

export const icons = {
  news: icon(svg`<path d="M4 5h13v14H6a2 2 0 0 1-2-2z M17 8h3v9a2 2 0 0 1-2 2h-1 M7 8h7 M7 11h7 M7 14h4" />`),
  events: icon(svg`<path d="M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5 M8 14h3v3H8z" />`),
  guides: icon(svg`<path d="M5 4h10l4 4v12H5z M14 4v5h5 M8 13h8 M8 16h6" />`),
  qr: icon(svg`<path d="M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h2v2h-2z M18 18h2v2h-2z M14 18h2 M18 14h2" />`),
  progress: icon(svg`<path d="M3 20h18 M5 20v-7h3v7 M10.5 20V9h3v11 M16 20v-9h3v9 M3 6h18" />`),
  search: icon(svg`<path d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z M15.2 15.2L20 20" />`),
  help: icon(svg`<path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14 M12 17h.01" />`),
  a11y: icon(svg`<path d="M12 5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z M5 8l7 1.5L19 8 M12 9.5V14l-3 7 M12 14l3 7" />`),
  home: icon(svg`<path d="M3 11l9-7 9 7 M6 9v11h12V9 M10 20v-6h4v6" />`),
  speech: icon(svg`<path d="M4 9h4l5-4v14l-5-4H4z M16.5 8.5a5 5 0 0 1 0 7 M19 6a8.5 8.5 0 0 1 0 12" />`),
  back: icon(svg`<path d="M15 5l-7 7 7 7" />`),
};
