import {lazyPart} from '../core/lazy-part.js';

/*
 * <loa-howto>'s lazy chunks (docs/architecture.md, "Lazy chunks"): the HowTo
 * reader and the presentations load with the first guide, in parallel with
 * its download (see howto-views.ts). They live here, not in loa-howto.ts, so
 * that the kiosk warms and reads through the very same loaders
 * (kiosk/src/prefetch.ts, kiosk/src/guide-reviews.ts) without importing the
 * element.
 */
export const howtoReader = lazyPart(() => import('./howto-parse.js'));
export const howtoViews = lazyPart(() => import('./howto-views.js'));
