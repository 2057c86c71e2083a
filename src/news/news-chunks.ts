import {lazyPart} from '../core/lazy-part.js';

/*
 * <loa-news>'s lazy chunks (docs/architecture.md, "Lazy chunks"). They live
 * here, not in loa-news.ts, so that the kiosk warms the very same loaders
 * (kiosk/src/prefetch.ts) without importing the element.
 */

/**
 * The feed readers (encodings, then JSON Feed, RSS, Atom) are a chunk of their
 * own: they load with the first feed, in parallel with its download.
 */
export const feedReaders = lazyPart(() => import('./feed-parse.js'));

/** The sanitiser (DOMPurify and its rules) is another: it loads when an item with HTML is first opened. */
export const htmlSanitizer = lazyPart(() => import('./sanitize.js'));
