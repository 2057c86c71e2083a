import {compareVi, fold} from '../core/text.js';
import {dayKey} from '../core/dates.js';
import {timeSlicer} from '../core/yield.js';
import type {Count, ProgressSheet, RowProblem} from './progress-parse.js';

/*
 * Counts into progress: for each indicator, the commune's figure at its
 * latest date, each village's latest count and the change since the one
 * before, and the commune's figure at every date (the trend). Pure: the
 * element, the kiosk and the bench read the same answer.
 */

/** Reached out of a base, on a day ("yyyy-mm-dd"). */
export interface Figure {
  value: number;
  total: number;
  date: string;
}

/** The commune's figure: `given` when a "Toàn xã" row says it, else the villages' sum. */
export interface CommuneFigure extends Figure {
  given: boolean;
}

export interface AreaProgress {
  area: string;
  /** The area's latest count, which may be older than the indicator's date. */
  now: Figure;
  /** Its count before that, when there is one. */
  previous?: Figure;
}

export interface IndicatorProgress {
  id: string;
  /** The label the spreadsheet gives (first non-empty), else ''. */
  label: string;
  /** Percent, from the latest row that gives one. */
  target?: number;
  /** "yyyy-mm-dd", from the latest row that gives one. */
  deadline?: string;
  /** The indicator's latest date. */
  date: string;
  commune: CommuneFigure;
  /** The commune's figure at the date before, when there is one. */
  previous?: CommuneFigure;
  /** Villages, highest percent first. */
  areas: AreaProgress[];
  /** The commune's figure at each date, oldest first. */
  trend: CommuneFigure[];
}

export interface Progress {
  indicators: IndicatorProgress[];
  problems: RowProblem[];
}

/** Percent reached, 0 for an empty base. */
export function percentOf(figure: {value: number; total: number}): number {
  return figure.total > 0 ? (figure.value / figure.total) * 100 : 0;
}

/** True when the figure reaches the target (percent). */
export function meets(figure: {value: number; total: number}, target: number): boolean {
  return figure.value * 100 >= target * figure.total - 1e-9;
}

/** How many more are needed to reach the target: "còn thiếu 148 người". */
export function shortBy(figure: {value: number; total: number}, target: number): number {
  return Math.max(0, Math.ceil((target * figure.total) / 100 - 1e-9) - figure.value);
}

/** Calendar days from `now` (in Vietnam) to a "yyyy-mm-dd" day: negative once past. */
export function daysUntil(day: string, now: Date): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dayKey(now)}T00:00:00Z`)) / 86_400_000);
}

/** Each area's counts by date, latest last. */
type Series = Count[];

function latestOnOrBefore(series: Series, date: string): Count | undefined {
  for (let i = series.length - 1; i >= 0; i--) if (series[i].date <= date) return series[i];
  return undefined;
}

function indicatorProgress(id: string, counts: Count[]): IndicatorProgress {
  const byArea = new Map<string, Map<string, Count>>();
  let label = '';
  for (const count of counts) {
    label ||= count.label;
    let dates = byArea.get(count.area);
    if (!dates) byArea.set(count.area, (dates = new Map()));
    // Two rows for one area and day: the later row corrects the earlier.
    dates.set(count.date, count);
  }
  const series = new Map<string, Series>();
  for (const [area, dates] of byArea) series.set(area, [...dates.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  const communeRows = series.get('') ?? [];
  const villages = [...series].filter(([area]) => area !== '');
  const dates = [...new Set(counts.map((count) => count.date))].sort();

  const figureAt = (date: string): CommuneFigure => {
    const given = communeRows.find((count) => count.date === date);
    if (given) return {value: given.value, total: given.total, date, given: true};
    let value = 0;
    let total = 0;
    for (const [, rows] of villages) {
      const count = latestOnOrBefore(rows, date);
      if (count) {
        value += count.value;
        total += count.total;
      }
    }
    return {value, total, date, given: false};
  };
  // A date with only a commune row before any village's, or a village's first count: every date has a figure.
  const trend = dates.map(figureAt).filter((figure) => figure.total > 0);
  const date = dates[dates.length - 1];
  const areas: AreaProgress[] = villages.map(([area, rows]) => {
    const now = rows[rows.length - 1];
    const before = rows[rows.length - 2];
    return {
      area,
      now: {value: now.value, total: now.total, date: now.date},
      previous: before ? {value: before.value, total: before.total, date: before.date} : undefined,
    };
  });
  areas.sort((a, b) => percentOf(b.now) - percentOf(a.now) || compareVi(a.area, b.area));
  const latestWith = (pick: (count: Count) => unknown) =>
    counts.reduce<Count | undefined>((best, count) => (pick(count) !== undefined && (!best || count.date >= best.date) ? count : best), undefined);
  return {
    id,
    label,
    target: latestWith((count) => count.target)?.target,
    deadline: latestWith((count) => count.deadline)?.deadline,
    date,
    commune: figureAt(date),
    previous: trend.length > 1 ? trend[trend.length - 2] : undefined,
    areas,
    trend,
  };
}

/** The counts of each indicator, in the order the spreadsheet first names them. */
function byIndicator(sheet: ProgressSheet): Count[][] {
  // "VNeID-2" and "vneid-2" are one indicator, named as first written.
  const keys = new Map<string, string>();
  const groups = new Map<string, Count[]>();
  for (const count of sheet.counts) {
    let key = keys.get(count.indicator);
    if (key === undefined) keys.set(count.indicator, (key = fold(count.indicator)));
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(count);
  }
  return [...groups.values()];
}

/** The progress of every indicator, in the order the spreadsheet first names them. */
export function aggregate(sheet: ProgressSheet): Progress {
  return {indicators: byIndicator(sheet).map((counts) => indicatorProgress(counts[0].indicator, counts)), problems: sheet.problems};
}

/** The same, giving the main thread back between indicators when a slice is used up (core/yield.ts). */
export async function aggregateInSlices(sheet: ProgressSheet, slice: () => Promise<void> | undefined = timeSlicer()): Promise<Progress> {
  const indicators: IndicatorProgress[] = [];
  for (const counts of byIndicator(sheet)) {
    await slice();
    indicators.push(indicatorProgress(counts[0].indicator, counts));
  }
  return {indicators, problems: sheet.problems};
}
