import {defineElement} from '../core/define.js';
import {LoaProgress} from './loa-progress.js';

defineElement('loa-progress', LoaProgress);
