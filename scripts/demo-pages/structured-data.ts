// The pages' schema.org data (JSON-LD), built from the same content pack as
// their fallbacks and read by the widgets at run time, so the structured data
// a search engine reads never disagrees with what the page shows.
import type {ContentPack, Guide} from './content-pack.js';
import {CONTENT} from './layout.js';

/** One NewsArticle per feed item. */
export function newsData(pack: ContentPack) {
  const author = pack.feed.authors?.[0];
  return {
    '@context': 'https://schema.org',
    '@graph': pack.feed.items.map((item) => ({
      '@type': 'NewsArticle',
      '@id': item.id,
      url: item.url ?? item.id,
      headline: item.title,
      description: item.summary,
      datePublished: item.date_published,
      dateModified: item.date_modified ?? item.date_published,
      inLanguage: 'vi',
      keywords: item.tags?.join(', '),
      image: item.image ? `${CONTENT}${item.image}` : undefined,
      author: author ? {'@type': 'Organization', name: author.name, url: author.url} : undefined,
    })),
  };
}

/** One Event per upcoming occurrence (a recurring event gives several). */
export function eventsData(pack: ContentPack) {
  return {
    '@context': 'https://schema.org',
    '@graph': pack.upcoming.map((o) => ({
      '@type': 'Event',
      '@id': `${o.uid}#${o.start}`,
      name: o.summary,
      description: o.description,
      startDate: o.start,
      // An all-day DTEND is the day after; schema.org wants the last day, so leave one-day events open.
      endDate: o.allDay ? undefined : o.end,
      eventStatus: o.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      inLanguage: 'vi',
      url: o.url,
      location: {'@type': 'Place', name: o.location || pack.commune.name, address: o.location || pack.commune.name},
      organizer: {'@type': 'Organization', name: `UBND ${pack.commune.name} (hư cấu)`},
    })),
  };
}

/** The guide file is already a schema.org HowTo; only its relative image paths need the content folder. */
export function howtoData(guide: Guide) {
  const absolute = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(absolute);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [
          key,
          key === 'url' && typeof v === 'string' && !/^[a-z]+:/i.test(v) ? `${CONTENT}guides/${v}` : absolute(v),
        ])
      );
    }
    return value;
  };
  return absolute(guide.data);
}
