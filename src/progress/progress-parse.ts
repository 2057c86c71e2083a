// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- papaparse ships no types; its declaration is a script (declare module), which an import cannot name, and a consumer compiling src/index.ts must see it
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';
import {ContentError} from '../core/content-error.js';
import {fold, nfc} from '../core/text.js';
import {timeSlicer} from '../core/yield.js';
import {parseCount, parseDay, parsePercent} from './progress-values.js';
import {HEADERS, MISSING_PREFIX, REQUIRED_COLUMNS, type Column} from './progress-columns.js';

export {HEADERS, MISSING_PREFIX, REQUIRED_COLUMNS, type Column} from './progress-columns.js';

/*
 * A commune's progress spreadsheet, exported as CSV, into counts: one row is
 * one count, for one area, one indicator and one date (docs/progress.md).
 * Papa Parse reads the CSV (RFC 4180 quoting, a BOM, CRLF or LF, comma or
 * semicolon told from the file); this module matches the columns by name
 * and reads the values. A row it cannot read is skipped and reported by its
 * row number in the spreadsheet; a missing column is an error that names it.
 */

/** One count as read from one row. `area` is '' for the whole commune ("Toàn xã", or left empty). */
export interface Count {
  /** The row in the spreadsheet (the header is row 1). */
  line: number;
  /** "yyyy-mm-dd". */
  date: string;
  area: string;
  indicator: string;
  label: string;
  value: number;
  total: number;
  /** Percent, 0–100. */
  target?: number;
  /** "yyyy-mm-dd". */
  deadline?: string;
}

/** Why a row was skipped: a cell that is empty where it must not be, or a value that cannot be read. */
export type ProblemReason = 'empty' | 'number' | 'date' | 'percent' | 'over-total';

export interface RowProblem {
  line: number;
  column: Column;
  reason: ProblemReason;
  /** The cell as written. */
  text: string;
}

export interface ProgressSheet {
  counts: Count[];
  /** The rows skipped, each with its first problem. */
  problems: RowProblem[];
  /** The separator found: ',' or ';' (or a tab). */
  delimiter: string;
}

/** Whole-commune names in the area column, folded. */
const COMMUNE_AREAS = new Set(['', 'toan xa', 'toan phuong', 'toan thi tran', 'toan dac khu', 'ca xa', 'commune', 'whole commune', 'all']);

/** True when an area names the whole commune, not one village. */
export function isCommuneArea(area: string): boolean {
  return COMMUNE_AREAS.has(fold(area));
}

const key = (header: string) => fold(header).replace(/[\s_-]/g, '');

const BY_HEADER = new Map<string, Column>();
for (const [column, names] of Object.entries(HEADERS) as Array<[Column, (typeof HEADERS)[Column]]>) {
  for (const name of [names.vi, names.en, ...(names.also ?? [])]) BY_HEADER.set(key(name), column);
}

/** Where each known column is in the header row; the first of two same-named columns wins. */
export function matchHeaders(cells: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const column = BY_HEADER.get(key(cell));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

/** True when every cell of a row is blank: a line Papa Parse read between two rows. */
function blank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim()) return false;
  return true;
}

/** Reads rows one by one: the first non-blank row is the header. */
class SheetReader {
  private columns: Partial<Record<Column, number>> | undefined;
  private line = 0;
  readonly counts: Count[] = [];
  readonly problems: RowProblem[] = [];

  /*
   * A commune's file repeats the same few dates, areas, indicators and
   * targets thousands of times: each distinct cell is read once (NFC, a day,
   * the commune test), keyed by the cell as written, and its answer kept
   * for the rest of the file. A 48,000-row file spent most of its reading
   * time on the same cells read again (test/bench/progress.bench.ts).
   */
  private readonly texts = new Map<string, string>();
  private readonly areas = new Map<string, string>();
  /** Cell as written → its day, or undefined when it is not one. */
  private readonly days = new Map<string, string | undefined>();
  /** Cell as written → its percent, undefined when it is not one, null when it is empty. */
  private readonly percents = new Map<string, number | null | undefined>();

  private text(raw: string): string {
    let text = this.texts.get(raw);
    if (text === undefined) this.texts.set(raw, (text = nfc(raw).trim()));
    return text;
  }

  private area(raw: string): string {
    let area = this.areas.get(raw);
    if (area === undefined) {
      area = this.text(raw).replace(/\s+/g, ' ');
      this.areas.set(raw, (area = isCommuneArea(area) ? '' : area));
    }
    return area;
  }

  private day(raw: string): string | undefined {
    const day = this.days.get(raw);
    if (day !== undefined || this.days.has(raw)) return day;
    const read = parseDay(this.text(raw));
    this.days.set(raw, read);
    return read;
  }

  private percent(raw: string): number | null | undefined {
    const percent = this.percents.get(raw);
    if (percent !== undefined || this.percents.has(raw)) return percent;
    const text = this.text(raw);
    const read = text ? parsePercent(text) : null;
    this.percents.set(raw, read);
    return read;
  }

  /** The cell of `column` in `cells`, as written ('' when the column or the cell is missing). */
  private raw(cells: readonly string[], column: Column): string {
    const index = this.columns?.[column];
    return index === undefined ? '' : (cells[index] ?? '');
  }

  private problem(cells: readonly string[], column: Column, reason: ProblemReason): void {
    this.problems.push({line: this.line, column, reason, text: this.text(this.raw(cells, column))});
  }

  row(cells: string[]): void {
    this.line++;
    if (blank(cells)) return;
    if (!this.columns) {
      this.columns = matchHeaders(cells);
      const missing = REQUIRED_COLUMNS.filter((column) => this.columns?.[column] === undefined);
      if (missing.length) throw new ContentError('invalid', `${MISSING_PREFIX}${missing.join(', ')}`);
      return;
    }
    const date = this.day(this.raw(cells, 'date'));
    if (!date) return this.problem(cells, 'date', this.text(this.raw(cells, 'date')) ? 'date' : 'empty');
    const indicator = this.text(this.raw(cells, 'indicator'));
    if (!indicator) return this.problem(cells, 'indicator', 'empty');
    // Counts are read as written: NFC and trimming change no digit, and parseCount trims.
    const valueCell = this.raw(cells, 'value');
    const value = parseCount(valueCell);
    if (value === undefined) return this.problem(cells, 'value', valueCell.trim() ? 'number' : 'empty');
    const totalCell = this.raw(cells, 'total');
    const total = parseCount(totalCell);
    if (total === undefined || total === 0) return this.problem(cells, 'total', totalCell.trim() ? 'number' : 'empty');
    if (value > total) return this.problem(cells, 'value', 'over-total');
    const area = this.area(this.raw(cells, 'area'));
    const label = this.columns.label === undefined ? '' : this.text(this.raw(cells, 'label'));
    const target = this.columns.target === undefined ? null : this.percent(this.raw(cells, 'target'));
    if (target === undefined) return this.problem(cells, 'target', 'percent');
    // Made whole, not grown a field later: 48,000 of them are made in a large file.
    const {line} = this;
    const count: Count = target === null ? {line, date, area, indicator, label, value, total} : {line, date, area, indicator, label, value, total, target};
    const deadlineCell = this.raw(cells, 'deadline');
    if (deadlineCell) {
      const deadline = this.day(deadlineCell);
      if (deadline) count.deadline = deadline;
      else if (this.text(deadlineCell)) return this.problem(cells, 'deadline', 'date');
    }
    this.counts.push(count);
  }

  finish(delimiter: string): ProgressSheet {
    if (!this.columns) throw new ContentError('invalid', 'empty');
    if (!this.counts.length) throw new ContentError('invalid', `no readable rows (${this.problems.length} skipped)`);
    return {counts: this.counts, problems: this.problems, delimiter};
  }
}

/**
 * The separator, told from the header row: the one of ';', ',' and tab it
 * holds most of. Headers hold no separators of their own, where data rows do
 * ("80,5%" in a semicolon file). Undefined, for Papa Parse to guess from the
 * rows, when the first line has none (a one-column file).
 */
function headerDelimiter(text: string): string | undefined {
  const first = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : undefined;
}

export interface ReadOptions {
  /** Characters handed to the reader at a time (tests make it small, to cut fields in two). */
  chunkSize?: number;
  /** Awaited between chunks: gives the main thread back (core/yield.ts). */
  slice?: () => Promise<void> | undefined;
}

/**
 * Reads a progress CSV in slices: Papa Parse hands over a chunk of rows at a
 * time and, when the slice's ~30 ms are used up, waits for the main thread
 * (timeSlicer) before the next, so a touch is never blocked for long.
 */
export function readProgress(source: string, {chunkSize = 16 * 1024, slice = timeSlicer()}: ReadOptions = {}): Promise<ProgressSheet> {
  const text = source.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  // A web page where the CSV was expected: a sheet shared as a page, not "published as CSV".
  if (/^<(?:!doctype\s+html|html[\s>])/i.test(start)) return Promise.reject(new ContentError('format', 'HTML page, not CSV'));
  if (!start) return Promise.reject(new ContentError('invalid', 'empty'));
  const reader = new SheetReader();
  return new Promise((resolve, reject) => {
    let failed = false;
    let delimiter = ',';
    Papa.parse(text, {
      delimiter: headerDelimiter(text),
      delimitersToGuess: [',', ';', '\t'],
      chunkSize,
      chunk: (results, parser) => {
        delimiter = results.meta.delimiter;
        try {
          for (const cells of results.data) reader.row(cells);
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error);
          return;
        }
        const wait = slice();
        if (wait) {
          parser.pause();
          void wait.then(() => parser.resume());
        }
      },
      complete: () => {
        if (failed) return;
        try {
          resolve(reader.finish(delimiter));
        } catch (error) {
          reject(error);
        }
      },
    });
  });
}
