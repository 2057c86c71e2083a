// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- papaparse ships no types; its declaration is a script (declare module), which an import cannot name, and a consumer compiling src/index.ts must see it
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';
import {readProgress} from './progress-parse.js';
import {aggregateInSlices, type Progress} from './progress-model.js';

/*
 * <loa-progress>'s reader, a chunk of its own (progress-chunks.ts): Papa
 * Parse, the sheet reader and the model load with the first spreadsheet, in
 * parallel with its download.
 */

let last: {source: string; answer: Promise<Progress>} | undefined;

/**
 * A progress CSV, read in slices and aggregated. The last answer is kept, so
 * the same text (a second element, a refresh that brought nothing new) is not
 * read again; one that fails is forgotten, so a retry reads again.
 */
export function readProgressCsv(source: string): Promise<Progress> {
  if (last?.source === source) return last.answer;
  const answer = readProgress(source).then((sheet) => aggregateInSlices(sheet));
  last = {source, answer};
  answer.catch(() => {
    if (last?.answer === answer) last = undefined;
  });
  return answer;
}

/** Rows as CSV for Excel: a BOM, CRLF, every field that needs it quoted. */
export function toCsv(rows: string[][], delimiter: ',' | ';'): string {
  return `\uFEFF${Papa.unparse(rows, {delimiter, newline: '\r\n'})}\r\n`;
}
