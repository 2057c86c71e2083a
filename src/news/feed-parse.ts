import {ContentError} from '../core/content-error.js';
import {keepLast} from '../core/keep-last.js';
import type {Feed} from './feed-model.js';
import {parseJsonFeed} from './json-feed.js';
import {parseXmlFeed} from './trusted-types.js';

// The bytes of a feed are decoded here too (windows-1258 and other legacy
// encodings), so loa.js does not carry that until a feed arrives.
export {decodeFeed} from './feed-decode.js';

// The rest of this chunk's exports serve the element once a feed has been
// read, so they cost nothing in loa.js until then: "Đọc to" reads item HTML,
// or the rendered article, as text.
export {htmlToText} from './trusted-types.js';
export {spokenText} from './feed-text.js';

/**
 * Reads any supported feed. The format is told by the content, never by the
 * file extension or Content-Type: CMSs serve feeds as text/html, .php, .aspx…
 * The last few feeds read are kept (keepLast): the kiosk reads its feed while
 * it waits for a touch, so the tap on "Tin tức" finds it read. A feed that
 * fails is not kept.
 */
export const parseFeed: (source: string, feedUrl?: string) => Feed = keepLast(readFeed);

function readFeed(source: string, feedUrl?: string): Feed {
  const start = source.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start, feedUrl);
  // A web page where a feed was expected: the commonest mistake when pasting a feed link.
  if (/^<(?:!doctype\s+html|html[\s>])/i.test(start)) throw new ContentError('format', 'HTML page, not a feed');
  if (start.startsWith('<')) return parseXmlFeed(start, feedUrl);
  if (!start) throw new ContentError('invalid', 'empty');
  throw new ContentError('format', 'not JSON Feed, RSS or Atom');
}
