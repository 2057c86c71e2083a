import {lazyPart} from '../core/lazy-part.js';

/*
 * The QR encoder is a chunk of its own, shared by every <loa-qr>: a page that
 * shows no code (the schedule before an event is opened) never loads it. It
 * lives here, not in loa-qr.ts, so that the kiosk warms the very same loader
 * (kiosk/src/prefetch.ts) without importing the element.
 */
export const qrEncoder = lazyPart(() => import('./qr-svg.js'));
