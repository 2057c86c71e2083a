// Types for serve.mjs, so TypeScript tests and benchmarks can import it.
import type {Server} from 'node:http';

export declare const DIST: string;

export declare function startServer(options?: {
  port?: number;
  root?: string;
  headersFor?: (pathname: string) => Record<string, string>;
  extraRoots?: Record<string, string>;
}): Promise<Server>;
