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

/** A percent cell: the figure, then, against a target, a mark and the word. */
function percentCell(figure: {value: number; total: number}, target: number | undefined, locale: Locale): TemplateResult {
  const p = percent(percentOf(figure), locale);
  if (target === undefined) return html`<td>${p}</td>`;
  const met = meets(figure, target);
  return html`<td>${p} <span class=${met ? 'mark mark--met' : 'mark mark--unmet'}><span aria-hidden="true">${met ? '✓' : '✗'}</span> ${metWord(met)}</span></td>`;
}

function wrap(id: string, captionId: string, table: TemplateResult, hidden: boolean): TemplateResult {
  // A region with a name, focusable, so a keyboard can scroll a table wider than the element.
  return html`<div class="table-wrap" part="table-wrap" id=${id} role="region" aria-labelledby=${captionId} tabindex="0" ?hidden=${hidden}>${table}</div>`;
}

export function renderAreaTable(indicator: IndicatorProgress, label: string, locale: Locale, id: string, hidden: boolean): TemplateResult {
  const {areas, commune, target, date} = indicator;
  const captionId = `${id}-caption`;
  const row = (name: TemplateResult | string, now: Figure, before: Figure | undefined, header: 'row' | 'total') => html`<tr class=${header}>
    <th scope="row">${name}</th>
    <td>${count(now.value, locale)}</td>
    <td>${count(now.total, locale)}</td>
    ${percentCell(now, target, locale)}
    <td>${change(now, before, indicator.id, locale) || msg('—')}</td>
  </tr>`;
  const areaName = (area: string, own: string) =>
    own === date ? area : html`${area} <span class="own-date">${msg(str`(số liệu ngày ${day(own, locale)})`)}</span>`;
  return wrap(
    id,
    captionId,
    html`<table part="table">
      <caption id=${captionId}>${msg(str`${label}: theo khu vực, số liệu ngày ${day(date, locale)}`)}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Khu vực')}</th>
          <th scope="col">${msg('Số đạt')}</th>
          <th scope="col">${msg('Tổng')}</th>
          <th scope="col">${msg('Tỷ lệ')}</th>
          <th scope="col">${msg('Thay đổi so với lần trước')}</th>
        </tr>
      </thead>
      <tbody>
        ${areas.map((area) => row(areaName(area.area, area.now.date), area.now, area.previous, 'row'))}
      </tbody>
      <tfoot>${row(msg('Toàn xã'), commune, indicator.previous, 'total')}</tfoot>
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
      <thead>
        <tr>
          <th scope="col">${msg('Ngày')}</th>
          <th scope="col">${msg('Số đạt')}</th>
          <th scope="col">${msg('Tổng')}</th>
          <th scope="col">${msg('Tỷ lệ')}</th>
          <th scope="col">${msg('Thay đổi so với lần trước')}</th>
        </tr>
      </thead>
      <tbody>
        ${trend.map(
          (figure: CommuneFigure, i) => html`<tr>
            <th scope="row">${day(figure.date, locale)}</th>
            <td>${count(figure.value, locale)}</td>
            <td>${count(figure.total, locale)}</td>
            ${percentCell(figure, target, locale)}
            <td>${change(figure, trend[i - 1], indicator.id, locale) || msg('—')}</td>
          </tr>`
        )}
      </tbody>
    </table>`,
    hidden
  );
}
