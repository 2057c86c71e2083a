// Structure rules for `npm run lint` (and test/node/structure.test.ts):
//   1. no import cycle among the source files of src/ and kiosk/, type imports
//      included (a lazy `import()` is a chunk boundary, not a cycle);
//   2. no source file over 450 lines: TypeScript and CSS (kiosk/styles/…).
// demo/ is left out: it is the demo site, built around the product rather
// than part of it, and its one stylesheet (demo/site.css) is over the limit.
// Prints every offence and exits 1 when there is one.
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['src', 'kiosk'];
export const MAX_LINES = 450;

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['generated', 'public', 'node_modules'].includes(entry.name)) out.push(...sourceFiles(path));
    } else if (/\.(ts|css)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Static imports and re-exports, `import type` included; not `import()`. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (existsSync(target)) found.push(target);
  }
  return found;
}

/** Strongly connected components with more than one file (or a file importing itself): Tarjan. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** Lines in a file, the last one counted whether or not it ends with a newline. */
function lineCount(text) {
  return text.split('\n').length - (text.endsWith('\n') || text === '' ? 1 : 0);
}

/**
 * Every offence under `dirs` of `root` (this repository's src/ and kiosk/
 * unless told otherwise: test/node/structure.test.ts gives it folders of its
 * own, with offences in them), in words; empty when there is none.
 */
export function checkStructure({root = ROOT, dirs = DIRS} = {}) {
  const files = dirs.flatMap((d) => sourceFiles(join(root, d)));
  const graph = new Map(files.filter((f) => f.endsWith('.ts')).map((f) => [f, importsOf(f)]));
  const problems = [];
  for (const component of cycles(graph)) {
    problems.push(`import cycle: ${component.map((f) => relative(root, f)).sort().join(' ↔ ')}`);
  }
  for (const file of files) {
    const lines = lineCount(readFileSync(file, 'utf8'));
    if (lines > MAX_LINES) problems.push(`${relative(root, file)}: ${lines} lines (at most ${MAX_LINES})`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkStructure();
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log('structure: no import cycle, no file over 450 lines');
}
