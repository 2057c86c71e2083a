// Types for browser.mjs, so TypeScript tests and benchmarks can import it.
export declare const CHROMIUM_ARGS: string[];
export declare const INSTALL_HINT: string;
export declare function findChromium(): Promise<string | undefined>;
export declare function requireChromium(): Promise<string>;
