/*
 * Feed dates: RFC 3339 (Atom, JSON Feed) and RFC 822 (RSS), as real feeds write
 * them. A date without a zone is a Vietnamese commune's local time, so it is read
 * in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) rather than the viewer's zone.
 */

/** Asia/Ho_Chi_Minh, in minutes east of UTC. */
const VIETNAM_OFFSET = 7 * 60;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  ICT: VIETNAM_OFFSET,
};

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const RFC822 =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-]\d{2}:?\d{2})|\(?([A-Za-z]{1,5})\)?)?$/;

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return VIETNAM_OFFSET;
  if (/^[Zz]$/.test(zone)) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  // RFC 2822 §4.3: unknown and military zones carry no information; the commune's zone is the best guess.
  return ZONES[zone.toUpperCase()] ?? VIETNAM_OFFSET;
}

function build(
  year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number
): Date | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const date = new Date(Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offset * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads an RFC 3339 or RFC 822 date; undefined when it is neither (or nonsense). */
export function parseFeedDate(value: string | null | undefined): Date | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const iso = RFC3339.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = iso;
    return build(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0.${frac}`) * 1000), offsetMinutes(zone));
  }
  const rfc = RFC822.exec(text);
  if (rfc) {
    const [, d, mon, y, h = '0', mi = '0', s = '0', numericZone, namedZone] = rfc;
    const month = MONTHS.indexOf(mon.toLowerCase());
    let year = Number(y);
    // RFC 822 allowed two-digit years; RFC 2822 reads 00–49 as 20xx.
    if (y.length === 2) year += year < 50 ? 2000 : 1900;
    return build(year, month, +d, +h, +mi, +s, 0, offsetMinutes(numericZone ?? namedZone));
  }
  return undefined;
}
