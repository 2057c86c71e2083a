import {lazyPart} from '../core/lazy-part.js';

/*
 * <loa-schedule>'s lazy chunk (docs/architecture.md, "Lazy chunks"): the
 * calendar readers and the views of events (calendar-tools.ts). It lives here,
 * not in loa-schedule.ts, so that the kiosk reads its highlights and warms the
 * events screen through the very same loader (kiosk/src/content-sync.ts,
 * kiosk/src/prefetch.ts) without importing the element.
 */
export const calendarTools = lazyPart(() => import('./calendar-tools.js'));
