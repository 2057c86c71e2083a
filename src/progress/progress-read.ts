// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- papaparse ships no types; its declaration is a script (declare module), which an import cannot name, and a consumer compiling src/index.ts must see it
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';
import {readProgress} from './progress-parse.js';
import {aggregateInSlices, type Progress} from './progress-model.js';
import {timeSlicer, yieldToMain} from '../core/yield.js';

/*
 * <loa-progress>'s reader, a chunk of its own (progress-chunks.ts): Papa
 * Parse, the sheet reader and the model load with the first spreadsheet, in
 * parallel with its download.
 */

/** Bytes decoded at a time: a few milliseconds' work, even on a slow kiosk. */
const DECODE_PIECE = 128 * 1024;

/**
 * The file's bytes as text (UTF-8; a BOM is dropped), decoded a piece at a
 * time, giving the main thread back between pieces when a slice is used up:
 * a large file (2.2 MB, Vietnamese) took one task of 80–115 ms to decode in
 * one go on the development machine. A character cut between two pieces is
 * kept by the decoder (`stream`) for the next.
 */
export async function decodeCsv(bytes: ArrayBuffer, slice: () => Promise<void> | undefined = timeSlicer()): Promise<string> {
  // In a task of its own, not at the end of the one that read the last of the download.
  await yieldToMain();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += DECODE_PIECE) {
    await slice();
    parts.push(decoder.decode(new Uint8Array(bytes, at, Math.min(DECODE_PIECE, bytes.byteLength - at)), {stream: true}));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

let last: {source: string; answer: Promise<Progress>} | undefined;

/**
 * A progress CSV, read in slices and aggregated. The last answer is kept, so
 * the same text (a second element, a refresh that brought nothing new) is not
 * read again; one that fails is forgotten, so a retry reads again.
 */
export function readProgressCsv(source: string): Promise<Progress> {
  if (last?.source === source) return last.answer;
  // The reading starts a task of its own (not the one that decoded the last of the file), and the main
  // thread is given back once more before the answer goes: drawing it starts a task of its own too.
  const answer = yieldToMain()
    .then(() => readProgress(source))
    .then((sheet) => aggregateInSlices(sheet))
    .then(async (progress) => {
      await yieldToMain();
      return progress;
    });
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
