/**
 * The Vietnamese lunisolar calendar (âm lịch), by Hồ Ngọc Đức's published
 * algorithm ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/).
 *
 * Months start on the day of the new moon *as seen from the time zone*: the
 * Vietnamese calendar uses UTC+7, the Chinese one UTC+8, and in some years the
 * two disagree (Tết 1985 fell on 21 January in Vietnam, 20 February in China).
 * The zone is a parameter so tests can show both.
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in a leap month (tháng nhuận). */
  leap: boolean;
}

/** Vietnam's zone, in hours east of UTC. */
export const VIETNAM_OFFSET = 7;

const { floor, sin, PI } = Math;

/** Julian day number of a Gregorian (or, before 1582, Julian) date. */
export function julianDay(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  let jd = day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  if (jd < 2299161) jd = day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083;
  return jd;
}

/** Julian day (with fraction) of the k-th new moon after 1900-01-01 13:52 UTC. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  C1 = C1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's ecliptic longitude (radians, 0..2π) at Julian day `jdn` (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - PI * 2 * floor(L / (PI * 2));
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number, offset: number): number {
  return floor(newMoon(k) + 0.5 + offset / 24);
}

/** Which of the 12 solar terms' sectors (0..11) the sun is in at the start of a local day. */
function sunSector(dayNumber: number, offset: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - offset / 24) / PI) * 6);
}

/** The first day of the lunar month that contains the winter solstice of `year` (month 11). */
function lunarMonth11(year: number, offset: number): number {
  const off = julianDay(31, 12, year) - 2415021;
  const k = floor(off / 29.530588853);
  const nm = newMoonDay(k, offset);
  return sunSector(nm, offset) >= 9 ? newMoonDay(k - 1, offset) : nm;
}

/** In a 13-month year, the index (after month 11) of the month without a major solar term. */
function leapMonthOffset(a11: number, offset: number): number {
  const k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, offset), offset);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, offset), offset);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar (Gregorian) calendar day. */
export function solarToLunar(day: number, month: number, year: number, offset = VIETNAM_OFFSET): LunarDate {
  const dayNumber = julianDay(day, month, year);
  const k = floor((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, offset);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, offset);
  let a11 = lunarMonth11(year, offset);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, offset);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, offset);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, offset);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return {day: lunarDay, month: lunarMonth, year: lunarYear, leap};
}

/** The lunar date of a day key ("2025-10-06"). */
export function lunarOfDayKey(key: string, offset = VIETNAM_OFFSET): LunarDate {
  const [y, m, d] = key.split('-').map(Number);
  return solarToLunar(d, m, y, offset);
}

/**
 * Vietnamese wording: "Mùng 8 tháng 8 âm lịch" for days 1–10, "Ngày 15 tháng 8
 * âm lịch" after; months 1 and 12 are "tháng Giêng" and "tháng Chạp", as on
 * every Vietnamese wall calendar; a leap month adds "nhuận".
 */
export function formatLunarVi(date: LunarDate): string {
  const day = date.day <= 10 ? `Mùng ${date.day}` : `Ngày ${date.day}`;
  const month = date.month === 1 ? 'Giêng' : date.month === 12 ? 'Chạp' : String(date.month);
  return `${day} tháng ${month}${date.leap ? ' nhuận' : ''} âm lịch`;
}

/** English wording: "Lunar 8/8", "Lunar 15/4 (leap)". */
export function formatLunarEn(date: LunarDate): string {
  return `Lunar ${date.day}/${date.month}${date.leap ? ' (leap)' : ''}`;
}
