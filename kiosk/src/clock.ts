/*
 * Whether the kiosk's clock can be believed. Kiosk PCs lose their clock: a
 * dead CMOS battery starts them at 2000-01-01, a bad NTP setup drifts. A
 * clock before the build, or more than a year after the newest content the
 * kiosk has seen, is wrong. Then staff see a warning in the status view, and
 * residents see plain dates only ("Hôm nay", "còn 3 ngày" and "sắp tới" would
 * be lies), anchored at the best time the kiosk knows.
 */

export type ClockProblem = 'before-build' | 'after-content';

export interface ClockCheck {
  /** Set when the clock cannot be trusted. */
  problem?: ClockProblem;
  /** The time to show content against: the clock, or the best estimate when it is wrong. */
  estimate: Date;
}

const YEAR_MS = 365 * 86_400_000;

/**
 * `now` is the kiosk's clock, `built` the build time, `newestContent` the
 * newest date the content knows of (a news item, a server's Date header).
 */
export function checkClock(now: Date, built: Date, newestContent?: Date): ClockCheck {
  if (!Number.isNaN(built.getTime()) && now < built) {
    return {problem: 'before-build', estimate: newestContent && newestContent > built ? newestContent : built};
  }
  if (newestContent && now.getTime() > newestContent.getTime() + YEAR_MS) {
    return {problem: 'after-content', estimate: newestContent};
  }
  return {estimate: now};
}

/** When this kiosk was built (a build-time constant; an invalid date in development). */
export function buildTime(): Date {
  return new Date(typeof __KIOSK_BUILT__ === 'string' ? __KIOSK_BUILT__ : NaN);
}
