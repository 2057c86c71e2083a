import {defineElement} from '../core/define.js';
import {LoaSchedule} from './loa-schedule.js';

defineElement('loa-schedule', LoaSchedule);
