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

/** A tick and a cross in a 16-unit box, as path data from its top at `y`; the ticks' and crosses' paths join them all. */
const tick = (y: number) => `M2 ${y + 8.5}l4 4 8-9`;
const cross = (y: number) => `M3 ${y + 3}l10 10m0-10L3 ${y + 13}`;
/** One bar, `width` units wide (100 is the chart's width), at `y` em: one rectangle of a path. */
const bar = (y: number, width: number) => `M0 ${y}h${width}v1.1H0z`;

/*
 * A village is two lines of text, and everything else is drawn a whole
 * chart at a time: one path for the tracks, one for the bars that meet the
 * target, one for those short of it, one of ticks and one of crosses. A
 * chart of 200 villages was 1,400 elements, and laying them out held the
 * main thread for most of a frame (test/bench/progress.bench.ts). The
 * bars are in a box whose units are percent across and em down
 * (preserveAspectRatio="none"), the marks in one whose units are 1/16 em.
 */
/** The chart's height, in em. */
export function barsHeight({areas, target}: IndicatorProgress): number {
  return TOP + areas.length * (target === undefined ? ROW : ROW_WITH_TARGET);
}

/** `words`: how many villages' words are drawn yet (progress-views.ts draws a large chart's a batch at a time). */
export function renderBars(indicator: IndicatorProgress, label: string, locale: Locale, words = Infinity): TemplateResult {
  const {areas, target} = indicator;
  const row = target === undefined ? ROW : ROW_WITH_TARGET;
  const height = barsHeight(indicator);
  const at = (p: number) => Math.min(100, Math.max(0, p));
  let tracks = '';
  let met = '';
  let unmet = '';
  let ticks = '';
  let crosses = '';
  const lines: TemplateResult[] = [];
  areas.forEach((area, i) => {
    const p = percentOf(area.now);
    const y = TOP + i * row;
    // Two lines of text, so a narrow element (a phone, a sidebar) still shows all of it.
    const name = i < words ? `${area.area}: ${percent(p, locale)}` : '';
    if (target === undefined) {
      tracks += bar(y + 1.5, 100);
      met += bar(y + 1.5, at(p));
      if (name) lines.push(svg`<text x="0" y="${y + 1}em">${name}</text>`);
      return;
    }
    const reached = meets(area.now, target);
    tracks += bar(y + 2.8, 100);
    if (reached) {
      met += bar(y + 2.8, at(p));
      ticks += tick((y + 1.45) * 16);
    } else {
      unmet += bar(y + 2.8, at(p));
      crosses += cross((y + 1.45) * 16);
    }
    if (name) lines.push(svg`<text x="0" y="${y + 1}em">${name}</text><text x="1.4em" y="${y + 2.3}em">${metWord(reached)}</text>`);
  });
  return html`<svg class="bars" part="bars" role="img" aria-label=${barsName(indicator, label, locale)}
      width="100%" height="${height}em" focusable="false">
    <svg width="100%" height="${height}em" viewBox="0 0 100 ${height}" preserveAspectRatio="none">
      <path class="track" d=${tracks} />
      <path class="fill" d=${met} />
      <path class="fill fill--unmet" d=${unmet} />
    </svg>
    <svg width="1em" height="${height}em" viewBox="0 0 16 ${height * 16}">
      <path class="icon icon--met" d=${ticks} />
      <path class="icon icon--unmet" d=${crosses} />
    </svg>
    ${lines}
    ${target === undefined
      ? ''
      : svg`<line class="target" x1="${at(target)}%" x2="${at(target)}%" y1="1.2em" y2="${height}em" />
        <text class="target-label" x="${at(target)}%" y="1em" text-anchor=${target > 50 ? 'end' : 'start'}>${msg(str`Mục tiêu ${percent(target, locale, true)}`)}</text>`}
  </svg>`;
}
