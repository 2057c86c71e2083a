import {lazyPart} from '../core/lazy-part.js';

/*
 * <loa-progress>'s lazy chunks (docs/architecture.md, "Lazy chunks"): the
 * reader (Papa Parse, the sheet reader and the model) and the views load with
 * the first spreadsheet, in parallel with its download. They live here, not
 * in loa-progress.ts, so that the kiosk warms them through the very same
 * loaders without importing the element.
 */
export const progressReader = lazyPart(() => import('./progress-read.js'));
export const progressViews = lazyPart(() => import('./progress-views.js'));
