// Types for guide-sources.mjs, so TypeScript tests can import it.
export declare const GUIDES_DIR: string;
export declare const REVIEW_MONTHS: number;

export interface GuideEntry {
  /** The file name, e.g. "vneid-muc-2.en.json". */
  file: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  guide?: any;
  /** Set when the file is not JSON. */
  error?: string;
}

export declare function readGuides(dir?: string): GuideEntry[];
export declare function citationUrl(entry: unknown): string;
export declare function reviewDate(guide: unknown): Date | undefined;
export declare function sourceProblems(guide: unknown): string[];
export declare function staleGuides(entries: GuideEntry[], now?: Date, months?: number): Array<{file: string; dateModified: string}>;
export declare function buildDate(env?: Record<string, string | undefined>): Date;
export declare function reviewWarnings(dir?: string, now?: Date, months?: number): string[];
