/*
 * The tables, the charts' accessible equivalents: by area (reached, total,
 * percent, change since the count before) and, when there is more than one
 * date, the commune by date. Real tables: a caption, column and row headers.
 * Cells wrap and the table scrolls in its own focusable region when it is
 * wider than the element, so nothing is ever clipped.
 */
// From 'lit/html.js', not 'lit': this module is in the progress-views chunk (see progress-views.ts).
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import {meets, percentOf, type CommuneFigure, type Figure, type IndicatorProgress} from './progress-model.js';
import {change, count, day, metWord, percent} from './progress-words.js';

/*
 * One template per row, the percent cell in it rather than a template of its
 * own: a village table of 200 rows made 400 template instances, each cloned
 * and filled in (test/bench/progress.bench.ts).
 */

/** A row: its header, reached, total, the percent (against a target, with a mark and the word), the change. */
function row(
  header: TemplateResult | string,
  figure: {value: number; total: number},
  target: number | undefined,
  change: string,
  locale: Locale,
  className?: string
): TemplateResult {
  const p = percent(percentOf(figure), locale);
  const reached = count(figure.value, locale);
  const total = count(figure.total, locale);
  const kind = className ?? nothing;
  if (target === undefined) {
    return html`<tr class=${kind}><th scope="row">${header}</th><td>${reached}</td><td>${total}</td><td>${p}</td><td>${change}</td></tr>`;
  }
  // The percent and the word are one text: the mark, a tick or a cross, is drawn by the styles and not spoken
  // (.mark). With the mark an aria-hidden element between them, Orca said the cell in two, its column header twice.
  const met = meets(figure, target);
  return html`<tr class=${kind}><th scope="row">${header}</th><td>${reached}</td><td>${total}</td><td
      class=${met ? 'mark mark--met' : 'mark mark--unmet'}>${`${p} ${metWord(met)}`}</td><td>${change}</td></tr>`;
}

function wrap(id: string, captionId: string, table: TemplateResult, hidden: boolean): TemplateResult {
  // A region with a name, focusable, so a keyboard can scroll a table wider than the element.
  return html`<div class="table-wrap" part="table-wrap" id=${id} role="region" aria-labelledby=${captionId} tabindex="0" ?hidden=${hidden}>${table}</div>`;
}

/** `rows`: how many villages' rows are drawn yet (progress-views.ts draws a large table a batch at a time). */
/** The column headers both tables share, after their first column's (an area, or a date). */
const head = (first: string) =>
  html`<thead>
    <tr>
      <th scope="col">${first}</th>
      <th scope="col">${msg('Số đạt')}</th>
      <th scope="col">${msg('Tổng')}</th>
      <th scope="col">${msg('Tỷ lệ')}</th>
      <th scope="col">${msg('Thay đổi so với lần trước')}</th>
    </tr>
  </thead>`;

export function renderAreaTable(indicator: IndicatorProgress, label: string, locale: Locale, id: string, hidden: boolean, rows = Infinity): TemplateResult {
  const {areas, commune, target, date} = indicator;
  const captionId = `${id}-caption`;
  const areaRow = (name: TemplateResult | string, now: Figure, before: Figure | undefined, kind: 'row' | 'total') =>
    row(name, now, target, change(now, before, indicator.id, locale) || msg('—'), locale, kind);
  const areaName = (area: string, own: string) =>
    own === date ? area : html`${area} <span class="own-date">${msg(str`(số liệu ngày ${day(own, locale)})`)}</span>`;
  return wrap(
    id,
    captionId,
    html`<table part="table">
      <caption id=${captionId}>${msg(str`${label}: theo khu vực, số liệu ngày ${day(date, locale)}`)}</caption>
      ${head(msg('Khu vực'))}
      <tbody>
        ${areas.slice(0, rows).map((area) => areaRow(areaName(area.area, area.now.date), area.now, area.previous, 'row'))}
      </tbody>
      <tfoot>${areaRow(msg('Toàn xã'), commune, indicator.previous, 'total')}</tfoot>
    </table>`,
    hidden
  );
}

export function renderTrendTable(indicator: IndicatorProgress, label: string, locale: Locale, id: string, hidden: boolean): TemplateResult | typeof nothing {
  const {trend, target} = indicator;
  if (trend.length < 2) return nothing;
  const captionId = `${id}-caption`;
  return wrap(
    id,
    captionId,
    html`<table part="table">
      <caption id=${captionId}>${msg(str`${label}: toàn xã theo ngày báo cáo`)}</caption>
      ${head(msg('Ngày'))}
      <tbody>
        ${trend.map(
          (figure: CommuneFigure, i) =>
            row(day(figure.date, locale), figure, target, change(figure, trend[i - 1], indicator.id, locale) || msg('—'), locale)
        )}
      </tbody>
    </table>`,
    hidden
  );
}
