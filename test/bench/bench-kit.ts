// What every benchmark shares. Kept apart from run.ts: importing a value from
// run.ts would re-enter its top-level await and hang.
import type {Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {gzipSync, brotliCompressSync} from 'node:zlib';

export interface BenchContext {
  page: Page;
  origin: string;
  /** Prints one titled table. */
  report: (title: string, rows: Array<Record<string, string | number>>) => void;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A built entry plus every chunk it imports statically (the initial load), and its lazy chunks. */
export function bundleGraph(entry: string): {initial: string[]; lazy: string[]} {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), m[1]));
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) lazy.add(join(dirname(file), m[1]));
  };
  visit(entry);
  // Lazy chunks can load more lazy chunks (the calendar reader loads ical.js).
  for (const file of lazy) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) lazy.add(join(dirname(file), m[1]));
  }
  return {initial: [...initial], lazy: [...lazy].filter((f) => !initial.has(f))};
}

/** Raw, gzip (level 9) and brotli byte counts of files loaded together. */
export function compressedSize(files: string[]): {raw: number; gzip: number; brotli: number} {
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return {raw: code.length, gzip: gzipSync(code, {level: 9}).length, brotli: brotliCompressSync(code).length};
}
