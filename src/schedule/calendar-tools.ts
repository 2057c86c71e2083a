/*
 * Everything <loa-schedule> needs once it has a calendar, and not before: the
 * readers (with ical.js behind them), lunar dates and the .ics export. One
 * lazy chunk, loaded with the first calendar in parallel with its download.
 */
export {parseCalendar} from './parse-calendar.js';
export {formatLunarEn, formatLunarVi, lunarOfDayKey} from './lunar.js';
export {eventToIcs, icsFileName} from './ics-export.js';
