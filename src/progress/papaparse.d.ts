// The few parts of Papa Parse (papaparse, a CommonJS module without types of
// its own) that progress-parse.ts uses.
declare module 'papaparse' {
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    cursor: number;
  }
  export interface ParseResult {
    data: string[][];
    errors: Array<{type: string; code: string; message: string; row?: number}>;
    meta: ParseMeta;
  }
  export interface Parser {
    pause(): void;
    resume(): void;
    abort(): void;
  }
  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
    chunkSize?: number;
    chunk?: (results: ParseResult, parser: Parser) => void;
    complete?: (results: ParseResult) => void;
    error?: (error: Error) => void;
  }
  const Papa: {
    parse(input: string, config: ParseConfig): void;
    unparse(data: unknown[][], config?: {delimiter?: string; newline?: string; quotes?: boolean}): string;
  };
  export default Papa;
}
