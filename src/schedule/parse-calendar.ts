import {ContentError} from '../core/content-error.js';
import type {ExpansionWindow, Schedule} from './event-model.js';
import {parseIcal, parseJcal} from './ical-parse.js';
import {parseSchemaEvents} from './schema-event.js';

/**
 * Reads any calendar a commune may already publish, told apart by content,
 * not by file name or MIME type (servers label .ics as text/plain all the time):
 * iCalendar text, jCal JSON, or schema.org Event JSON. `base`, the
 * calendar's own address, resolves relative event URLs.
 */
export async function parseCalendar(text: string, window: ExpansionWindow, base?: string): Promise<Schedule> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new ContentError('invalid', 'empty');
  if (body[0] === '[' || body[0] === '{') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    // jCal is an array whose first item is a component name.
    const isJcal = Array.isArray(data) && (typeof data[0] === 'string' || (Array.isArray(data[0]) && typeof data[0][0] === 'string'));
    return isJcal ? parseJcal(data, window, base) : parseSchemaEvents(data, window, base);
  }
  if (/^BEGIN:VCALENDAR/im.test(body)) return parseIcal(body, window, base);
  const firstLine = /^BEGIN:(\w+)/i.exec(body);
  throw new ContentError('format', firstLine ? firstLine[1].toUpperCase() : body.startsWith('<') ? 'HTML' : 'text');
}
