// Types for demo-dates.mjs, so TypeScript (vite.config.ts, the demo pages, tests) can import it.
export declare const PACK_TODAY: string;
export declare const PACK_SPAN: [string, string];
export declare function shiftWeeks(date?: Date): number;
export declare function shiftIsoDate<T>(value: T, weeks: number): T;
export declare function shiftFeed<T>(feed: T, weeks: number): T;
export declare function shiftCalendar(ics: string, weeks: number): string;
export declare function shiftPackDir(dir: string, weeks: number): string[];
