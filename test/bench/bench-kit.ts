// What every benchmark shares. Kept apart from run.ts: importing a value from
// run.ts would re-enter its top-level await and hang.
import type {Page} from 'playwright-core';

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
