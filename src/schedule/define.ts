import {defineElement} from '../core/define.js';
import {LoaSchedule} from './loa-schedule.js';
// The event detail shows a <loa-qr> by tag.
import '../qr/define.js';

defineElement('loa-schedule', LoaSchedule);
