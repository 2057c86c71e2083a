import {defineElement} from '../core/define.js';
import {LoaSchedule} from './loa-schedule.js';

// The event detail shows a <loa-qr> by tag; the element registers it lazily,
// the first time an event with a page is opened.
defineElement('loa-schedule', LoaSchedule);
