// The structure rules `npm run lint` checks, also run by `npm test` so CI keeps
// them: no import cycle in src/ or kiosk/ (type imports included), and no
// source file (TypeScript or CSS) over 450 lines (scripts/check-structure.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {checkStructure, MAX_LINES} from '../../scripts/check-structure.mjs';

test('no import cycle and no source file over 450 lines', () => {
  assert.deepEqual(checkStructure(), []);
});

test('the checker reports what it is there to catch, and nothing else', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'loa-structure-'));
  t.after(() => rmSync(root, {recursive: true, force: true}));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  };
  const lines = (n: number, end = '\n') => Array.from({length: n}, (_, i) => `// line ${i + 1}`).join('\n') + end;

  // A cycle made of type imports only: erased from the JavaScript, still a cycle for a reader.
  write('src/a.ts', "import type {B} from './b.js';\nexport interface A {\n  b?: B;\n}\n");
  write('src/b.ts', "import type {A} from './a.js';\nexport interface B {\n  a?: A;\n}\n");
  // A lazy import() is a chunk boundary, not a cycle.
  write('src/element.ts', "import {part} from './part.js';\nexport const element = part;\n");
  write('src/part.ts', "export const part = 1;\nexport const later = () => import('./element.js');\n");
  // One line over, at the limit, and a stylesheet over without a final newline.
  write('kiosk/long.ts', lines(MAX_LINES + 1));
  write('kiosk/full.ts', lines(MAX_LINES));
  write('kiosk/styles/long.css', lines(MAX_LINES + 1, ''));
  // Not checked: generated code, public files, and folders not asked for.
  write('src/generated/strings.ts', lines(MAX_LINES * 2));
  write('kiosk/public/vendor.css', lines(MAX_LINES * 2));
  write('demo/site.css', lines(MAX_LINES * 2));

  assert.deepEqual(checkStructure({root, dirs: ['src', 'kiosk']}).sort(), [
    'import cycle: src/a.ts ↔ src/b.ts',
    'kiosk/long.ts: 451 lines (at most 450)',
    'kiosk/styles/long.css: 451 lines (at most 450)',
  ]);
  assert.deepEqual(checkStructure({root, dirs: ['demo']}), ['demo/site.css: 900 lines (at most 450)'], 'a folder is checked when asked for');
});
