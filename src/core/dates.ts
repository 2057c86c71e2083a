import {intlLocale, type Locale} from './locale.js';

/** Every commune is in Vietnam; Intl takes the zone by name. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A clock: tests and demos pass a fixed one through the `now` attribute. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Reads a `now` attribute (ISO 8601). An empty or invalid value means the real time. */
export function clockFrom(now: string | null | undefined): Clock {
  if (!now) return systemClock;
  const fixed = new Date(now);
  return Number.isNaN(fixed.getTime()) ? systemClock : () => new Date(fixed);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat in the commune's zone with a 24-hour clock. */
export function dateFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
  timeZone = TIME_ZONE
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone,
      hourCycle: 'h23',
      ...options,
    });
    formatters.set(key, format);
  }
  return format;
}

/** "08:15" */
export function formatTime(date: Date, locale: Locale): string {
  return dateFormat(locale, {hour: '2-digit', minute: '2-digit'}).format(date);
}

/** "30/9" in Vietnamese, "30 Sept" in English. */
export function formatShortDate(date: Date, locale: Locale): string {
  return dateFormat(locale, {day: 'numeric', month: locale === 'vi' ? 'numeric' : 'short'}).format(date);
}

/** "thứ Ba, 30 tháng 9, 2025" */
export function formatLongDate(date: Date, locale: Locale): string {
  return dateFormat(locale, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}).format(date);
}

/** "30/9/2025, 08:00" style, with the year. */
export function formatDateTime(date: Date, locale: Locale): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * Day keys already asked of Intl, by zone and quarter hour. Every zone's
 * offset since 1912 is a whole number of quarter hours, so no quarter hour
 * (counted from the epoch) holds a local midnight inside it: one key each.
 * A calendar asks for thousands of occurrences; Intl's formatToParts for
 * each cost a slow PC tens of milliseconds in the render that opens it.
 */
const dayKeys = new Map<string, string>();
const QUARTER_HOUR_MS = 900_000;

/** The calendar day of `date` in the zone, as "YYYY-MM-DD" (sortable, usable as a key). */
export function dayKey(date: Date, timeZone = TIME_ZONE): string {
  const memo = `${timeZone}|${Math.floor(date.getTime() / QUARTER_HOUR_MS)}`;
  let key = dayKeys.get(memo);
  if (key === undefined) {
    const parts = dateFormat('en', {year: 'numeric', month: '2-digit', day: '2-digit'}, timeZone).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    key = `${get('year')}-${get('month')}-${get('day')}`;
    // Bounded: a long-running kiosk meets new days forever.
    if (dayKeys.size >= 20_000) dayKeys.clear();
    dayKeys.set(memo, key);
  }
  return key;
}

/** Whole calendar days from `from` to `to`, counted in the zone (not 24-hour blocks). */
export function daysBetween(from: Date, to: Date, timeZone = TIME_ZONE): number {
  const toUtcMidnight = (key: string) => Date.parse(`${key}T00:00:00Z`);
  return Math.round((toUtcMidnight(dayKey(to, timeZone)) - toUtcMidnight(dayKey(from, timeZone))) / 86_400_000);
}

/** A machine-readable value for `<time datetime>`. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
