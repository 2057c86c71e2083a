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
export function parseCalendar(text: string, window: ExpansionWindow, base?: string): Promise<Schedule> {
  // The last parse is kept: a kiosk reads the same calendar for its highlights
  // and again each time the events screen opens, and a big calendar costs
  // hundreds of ms on a slow PC. Same text, window and base: same answer.
  // The focus only matters when occurrences were left out (it decides which):
  // then only a reader with the same focus gets the kept parse.
  const key = [window.start.getTime(), window.end.getTime(), base ?? ''].join('|');
  const focus = window.focus?.getTime();
  if (last && last.text === text && last.key === key && (!last.truncated || last.focus === focus)) return last.result;
  const result = parseAny(text, window, base);
  const entry: Kept = {text, key, focus, truncated: true, result};
  last = entry;
  result.then((schedule) => (entry.truncated = schedule.truncated === true), () => undefined);
  // A failure is not kept: the next reader tries again (and gets its own error).
  result.catch(() => {
    if (last?.result === result) last = undefined;
  });
  return result;
}

interface Kept {
  text: string;
  key: string;
  focus: number | undefined;
  /** Until the parse is done, taken as truncated: only the same focus may share it. */
  truncated: boolean;
  result: Promise<Schedule>;
}

let last: Kept | undefined;

async function parseAny(text: string, window: ExpansionWindow, base?: string): Promise<Schedule> {
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
