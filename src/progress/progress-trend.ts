/*
 * The commune's figure over the reporting dates, a small line chart, when
 * there is more than one date. Like the bars: one image with a name that
 * says where it started and where it stands, the points labelled in text,
 * the target as a labelled line, and a table beside it (progress-tables.ts).
 */
// From 'lit/html.js', not 'lit': this module is in the progress-views chunk (see progress-views.ts).
import {html, nothing, svg, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import {percentOf, type IndicatorProgress} from './progress-model.js';
import {day, percent} from './progress-words.js';

export function trendName(indicator: IndicatorProgress, label: string, locale: Locale): string {
  const {trend} = indicator;
  const first = trend[0];
  const last = trend[trend.length - 1];
  return msg(
    str`Biểu đồ đường ${label}, toàn xã: từ ${percent(percentOf(first), locale)} ngày ${day(first.date, locale)} đến ${percent(percentOf(last), locale)} ngày ${day(last.date, locale)}, qua ${trend.length} lần báo cáo.`
  );
}

export function renderTrend(indicator: IndicatorProgress, label: string, locale: Locale): TemplateResult | typeof nothing {
  const {trend, target} = indicator;
  if (trend.length < 2) return nothing;
  // The plot takes 10–90 % of the width and 20–80 % of the height (the dates and the target's legend below), its scale the figures' own
  // range (with the target) in tens of percent: a month's progress is seen, not flattened.
  const values = trend.map((figure) => percentOf(figure)).concat(target ?? []);
  const low = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  const x = (i: number) => `${10 + (80 * i) / (trend.length - 1)}%`;
  const y = (p: number) => `${80 - (60 * (p - low)) / (high - low || 1)}%`;
  const points = trend.map((figure, i) => ({x: x(i), y: y(percentOf(figure)), p: percentOf(figure), date: figure.date}));
  return html`<svg class="trend" part="trend" role="img" aria-label=${trendName(indicator, label, locale)} width="100%" height="13em" focusable="false">
    <line class="axis" x1="10%" x2="90%" y1="80%" y2="80%" />
    ${target === undefined
      ? nothing
      : svg`<line class="target" x1="10%" x2="90%" y1=${y(target)} y2=${y(target)} />
        <svg class="legend" x="10%" y="100%" width="1" height="1" overflow="visible">
          <line class="target" x1="0" x2="2em" y1="-0.55em" y2="-0.55em" />
          <text class="target-label" x="2.5em" y="-0.2em">${msg(str`Mục tiêu ${percent(target, locale, true)}`)}</text>
        </svg>`}
    ${points.slice(1).map((point, i) => svg`<line class="line" x1=${points[i].x} y1=${points[i].y} x2=${point.x} y2=${point.y} />`)}
    ${points.map(
      (point, i) => svg`<circle class="point" cx=${point.x} cy=${point.y} r="0.3em" />
        <text x=${point.x} y=${point.y} dy="-0.7em" text-anchor=${i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}>${percent(point.p, locale)}</text>
        <text class="date" x=${point.x} y="80%" dy="1.4em" text-anchor=${i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}>${day(point.date, locale)}</text>`
    )}
  </svg>`;
}
