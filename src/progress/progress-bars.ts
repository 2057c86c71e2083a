/*
 * One bar per area, highest first, and the target as a line labelled in
 * text. Each row says the area, its percent and, against a target, "Đạt mục
 * tiêu" or "Chưa đạt mục tiêu" with a tick or a cross: never colour alone.
 * The SVG is one image (role="img") whose name sums it up; the table beside
 * it is its full equivalent. Lengths are in em and percent, so the text
 * follows the page's size and the bars the element's width.
 */
// From 'lit/html.js', not 'lit': this module is in the progress-views chunk (see progress-views.ts).
import {html, svg, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import {meets, percentOf, type IndicatorProgress} from './progress-model.js';
import {metWord, percent} from './progress-words.js';

/** Height of one area's row, in em: the area and its percent, met or not (against a target), then the bar. */
const ROW = 3;
const ROW_WITH_TARGET = 4.3;
/** The first row holds the target's label. */
const TOP = 1.75;

/** The name of the chart: what it shows, how many areas meet the target, the highest and the lowest. */
export function barsName(indicator: IndicatorProgress, label: string, locale: Locale): string {
  const {areas, target} = indicator;
  const first = areas[0];
  const last = areas[areas.length - 1];
  const ends = msg(
    str`Cao nhất: ${first.area}, ${percent(percentOf(first.now), locale)}; thấp nhất: ${last.area}, ${percent(percentOf(last.now), locale)}.`
  );
  if (target === undefined) return `${msg(str`Biểu đồ cột ${label}, ${areas.length} khu vực.`)} ${ends}`;
  const met = areas.filter((a) => meets(a.now, target)).length;
  return `${msg(str`Biểu đồ cột ${label}: ${met} trên ${areas.length} khu vực đạt mục tiêu ${percent(target, locale, true)}.`)} ${ends}`;
}

/** A tick or a cross in a 1em box at `y` em, drawn, so no font is needed. */
function icon(met: boolean, y: number): TemplateResult {
  return svg`<svg x="0" y="${y}em" width="1em" height="1em" viewBox="0 0 16 16">
    <path class=${met ? 'icon icon--met' : 'icon icon--unmet'} d=${met ? 'M2 8.5l4 4 8-9' : 'M3 3l10 10m0-10L3 13'} />
  </svg>`;
}

export function renderBars(indicator: IndicatorProgress, label: string, locale: Locale): TemplateResult {
  const {areas, target} = indicator;
  const row = target === undefined ? ROW : ROW_WITH_TARGET;
  const height = TOP + areas.length * row;
  const at = (p: number) => `${Math.min(100, Math.max(0, p))}%`;
  return html`<svg class="bars" part="bars" role="img" aria-label=${barsName(indicator, label, locale)}
      width="100%" height="${height}em" focusable="false">
    ${areas.map((area, i) => {
      const p = percentOf(area.now);
      const met = target === undefined ? undefined : meets(area.now, target);
      const y = TOP + i * row;
      // Two lines of text, so a narrow element (a phone, a sidebar) still shows all of it.
      const bar = met === undefined ? y + 1.5 : y + 2.8;
      return svg`<g class=${met === undefined ? 'bar' : met ? 'bar bar--met' : 'bar bar--unmet'}>
        <text x="0" y="${y + 1}em">${area.area}: ${percent(p, locale)}</text>
        ${met === undefined ? '' : svg`${icon(met, y + 1.45)}<text class="met" x="1.4em" y="${y + 2.3}em">${metWord(met)}</text>`}
        <rect class="track" x="0" y="${bar}em" width="100%" height="1.1em" rx="0.2em" />
        <rect class="fill" x="0" y="${bar}em" width=${at(p)} height="1.1em" rx="0.2em" />
      </g>`;
    })}
    ${target === undefined
      ? ''
      : svg`<line class="target" x1=${at(target)} x2=${at(target)} y1="1.2em" y2="${height}em" />
        <text class="target-label" x=${at(target)} y="1em" text-anchor=${target > 50 ? 'end' : 'start'}>${msg(str`Mục tiêu ${percent(target, locale, true)}`)}</text>`}
  </svg>`;
}
