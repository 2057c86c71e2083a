import type {ScheduleEvent} from './event-model.js';
import {dayKey} from '../core/dates.js';

/*
 * One event → an RFC 5545 file a phone's calendar app imports: times in UTC
 * (so no VTIMEZONE is needed), whole days as DATE values, CRLF line ends,
 * lines folded at 75 octets without splitting a UTF-8 character, and TEXT
 * values escaped (RFC 5545 §3.3.11).
 */

const CRLF = '\r\n';

/** Escapes a TEXT value. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(CRLF);
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateValue(date: Date): string {
  return dayKey(date).replace(/-/g, '');
}

/** The UID of the exported event: one occurrence of a series gets its own. */
export function exportUid(event: ScheduleEvent): string {
  return event.recurring ? `${event.uid}-${utcStamp(event.start)}` : event.uid;
}

/** A complete VCALENDAR holding one VEVENT. `now` stamps DTSTAMP. */
export function eventToIcs(event: ScheduleEvent, now: Date = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Loa//loa-schedule//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  lines.push(`UID:${escapeText(exportUid(event))}`, `DTSTAMP:${utcStamp(now)}`);
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start)}`, `DTEND;VALUE=DATE:${dateValue(event.end)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.categories.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.geo) lines.push(`GEO:${event.geo.lat};${event.geo.lon}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status.toUpperCase()}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the download: ASCII, no spaces, ends in .ics. */
export function icsFileName(event: ScheduleEvent): string {
  const base = event.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'su-kien'}-${dayKey(event.start)}.ics`;
}
