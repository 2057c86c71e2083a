import {TIME_ZONE, dateFormat} from '../core/dates.js';

/*
 * Wall-clock times in a named zone → instants. iCalendar files name zones
 * (TZID) that may have no VTIMEZONE, and floating times belong to the
 * commune's zone; Intl knows the IANA database, including old aliases such
 * as Asia/Saigon, so it does the arithmetic.
 */

const known = new Map<string, string | undefined>();

/**
 * The IANA name Intl accepts for `tzid`, or undefined. Understands the path
 * prefixes some generators add ("/freeassociation.sourceforge.net/Tzfile/Asia/Saigon").
 */
export function resolveZone(tzid: string | null | undefined): string | undefined {
  if (!tzid) return undefined;
  if (known.has(tzid)) return known.get(tzid);
  const candidates = [tzid.trim()];
  const tail = /([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.exec(tzid.trim());
  if (tail) candidates.push(tail[1]);
  let found: string | undefined;
  for (const candidate of candidates) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: candidate});
      found = candidate;
      break;
    } catch {
      // not a zone Intl knows
    }
  }
  known.set(tzid, found);
  return found;
}

/** The zone's offset from UTC in milliseconds at `instant`. */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts = dateFormat(
    'en',
    {year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'},
    timeZone
  ).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const VIETNAM = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);
const VIETNAM_SINCE = Date.UTC(1975, 5, 13); // one zone (UTC+7, no DST) since 13 June 1975

/** The instant a wall-clock time in `timeZone` (default: the commune's) denotes. */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  timeZone: string = TIME_ZONE
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The fast path matters: a year of weekly sessions is thousands of conversions.
  if (VIETNAM.has(timeZone) && wall > VIETNAM_SINCE) return new Date(wall - 7 * 3_600_000);
  let guess = wall - zoneOffset(wall, timeZone);
  const second_ = wall - zoneOffset(guess, timeZone);
  if (second_ !== guess) guess = second_;
  return new Date(guess);
}

/** Midnight starting a calendar day ("2025-10-10") in the commune's zone. */
export function startOfDay(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return zonedToInstant(y, m, d);
}

/** The day key `days` days after `key`. */
export function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
