import {defineElement} from '../core/define.js';
import {LoaHowto} from './loa-howto.js';

// <loa-qr> (the phone handoff) is registered by the element itself, lazily, the
// first time the resident opens "Tiếp tục trên điện thoại": most visits never
// need the QR encoder, and this entry stays small.
defineElement('loa-howto', LoaHowto);
