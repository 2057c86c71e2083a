import {nfc} from '../core/text.js';
import type {FeedItem} from './feed-model.js';

/**
 * The last step of every parser: newest first (undated items keep their feed
 * order, after dated ones), unique ids, tags without duplicates.
 */
export function finishItems(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  const unique = items.map((item, index) => {
    let id = item.id;
    if (seen.has(id)) id = `${id}#${index}`;
    seen.add(id);
    return {...item, id, tags: [...new Set(item.tags.map((tag) => nfc(tag)))]};
  });
  const time = (item: FeedItem) => item.date?.getTime() ?? -Infinity;
  return unique
    .map((item, index) => ({item, index}))
    .sort((a, b) => time(b.item) - time(a.item) || a.index - b.index)
    .map(({item}) => item);
}
