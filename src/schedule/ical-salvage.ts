import type ICALModule from 'ical.js';

/*
 * ical.js refuses a whole file for one bad line. Calendars from small tools
 * and hand edits often have one ("SUMMARY=Họp" with "=" for ":", a BYDAY with
 * a stray space, a component left open). When the strict parse fails, the
 * file is read again line by line: a line that does not parse on its own is
 * dropped; if it was one an event cannot be placed without (its start, end or
 * recurrence), the whole event is dropped and counted, never guessed.
 */

type Ical = typeof ICALModule;

/** Properties that decide when an event happens: a bad one drops its component. */
const ESSENTIAL = new Set(['dtstart', 'dtend', 'due', 'duration', 'rrule', 'rdate', 'exdate', 'recurrence-id']);

export interface Salvaged {
  /** The jCal of what could be read. */
  jcal: unknown;
  /** Events dropped whole because a line that places them was unreadable. */
  droppedEvents: number;
  /** Other lines dropped. */
  droppedLines: number;
}

/** Unfolds RFC 5545 content lines (a line break followed by a space or tab continues the line). */
function contentLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Reads what it can; throws only when even the salvaged text does not parse. */
export function salvageIcal(ICAL: Ical, text: string): Salvaged {
  const out: string[] = [];
  const open: Array<{name: string; start: number; bad: boolean}> = [];
  let droppedEvents = 0;
  let droppedLines = 0;
  const close = () => {
    const component = open.pop()!;
    // Only events and their kin are dropped whole; a calendar is never dropped for one bad line.
    if (component.bad && open.length > 0) {
      out.length = component.start;
      if (component.name === 'VEVENT') droppedEvents++;
      return;
    }
    out.push(`END:${component.name}`);
  };
  for (const line of contentLines(text)) {
    const begin = /^BEGIN:([\w-]+)\s*$/i.exec(line);
    if (begin) {
      open.push({name: begin[1].toUpperCase(), start: out.length, bad: false});
      out.push(`BEGIN:${begin[1].toUpperCase()}`);
      continue;
    }
    const end = /^END:([\w-]+)\s*$/i.exec(line);
    if (end) {
      const name = end[1].toUpperCase();
      if (!open.some((c) => c.name === name)) {
        droppedLines++;
        continue;
      }
      // Components left open inside this one end here too.
      while (open.length && open.at(-1)!.name !== name) close();
      close();
      continue;
    }
    if (!open.length) {
      droppedLines++;
      continue;
    }
    try {
      ICAL.parse.property(line);
      out.push(line);
    } catch {
      droppedLines++;
      const name = line.split(/[;:]/, 1)[0].trim().toLowerCase();
      if (ESSENTIAL.has(name)) open.at(-1)!.bad = true;
    }
  }
  while (open.length) close();
  return {jcal: ICAL.parse(out.join('\r\n')), droppedEvents, droppedLines};
}
