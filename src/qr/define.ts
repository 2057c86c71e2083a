import {defineElement} from '../core/define.js';
import {LoaQr} from './loa-qr.js';

defineElement('loa-qr', LoaQr);
