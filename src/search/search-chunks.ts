import {lazyPart} from '../core/lazy-part.js';

/*
 * <loa-search>'s lazy chunk (docs/architecture.md, "Lazy chunks"): the index
 * (MiniSearch) and the source reader, loaded with the first source. The
 * readers of each kind of source are the other elements' own lazy parts
 * (howto-chunks.ts, news-chunks.ts, schedule-chunks.ts), loaded only for the
 * kinds a page's sources hold. It lives here so the kiosk can warm it without
 * importing the element.
 */
export const searchEngine = lazyPart(() => import('./search-engine.js'));
