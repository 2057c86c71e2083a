import {lazyPart} from '../core/lazy-part.js';
import {howtoReader} from '../howto/howto-chunks.js';
import {guideSlug} from '../howto/howto-model.js';
import {expansionWindowAt} from '../schedule/event-model.js';
import {feedReaders} from '../news/news-chunks.js';
import {calendarTools} from '../schedule/schedule-chunks.js';
import type {SourceReaders} from './search-read.js';

/*
 * <loa-search>'s lazy chunk (docs/architecture.md, "Lazy chunks"): the index
 * (MiniSearch) and the source reader, loaded with the first source. The
 * readers of each kind of source are the other elements' own lazy parts
 * (howto-chunks.ts, news-chunks.ts, schedule-chunks.ts), loaded only for the
 * kinds a page's sources hold. It lives here so the kiosk can warm it without
 * importing the element.
 */
export const searchEngine = lazyPart(() => import('./search-engine.js'));

/** The readers of each kind of source: the other elements' own lazy parts, shared with them. */
export const sourceReaders: SourceReaders = {
  howto: howtoReader,
  feed: feedReaders,
  calendar: calendarTools,
  slug: guideSlug,
  window: expansionWindowAt,
};
