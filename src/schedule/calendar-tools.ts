/*
 * Everything <loa-schedule> needs once it has a calendar, and not before: the
 * readers (with ical.js behind them), lunar dates, the .ics export, and the
 * views only a calendar with events shows: the month grid and an open event's
 * details. One lazy chunk, loaded with the first calendar in parallel with its
 * download; a schedule only exists once it has arrived.
 */
export {parseCalendar} from './parse-calendar.js';
export {formatLunarEn, formatLunarVi, lunarOfDayKey} from './lunar.js';
export {eventToIcs, icsFileName} from './ics-export.js';
export {renderMonth} from './schedule-month.js';
export {renderDetail} from './event-detail.js';
