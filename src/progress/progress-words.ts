/*
 * How <loa-progress> says its figures: numbers, percents and days in the
 * reader's language (vi-VN: "3.052", "76,3 %", "20/10/2026"), and the
 * sentence that comes first for every indicator. Call inside a render or
 * localize(): the words are msg()s.
 */
import {msg, str} from '@lit/localize';
import {intlLocale, type Locale} from '../core/locale.js';
import {dateFormat} from '../core/dates.js';
import {HEADERS, type Column, type RowProblem} from './progress-parse.js';
import {daysUntil, meets, percentOf, shortBy, type Figure, type IndicatorProgress} from './progress-model.js';
import {unitOf} from './progress-labels.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: [number, number], sign = false): Intl.NumberFormat {
  const key = `${locale}|${digits.join()}|${sign}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: digits[0],
      maximumFractionDigits: digits[1],
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format;
}

/** "3.052" (vi), "3,052" (en). */
export function count(n: number, locale: Locale): string {
  return numberFormat(locale, [0, 0]).format(n);
}

/** "+120", "−5", "0". */
export function signedCount(n: number, locale: Locale): string {
  return numberFormat(locale, [0, 0], true).format(n);
}

/** "76,3 %" (vi, with the space Vietnamese typesetting uses), "76.3%" (en); `exact` keeps a target's own digits ("80 %"). */
export function percent(p: number, locale: Locale, exact = false): string {
  const n = numberFormat(locale, exact ? [0, 2] : [1, 1]).format(p);
  return locale === 'vi' ? `${n}\u00a0%` : `${n}%`;
}

/** "+3,1 điểm %": a change in percentage points. */
export function points(p: number, locale: Locale): string {
  const n = numberFormat(locale, [1, 1], true).format(p);
  return msg(str`${n} điểm %`);
}

/** A "yyyy-mm-dd" day: "20/10/2026" (vi), "20 Oct 2026" (en). */
export function day(key: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'vi' ? {day: '2-digit', month: '2-digit', year: 'numeric'} : {day: 'numeric', month: 'short', year: 'numeric'};
  return dateFormat(locale, options, 'UTC').format(new Date(`${key}T00:00:00Z`));
}

/** "148 người"; the number alone for an indicator whose unit Loa does not know. */
export function amount(n: number, id: string, locale: Locale): string {
  const unit = unitOf(id);
  return unit ? `${count(n, locale)} ${unit}` : count(n, locale);
}

/** "3.052/4.000 người". */
export function fraction(figure: {value: number; total: number}, id: string, locale: Locale): string {
  return amount(figure.total, id, locale).replace(count(figure.total, locale), `${count(figure.value, locale)}/${count(figure.total, locale)}`);
}

/** "+120 người (+3,0 điểm %)", the change from `before` to `now`; '' when there is no count before. */
export function change(now: Figure, before: Figure | undefined, id: string, locale: Locale): string {
  if (!before) return '';
  const people = now.value - before.value;
  const unit = unitOf(id);
  const n = signedCount(people, locale);
  return `${unit ? `${n} ${unit}` : n} (${points(percentOf(now) - percentOf(before), locale)})`;
}

/** Met, not met: the word that goes with the icon. */
export function metWord(met: boolean): string {
  return met ? msg('Đạt mục tiêu') : msg('Chưa đạt mục tiêu');
}

/**
 * The sentence first: "Toàn xã: 76,3 % (3.052/4.000 người), mục tiêu 80 % —
 * chưa đạt, còn thiếu 148 người. Số liệu ngày 20/10/2026." Then the change
 * since the count before, and the deadline when there is one.
 */
export function sentence(indicator: IndicatorProgress, locale: Locale, now: Date, deadline?: string): string {
  const {commune, target, id} = indicator;
  const share = percent(percentOf(commune), locale);
  const figure = fraction(commune, id, locale);
  const parts: string[] = [];
  if (target === undefined) parts.push(msg(str`Toàn xã: ${share} (${figure}).`));
  else if (meets(commune, target)) parts.push(msg(str`Toàn xã: ${share} (${figure}), mục tiêu ${percent(target, locale, true)} — đã đạt.`));
  else {
    const missing = amount(shortBy(commune, target), id, locale);
    parts.push(msg(str`Toàn xã: ${share} (${figure}), mục tiêu ${percent(target, locale, true)} — chưa đạt, còn thiếu ${missing}.`));
  }
  parts.push(msg(str`Số liệu ngày ${day(indicator.date, locale)}.`));
  if (indicator.previous) {
    parts.push(msg(str`So với ngày ${day(indicator.previous.date, locale)}: ${change(commune, indicator.previous, id, locale)}.`));
  }
  const due = indicator.deadline ?? deadline;
  if (due) parts.push(deadlineWords(due, now, locale));
  return parts.join(' ');
}

/** "Hạn 31/12/2026: còn 41 ngày." */
export function deadlineWords(due: string, now: Date, locale: Locale): string {
  const days = daysUntil(due, now);
  const date = day(due, locale);
  if (days > 0) return msg(str`Hạn ${date}: còn ${days} ngày.`);
  if (days === 0) return msg(str`Hạn là hôm nay, ${date}.`);
  return msg(str`Đã quá hạn ${date} được ${-days} ngày.`);
}

/** A column as the spreadsheet's header names it: "Tổng (total)". */
export function columnName(column: Column): string {
  return `${HEADERS[column].vi} (${HEADERS[column].en})`;
}

/** Why a row was skipped: "Dòng 7: ô Đạt (value) không phải số nguyên: “abc”." */
export function problemWords(problem: RowProblem): string {
  const {line, text} = problem;
  const column = columnName(problem.column);
  switch (problem.reason) {
    case 'empty':
      return msg(str`Dòng ${line}: ô ${column} để trống.`);
    case 'number':
      return msg(str`Dòng ${line}: ô ${column} không phải số đếm hợp lệ: “${text}”.`);
    case 'date':
      return msg(str`Dòng ${line}: ô ${column} không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd): “${text}”.`);
    case 'percent':
      return msg(str`Dòng ${line}: ô ${column} không phải tỷ lệ phần trăm từ 0 đến 100: “${text}”.`);
    case 'over-total':
      return msg(str`Dòng ${line}: số đạt (${text}) lớn hơn tổng.`);
  }
}
