import {defineElement} from '../core/define.js';
import {LoaHowto} from './loa-howto.js';

defineElement('loa-howto', LoaHowto);
