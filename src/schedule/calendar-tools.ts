/*
 * Everything <loa-schedule> needs once it has a calendar, and not before: the
 * readers (with ical.js behind them) and the views of events: the agenda with
 * lunar dates, the month grid, an open event's details with the .ics export,
 * and the places as toggle buttons (`place-filter="buttons"`).
 * One lazy chunk, loaded with the first calendar in parallel with its
 * download. A schedule only exists once this has arrived, so the views are
 * always there when there are events to show.
 */
export {parseCalendar} from './parse-calendar.js';
export {renderAgenda, renderNext} from './schedule-agenda.js';
export {renderMonth, revealDay} from './schedule-month.js';
export {renderDetail} from './event-detail.js';
export {renderPlaceButtons} from './place-buttons.js';
