/*
 * Turns what each reader gives (a guide, a FAQ, a feed, a calendar) into the
 * documents <loa-search> indexes (search-model.ts). Pure: no DOM, no msg().
 */
import type {Guide} from '../howto/howto-model.js';
import type {Feed} from '../news/feed-model.js';
import type {Schedule, ScheduleEvent} from '../schedule/event-model.js';
import {squash} from '../core/text.js';
import {htmlToText} from '../core/html-text.js';
import type {Faq} from './faq-parse.js';
import type {SearchDoc} from './search-model.js';

/** A guide's address with a step's fragment, as <loa-howto> reads it ("#buoc-3"). */
export function stepUrl(url: string | undefined, step: number): string | undefined {
  if (!url) return undefined;
  try {
    const address = new URL(url);
    address.hash = `buoc-${step}`;
    return address.href;
  } catch {
    return undefined;
  }
}

/** The guide itself (its name, description, what to bring) and each of its steps. */
export function guideDocs(guide: Guide, source: string, prefix: string, slug: string): SearchDoc[] {
  const group = `${prefix}guide:${slug}`;
  const base = {kind: 'guide' as const, group, itemId: slug, source, lang: guide.inLanguage};
  const docs: SearchDoc[] = [
    {
      ...base,
      id: group,
      title: guide.name,
      text: squash([...guide.description, ...guide.supply, ...guide.tool].join(' ')),
      url: guide.url,
    },
  ];
  for (const step of guide.steps) {
    docs.push({
      ...base,
      id: `${group}#${step.number}`,
      title: guide.name,
      text: squash([step.name, ...step.text, ...step.tips].join(' ')),
      url: stepUrl(guide.url, step.number),
      step: step.number,
      stepName: step.name,
    });
  }
  return docs;
}

export function faqDocs(faq: Faq, source: string, prefix: string): SearchDoc[] {
  return faq.questions.map((q) => ({
    id: `${prefix}faq:${q.id}`,
    kind: 'faq',
    group: `${prefix}faq:${q.id}`,
    itemId: q.id,
    title: q.question,
    text: q.answer.replace(/\n/g, ' '),
    answer: q.answer,
    url: q.url ?? (faq.url ? withFragment(faq.url, q.id) : undefined),
    topics: q.topics,
    source,
    lang: faq.lang,
  }));
}

function withFragment(url: string, id: string): string | undefined {
  if (/^[a-z][\w-]*:/i.test(id)) return undefined;
  try {
    const address = new URL(url);
    address.hash = id.replace(/^#/, '');
    return address.href;
  } catch {
    return undefined;
  }
}

/** A feed's items; `slice` gives the main thread back between them (an item's HTML becomes text). */
export async function feedDocs(feed: Feed, source: string, prefix: string, slice: () => Promise<void> | undefined = () => undefined): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  for (const item of feed.items) {
    docs.push({
      id: `${prefix}news:${item.id}`,
      kind: 'news',
      group: `${prefix}news:${item.id}`,
      itemId: item.id,
      title: item.title,
      text: squash([item.summary, item.text ?? '', item.html ? htmlToText(item.html) : ''].join(' ')),
      url: item.url,
      date: item.date,
      topics: item.tags,
      source,
      lang: item.lang ?? feed.lang,
    });
    await slice();
  }
  return docs;
}

/**
 * One document per event: a recurring event's occurrences share their UID and
 * give one result, dated at the next occurrence from `now` (else the last).
 */
export function eventDocs(schedule: Schedule, source: string, prefix: string, now: Date): SearchDoc[] {
  const byUid = new Map<string, ScheduleEvent>();
  for (const event of schedule.events) {
    if (event.status === 'cancelled') continue;
    const kept = byUid.get(event.uid);
    // Events are sorted by start: the first one still running from now on wins, else the latest.
    if (!kept || kept.end.getTime() <= now.getTime()) byUid.set(event.uid, event);
  }
  return [...byUid.values()].map((event) => ({
    id: `${prefix}event:${event.key}`,
    kind: 'event',
    group: `${prefix}event:${event.uid}`,
    itemId: event.key,
    title: event.title,
    text: squash([event.description, event.location, ...event.categories].join(' ')),
    url: event.url,
    date: event.start,
    allDay: event.allDay,
    topics: event.categories,
    source,
  }));
}
