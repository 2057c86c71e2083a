/*
 * What draws <loa-progress> once a spreadsheet has been read: for each
 * indicator, the sentence first, then the bars by area, the table, and the
 * trend when there is more than one date; the tools (print, export) on
 * websites; the rows that were skipped. <loa-progress> loads this module as a
 * chunk of its own with the first spreadsheet, in parallel with its download
 * and the reader (progress-read.ts), so the entry a page loads up front holds
 * only the element, its styles and the status box.
 *
 * These modules take `html` from 'lit/html.js' (lit-html alone), not from
 * 'lit', and import nothing that does (see howto/howto-views.ts for why).
 */
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import type {Locale} from '../core/locale.js';
import {heading} from '../core/heading.js';
import {announce} from '../core/announcer.js';
import {dayKey} from '../core/dates.js';
import {HEADERS} from './progress-columns.js';
import {parseDay} from './progress-values.js';
import {meets, percentOf, type IndicatorProgress, type Progress} from './progress-model.js';
import {labelOf} from './progress-labels.js';
import {day, problemWords, sentence} from './progress-words.js';
import {renderBars} from './progress-bars.js';
import {renderTrend} from './progress-trend.js';
import {renderAreaTable, renderTrendTable} from './progress-tables.js';
import {progressReader} from './progress-chunks.js';

export {barsName} from './progress-bars.js';
export {progressSheet} from './loa-progress.styles.js';
export {sentence} from './progress-words.js';

export interface ProgressView {
  progress: Progress;
  locale: Locale;
  level: number;
  now: Date;
  /** The `deadline` attribute as written (dd/mm/yyyy or yyyy-mm-dd), for indicators the spreadsheet gives none. */
  deadline: string;
  /** The kiosk: no print or export, tables behind a tap. */
  kiosk: boolean;
  /** Indicators whose tables are open (kiosk). */
  open: ReadonlySet<string>;
  /** The spreadsheet's address, for the printed report. */
  src: string;
  /** The commune's name, for the printed report. */
  commune: string;
  /** How far the indicators are drawn yet, in steps (steps()), one task a step (loa-progress.ts). */
  shown: number;
}

export interface ProgressActions {
  toggle(id: string): void;
  print(): void;
  exportCsv(): void;
}

/*
 * No part of the display is left unlaid-out off screen (content-visibility:
 * auto): in Chromium 150 what it skips leaves the accessibility tree. With
 * it on 200-village indicators, the charts and tables below the screen were
 * missing or unnamed in the tree, and Orca missed a table's caption and said
 * "table with 122 rows" over and over as it moved into one. The drawing in
 * steps below is what keeps the main thread free instead.
 */

/*
 * A large file is drawn a step at a time, one task a step: an indicator's
 * heading, sentence, bars and the words of its first BATCH villages, then
 * the others' words, BATCH villages a step; its table, BATCH rows a step;
 * its trend. 200 villages' bars and table in one task held the main thread
 * for 50–90 ms on the loaded development machine, and a step of its own
 * for the whole table still did (test/bench/progress.bench.ts). A few
 * villages are one step for the bars and one for the table.
 */
const BATCH = 50;

const batches = (indicator: IndicatorProgress) => Math.max(1, Math.ceil(indicator.areas.length / BATCH));

/** An indicator's steps: its bars' batches, its table's, its trend. */
const stepsOf = (indicator: IndicatorProgress) => batches(indicator) * 2 + 1;

/** Every step of the display (ProgressView.shown counts up to it). */
export function steps(progress: Progress): number {
  return progress.indicators.reduce((sum, indicator) => sum + stepsOf(indicator), 0);
}

/**
 * `step`, 1 to stepsOf(): the bars with their first `step × BATCH`
 * villages' words, then the table's rows BATCH at a time, then the trend.
 */
function renderIndicator(indicator: IndicatorProgress, index: number, view: ProgressView, actions: ProgressActions, step: number): TemplateResult {
  const {locale, kiosk} = view;
  const label = labelOf(indicator);
  const open = !kiosk || view.open.has(indicator.id);
  const tableId = `table-${index}`;
  const trendId = `trend-${index}`;
  const hasTrend = indicator.trend.length > 1;
  const n = batches(indicator);
  const toggle = kiosk
    ? html`<button class="loa-button loa-button--secondary toggle" part="button toggle" type="button"
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${hasTrend ? `${tableId} ${trendId}` : tableId}
        @click=${() => actions.toggle(indicator.id)}>
        ${open ? msg('Ẩn bảng số liệu') : msg('Xem bảng số liệu')}
      </button>`
    : nothing;
  return html`<section class="indicator" part="indicator" aria-labelledby=${`heading-${index}`}>
    ${heading(view.level, label, {id: `heading-${index}`, className: 'loa-heading indicator__title'})}
    <p class="sentence" part="sentence">${sentence(indicator, locale, view.now, parseDay(view.deadline))}</p>
    ${indicator.areas.length
      ? // Each part drawn again only when it changes: a step adds to one part, and the others stay as they are.
        guard([indicator, locale, Math.min(step, n)], () => renderBars(indicator, label, locale, Math.min(step, n) * BATCH))
      : nothing}
    ${step > n
      ? html`${toggle}
        ${guard([indicator, locale, open, Math.min(step - n, n)], () => renderAreaTable(indicator, label, locale, tableId, !open, (step - n) * BATCH))}`
      : nothing}
    ${step > n * 2 && hasTrend
      ? html`${heading(view.level, msg('Diễn biến toàn xã'), {offset: 1, className: 'loa-heading trend__title'})}
          ${renderTrend(indicator, label, locale)} ${renderTrendTable(indicator, label, locale, trendId, !open)}`
      : nothing}
  </section>`;
}

function renderProblems(progress: Progress): TemplateResult | typeof nothing {
  const {problems} = progress;
  if (!problems.length) return nothing;
  const shown = problems.slice(0, 20);
  return html`<details class="problems" part="problems">
    <summary>${msg(str`Đã bỏ qua ${problems.length} dòng không đọc được trong bảng tính.`)}</summary>
    <ul>
      ${shown.map((problem) => html`<li>${problemWords(problem)}</li>`)}
      ${problems.length > shown.length ? html`<li>${msg(str`… và ${problems.length - shown.length} dòng khác.`)}</li>` : nothing}
    </ul>
  </details>`;
}

/** The indicators drawn after `shown` steps, each with how far it is drawn. */
function drawn(progress: Progress, shown: number): Array<[IndicatorProgress, number]> {
  const out: Array<[IndicatorProgress, number]> = [];
  let left = shown;
  for (const indicator of progress.indicators) {
    if (left <= 0) break;
    out.push([indicator, Math.min(left, stepsOf(indicator))]);
    left -= stepsOf(indicator);
  }
  return out;
}

/** The whole display. Call inside the element's render. */
export function renderProgress(view: ProgressView, actions: ProgressActions): TemplateResult {
  const {progress, kiosk, locale} = view;
  const today = day(view.now.toISOString().slice(0, 10), locale);
  return html`<div class="progress" part="progress">
    <p class="print-only print-title">
      ${view.commune ? msg(str`Báo cáo tiến độ Bình dân học vụ số — ${view.commune}`) : msg('Báo cáo tiến độ Bình dân học vụ số')}
    </p>
    ${kiosk
      ? nothing
      : html`<div class="tools" part="tools">
          <button class="loa-button loa-button--secondary" part="button print" type="button" @click=${actions.print}>${msg('In báo cáo')}</button>
          <button class="loa-button loa-button--secondary" part="button export" type="button" @click=${actions.exportCsv}>
            ${msg('Tải bảng số liệu (CSV)')}
          </button>
        </div>`}
    ${renderProblems(progress)}
    ${drawn(progress, view.shown).map(([indicator, step], index) =>
      // Drawn again only when what it shows changes: the next steps arrive in later renders.
      guard([indicator, locale, view.level, kiosk, view.open.has(indicator.id), view.deadline, dayKey(view.now), step], () =>
        renderIndicator(indicator, index, view, actions, step)
      )
    )}
    <p class="print-only print-source">${msg(str`Nguồn: ${view.src}. In ngày ${today}.`)}</p>
  </div>`;
}

/**
 * The computed table, for the monthly report: one row per indicator and
 * area, the commune last, with headers this element reads back. Percents
 * keep the reader's decimal mark, so Excel in that language reads them.
 */
export function exportRows(view: Pick<ProgressView, 'progress' | 'locale'>): string[][] {
  const {locale} = view;
  const h = (column: keyof typeof HEADERS) => HEADERS[column][locale === 'vi' ? 'vi' : 'en'];
  const decimal = (p: number) => (Math.round(p * 10) / 10).toFixed(1).replace('.', locale === 'vi' ? ',' : '.');
  const rows: string[][] = [
    [h('date'), h('area'), h('indicator'), h('label'), h('value'), h('total'), h('target'), msg('Tỷ lệ (%)'), msg('Kết quả')],
  ];
  for (const indicator of view.progress.indicators) {
    const label = labelOf(indicator);
    const target = indicator.target === undefined ? '' : decimal(indicator.target);
    const result = (figure: {value: number; total: number}) =>
      indicator.target === undefined ? '' : meets(figure, indicator.target) ? msg('Đạt mục tiêu') : msg('Chưa đạt mục tiêu');
    for (const area of indicator.areas) {
      const {now} = area;
      rows.push([now.date, area.area, indicator.id, label, String(now.value), String(now.total), target, decimal(percentOf(now)), result(now)]);
    }
    const {commune} = indicator;
    rows.push([commune.date, msg('Toàn xã'), indicator.id, label, String(commune.value), String(commune.total), target, decimal(percentOf(commune)), result(commune)]);
  }
  return rows;
}

/**
 * "Tải bảng số liệu (CSV)": fires `loa-progress-export` from the element
 * with `detail: {filename, csv}`, then, unless a listener cancelled it,
 * downloads the file and says so. `localize` runs msg() calls in the
 * element's language (outside its render).
 */
export async function exportFile(
  host: HTMLElement,
  view: Pick<ProgressView, 'progress' | 'locale' | 'now'>,
  localize: <T>(fn: () => T) => T
): Promise<void> {
  const {locale} = view;
  const rows = localize(() => exportRows(view));
  const {toCsv} = await progressReader.load();
  const detail = {filename: `tien-do-${dayKey(view.now)}.csv`, csv: toCsv(rows, locale === 'vi' ? ';' : ',')};
  const event = new CustomEvent('loa-progress-export', {detail, bubbles: true, composed: true, cancelable: true});
  if (!host.dispatchEvent(event)) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([detail.csv], {type: 'text/csv;charset=utf-8'}));
  link.download = detail.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  localize(() => announce(msg(str`Đã tải tệp ${detail.filename}.`), locale));
}
