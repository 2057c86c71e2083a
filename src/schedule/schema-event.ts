import {ContentError} from '../core/content-error.js';
import type {EventStatus, ExpansionWindow, Schedule, ScheduleEvent} from './event-model.js';
import {OccurrenceBudget} from './occurrence-budget.js';
import {checkWebUrl} from '../core/urls.js';
import {plainLine, plainText, safeGeo} from './plain-text.js';
import {startOfDay, zonedToInstant, addDays} from './zoned-time.js';

/*
 * schema.org Event objects (https://schema.org/Event) as JSON → the schedule
 * model: the form many CMSs already publish as JSON-LD. Accepts an array of
 * events, one event, or a JSON-LD document with @graph.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema.org Event in `data`, or null when `data` is not schema.org JSON at all. */
function findEvents(data: unknown): Json[] | null {
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  if (!items.every(isObject)) return null;
  const objects = items as Json[];
  // Any subtype counts: EducationEvent, SocialEvent… all carry startDate.
  const events = objects.filter((item) => typeof item.startDate === 'string' || (typeof item['@type'] === 'string' && /Event$/.test(item['@type'])));
  return events.length || objects.length === 0 ? events : null;
}

export function looksLikeSchemaEvents(data: unknown): boolean {
  return findEvents(data) !== null;
}

interface Moment {
  date: Date;
  allDay: boolean;
}

/** "2025-10-10" is a whole day; a time without an offset is the commune's wall clock. */
function readMoment(value: unknown): Moment | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return {date: startOfDay(text), allDay: true};
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s] = local;
    return {date: zonedToInstant(+y, +mo, +d, +h, +mi, +(s ?? 0)), allDay: false};
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : {date, allDay: false};
}

/** ISO 8601 durations as schema.org writes them: "PT2H", "P1DT30M". */
function durationMs(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m) return null;
  const [, w, d, h, mi, s] = m.map((x) => Number(x ?? 0));
  return ((((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s) * 1000;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) return textOf(value.name ?? value['@value'] ?? '');
  return '';
}

/** Checks a URL of the file (see core/urls.ts); the caller counts what is refused. */
type UrlReader = (value: unknown) => string | undefined;

function placeOf(location: unknown, readUrl: UrlReader): {name: string; geo?: {lat: number; lon: number}; url?: string} {
  const first = Array.isArray(location) ? location[0] : location;
  if (typeof first === 'string') return {name: plainLine(first)};
  if (!isObject(first)) return {name: ''};
  const address = first.address;
  const addressText = typeof address === 'string' ? address : isObject(address) ? [address.streetAddress, address.addressLocality, address.addressRegion].filter((p) => typeof p === 'string' && p).join(', ') : '';
  const name = [textOf(first.name), addressText].filter(Boolean).join(', ');
  const geo = isObject(first.geo) ? safeGeo(first.geo.latitude, first.geo.longitude) : undefined;
  return {name: plainLine(name), geo, url: readUrl(first.url)};
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(listOf);
  if (typeof value === 'string') return value.split(',');
  if (isObject(value)) return listOf(value.audienceType ?? value.name ?? '');
  return [];
}

function statusOf(value: unknown): EventStatus {
  const status = typeof value === 'string' ? value : '';
  if (/EventCancelled$/.test(status)) return 'cancelled';
  if (/EventPostponed$|EventRescheduled$/.test(status)) return 'tentative';
  return 'confirmed';
}

function toEvent(item: Json, index: number, readUrl: UrlReader): ScheduleEvent | null {
  const start = readMoment(item.startDate);
  if (!start) return null;
  const endMoment = readMoment(item.endDate);
  const duration = durationMs(item.duration);
  let end: Date;
  if (endMoment) {
    // schema.org endDate is the last day itself for whole-day events; the model's end is exclusive.
    end = endMoment.allDay ? startOfDay(addDays(item.endDate as string, 1)) : endMoment.date;
  } else if (duration !== null) {
    end = new Date(start.date.getTime() + duration);
  } else {
    end = start.allDay ? new Date(start.date.getTime() + 86_400_000) : start.date;
  }
  if (end.getTime() < start.date.getTime()) end = start.date;
  const place = placeOf(item.location, readUrl);
  const categories = [...new Set([...listOf(item.keywords), ...listOf(item.audience), ...listOf(item.about)].map(plainLine).filter(Boolean))];
  const uid = plainLine(item['@id'] ?? item.identifier ?? item.url ?? '') || `schema-${index}-${start.date.toISOString()}`;
  return {
    key: `${uid}@${start.date.toISOString()}`,
    uid,
    title: plainLine(item.name),
    description: plainText(item.description),
    location: place.name,
    categories,
    url: readUrl(item.url) ?? place.url,
    geo: place.geo,
    status: statusOf(item.eventStatus),
    start: start.date,
    end,
    allDay: start.allDay && (endMoment ? endMoment.allDay : true),
    recurring: false,
  };
}

/**
 * Maps schema.org Event JSON; events outside the window are left out, and so
 * are those past the budget. `base`, the file's address, resolves relative URLs.
 */
export function parseSchemaEvents(data: unknown, window: ExpansionWindow, base?: string): Schedule {
  const items = findEvents(data);
  if (!items) throw new ContentError('format', 'JSON');
  const budget = new OccurrenceBudget((window.focus ?? window.start).getTime());
  let skipped = 0;
  let refusedUrls = 0;
  const readUrl = (value: unknown) => {
    const check = checkWebUrl(value, base);
    if (check && !check.ok) refusedUrls++;
    return check?.ok ? check.href : undefined;
  };
  items.forEach((item, i) => {
    const event = toEvent(item, i, readUrl);
    if (!event) skipped++;
    else if (event.start.getTime() <= window.end.getTime() && event.end.getTime() >= window.start.getTime()) budget.add(event);
  });
  if (items.length && skipped === items.length) throw new ContentError('invalid', 'startDate');
  return {events: budget.events(), skipped, name: '', window, truncated: budget.truncated, refusedUrls};
}
