/*
 * The words <loa-schedule> says about events and days: date ranges, times,
 * countdowns, day names, how many events there are or match. Call these
 * inside a render or `localize()`, so msg() answers in the element's language.
 */
import {msg, str} from '@lit/localize';
import {dateFormat, dayKey, daysBetween, formatLongDate, formatTime} from '../core/dates.js';
import {intlLocale, type Locale} from '../core/locale.js';
import type {ScheduleEvent} from './event-model.js';
import type {Countdown} from './schedule-view.js';
import {addDays, startOfDay} from './zoned-time.js';

const DAY_MS = 86_400_000;

/** "thứ Ba, 30 tháng 9, 2025, từ 08:00 đến 10:30" and the other shapes of a date range. */
export function whenText(event: ScheduleEvent, locale: Locale): string {
  const startDay = dayKey(event.start);
  if (event.allDay) {
    const lastDay = addDays(dayKey(event.end), -1);
    if (lastDay <= startDay) return msg(str`Cả ngày ${formatLongDate(event.start, locale)}`);
    return msg(str`Từ ${formatLongDate(event.start, locale)} đến hết ${formatLongDate(startOfDay(lastDay), locale)}`);
  }
  const start = formatTime(event.start, locale);
  if (event.end.getTime() <= event.start.getTime()) return msg(str`${formatLongDate(event.start, locale)}, lúc ${start}`);
  const end = formatTime(event.end, locale);
  if (dayKey(event.end) === startDay || (dayKey(new Date(event.end.getTime() - 1)) === startDay && end === '00:00')) {
    return msg(str`${formatLongDate(event.start, locale)}, từ ${start} đến ${end}`);
  }
  return msg(str`Từ ${start} ${formatLongDate(event.start, locale)} đến ${end} ${formatLongDate(event.end, locale)}`);
}

function shortDate(date: Date, locale: Locale): string {
  return dateFormat(locale, {day: 'numeric', month: 'numeric', year: 'numeric'}).format(date);
}

/** An event's time in the list under `day` (a day key): "08:00–10:30", "Cả ngày", or under way since an earlier day. */
export function timeLabel(event: ScheduleEvent, day: string, locale: Locale): string {
  if (event.allDay) {
    const days = Math.round((event.end.getTime() - event.start.getTime()) / DAY_MS);
    return days > 1 ? msg(str`Cả ngày (${days} ngày)`) : msg('Cả ngày');
  }
  const startDay = dayKey(event.start);
  if (startDay < day) return msg(str`Đang diễn ra, đến ${formatTime(event.end, locale)} ${shortDate(event.end, locale)}`);
  if (event.end.getTime() <= event.start.getTime()) return formatTime(event.start, locale);
  return `${formatTime(event.start, locale)}–${formatTime(event.end, locale)}`;
}

/** "Hôm nay lúc 08:00", "Ngày mai", "Còn 3 ngày", "Đang diễn ra". */
export function countdownText(countdown: Countdown, locale: Locale): string {
  switch (countdown.kind) {
    case 'ongoing':
      return msg('Đang diễn ra');
    case 'today':
      return countdown.time ? msg(str`Hôm nay lúc ${formatTime(countdown.time, locale)}`) : msg('Hôm nay');
    case 'tomorrow':
      return countdown.time ? msg(str`Ngày mai lúc ${formatTime(countdown.time, locale)}`) : msg('Ngày mai');
    case 'days':
      return msg(str`Còn ${countdown.days} ngày`);
  }
}

/**
 * A day's name in a heading: "Hôm nay" and "Ngày mai" counted from `now`,
 * otherwise the long date. Without `now` (plain dates), always the long date.
 */
export function dayLabel(key: string, locale: Locale, now?: Date): string {
  if (!now) return formatLongDate(startOfDay(key), locale);
  const diff = daysBetween(now, startOfDay(key));
  if (diff === 0) return msg('Hôm nay');
  if (diff === 1) return msg('Ngày mai');
  return formatLongDate(startOfDay(key), locale);
}

/** A day of the month grid for screen readers: "thứ Ba, 7 tháng 10, 2025, 2 sự kiện". */
export function gridDayLabel(key: string, count: number, today: boolean, locale: Locale): string {
  const date = formatLongDate(startOfDay(key), locale);
  const label = count ? msg(str`${date}, ${count} sự kiện`) : msg(str`${date}, không có sự kiện`);
  return today ? `${label} (${msg('hôm nay')})` : label;
}

/** Said when a day of the grid is chosen. */
export function dayChosenText(key: string, count: number, locale: Locale): string {
  return msg(str`${formatLongDate(startOfDay(key), locale)}: ${count} sự kiện.`);
}

/** Said when the grid turns to another month. */
export function monthShownText(month: string, daysWithEvents: number, locale: Locale): string {
  const monthName = monthTitle(month, locale);
  return msg(str`${monthName}: ${daysWithEvents} ngày có sự kiện.`);
}

/** "tháng 10 năm 2025" for a month key. */
export function monthTitle(month: string, locale: Locale): string {
  return dateFormat(locale, {month: 'long', year: 'numeric'}).format(startOfDay(`${month}-01`));
}

/** How many events match the filters: in the month shown, or from now on (from `plainFrom`, a plain date, with plain dates). */
export function countText(n: number, scope: 'month' | 'upcoming', locale: Locale, plainFrom?: Date): string {
  if (scope === 'month') return msg(str`Có ${n} sự kiện trong tháng khớp bộ lọc.`);
  if (plainFrom) return msg(str`Có ${n} sự kiện từ ngày ${formatLongDate(plainFrom, locale)} khớp bộ lọc.`);
  return msg(str`Có ${n} sự kiện sắp tới khớp bộ lọc.`);
}

/** The agenda with nothing to show; with plain dates (`plainFrom`), said from a plain date, never "sắp tới". */
export function emptyText(filtering: boolean, locale: Locale, plainFrom?: Date): string {
  if (plainFrom) {
    const from = formatLongDate(plainFrom, locale);
    return filtering ? msg(str`Không có sự kiện nào từ ngày ${from} khớp bộ lọc.`) : msg(str`Không có sự kiện nào từ ngày ${from}.`);
  }
  return filtering ? msg('Không có sự kiện sắp tới nào khớp bộ lọc.') : msg('Chưa có sự kiện sắp tới.');
}

/** The note over a calendar whose broken events were skipped. */
export function skippedText(skipped: number): string {
  return msg(str`${skipped} sự kiện trong lịch bị lỗi nên không hiển thị.`);
}

/** The note over a calendar cut to its occurrence budget (occurrence-budget.ts): too dense a rule. */
export function truncatedText(kept: number, locale: Locale): string {
  const shown = new Intl.NumberFormat(intlLocale(locale)).format(kept);
  return msg(str`Lịch có sự kiện lặp lại quá nhiều lần nên chỉ hiện ${shown} lần gần nhất; các lần khác không hiển thị.`);
}
