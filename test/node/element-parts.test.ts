// Every part a page can style with ::part() is in the custom elements manifest
// (`@csspart` in the element's JSDoc), where editors and the demo's reference
// page show it to webmasters. A part the templates render but the manifest does
// not list is a public surface nobody was told about, and nobody will keep.
//
// The parts an element renders are read from every .ts file in its folder
// (src/<name>/, however the element is split into files), and from the core
// helpers it imports that render parts themselves (renderContentStatus gives
// `status`, `error`, `retry`; heading() gives `heading` or its `part` option).
// The manifest is made afresh from the same sources, never read from a build
// that may be older than them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {analyzeManifest, elementDeclarations, ROOT} from '../helpers/custom-elements-manifest.js';

/**
 * Parts an element renders without a `@csspart`, tolerated only while its
 * owners are changing those files: that element's check becomes a node:test
 * `todo` (reported, not counted as a failure) naming the parts, and any other
 * missing part still fails. Empty since howto, news and schedule list every
 * part they render; when a gap is closed, delete its entry.
 */
const KNOWN_GAPS: Record<string, string[]> = {};

/** The same for an element whose JSDoc does not yet spell `@tag` or has a non-English `@summary`. */
const JSDOC_GAPS: Record<string, string> = {};

/** part name → where it is rendered ("src/howto/loa-howto.ts:316"). */
type Parts = Map<string, string[]>;

interface Scan {
  parts: Parts;
  /** `part=${…}` bindings with no string literal to read a name from. */
  unreadable: string[];
}

function add(parts: Parts, names: Iterable<string>, where: string): void {
  for (const name of names) {
    if (!name) continue;
    const list = parts.get(name) ?? [];
    if (!list.includes(where)) list.push(where);
    parts.set(name, list);
  }
}

/** Index just past the string or template literal that opens at `i`. */
function skipLiteral(code: string, i: number): number {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j + 1;
    else if (quote === '`' && code[j] === '$' && code[j + 1] === '{') j = skipBalanced(code, j + 1) - 1;
  }
  return code.length;
}

/** Index just past the bracket that closes the one at `open`, literals skipped. */
function skipBalanced(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; ) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      i = skipLiteral(code, i);
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return code.length;
}

/** The space-separated names inside every string literal of an expression: `a ? 'x y' : 'z'` → x, y, z. */
function literalNames(expression: string): string[] {
  const names: string[] = [];
  for (const m of expression.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$\\]*)`/g)) {
    names.push(...(m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/).filter(Boolean));
  }
  return names;
}

const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;

/**
 * The parts a source file can render: `part="a b"`, `part=a`, `part="a ${…}"`,
 * `part=${cond ? 'a b' : 'c'}` (every string literal in the binding), and the
 * `part: '…'` option that heading() passes on.
 */
export function scanParts(code: string, file: string): Scan {
  const parts: Parts = new Map();
  const unreadable: string[] = [];
  for (const m of code.matchAll(/(?<![\w$.-])part=(?:(["'])|(\$\{)|([\w-]+))/g)) {
    const where = `${file}:${lineOf(code, m.index)}`;
    if (m[3]) {
      add(parts, [m[3]], where);
    } else if (m[2]) {
      const open = m.index + m[0].length - 1;
      const expression = code.slice(open, skipBalanced(code, open));
      const names = literalNames(expression);
      if (names.length) add(parts, names, where);
      else unreadable.push(`${where}: part=$${expression}`);
    } else {
      // A quoted value: static words, and any ${…} inside it read like a binding.
      const quote = m[1];
      let i = m.index + m[0].length;
      let text = '';
      while (i < code.length && code[i] !== quote) {
        if (code[i] === '$' && code[i + 1] === '{') {
          const end = skipBalanced(code, i + 1);
          const names = literalNames(code.slice(i + 1, end));
          if (names.length) add(parts, names, where);
          else unreadable.push(`${where}: part=${quote}…${code.slice(i, end)}…${quote}`);
          text += ' ';
          i = end;
        } else text += code[i++];
      }
      add(parts, text.split(/\s+/), where);
    }
  }
  for (const m of code.matchAll(/(?<=[{,]\s*)part\s*:\s*/g)) {
    // An option object's `{…, part: 'step-heading'}` (a type annotation `part: string` has no literal).
    let end = m.index + m[0].length;
    while (end < code.length && !/[,;}\n)]/.test(code[end])) {
      end = code[end] === "'" || code[end] === '"' || code[end] === '`' ? skipLiteral(code, end) : /[({[]/.test(code[end]) ? skipBalanced(code, end) : end + 1;
    }
    add(parts, literalNames(code.slice(m.index + m[0].length, end)), `${file}:${lineOf(code, m.index)}`);
  }
  return {parts, unreadable};
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

/**
 * src/core's exports that render parts: each top-level declaration's parts,
 * with those of the module's private helpers it calls.
 */
function coreParts(): {byExport: Map<string, Parts>; unreadable: string[]} {
  const byExport = new Map<string, Parts>();
  const unreadable: string[] = [];
  for (const path of tsFiles(join(ROOT, 'src/core'))) {
    const code = readFileSync(path, 'utf8');
    const module = rel(path).replace(/\.ts$/, '');
    const starts = [...code.matchAll(/^(export\s+)?(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)];
    const chunks = starts.map((m, i) => {
      const text = code.slice(m.index, starts[i + 1]?.index ?? code.length);
      const firstLine = lineOf(code, m.index) - 1;
      // Line numbers of the whole file, not of the chunk.
      const scan = scanParts('\n'.repeat(firstLine) + text, rel(path));
      unreadable.push(...scan.unreadable);
      return {name: m[2], exported: Boolean(m[1]), text, parts: scan.parts};
    });
    for (const chunk of chunks.filter((c) => c.exported)) {
      const parts: Parts = new Map();
      const seen = new Set<string>();
      const visit = (c: (typeof chunks)[number]) => {
        if (seen.has(c.name)) return;
        seen.add(c.name);
        for (const [name, where] of c.parts) for (const w of where) add(parts, [name], w);
        for (const helper of chunks) if (!helper.exported && new RegExp(`\\b${helper.name}\\b`).test(c.text)) visit(helper);
      };
      visit(chunk);
      if (parts.size) byExport.set(`${module}#${chunk.name}`, parts);
    }
  }
  return {byExport, unreadable};
}

/** Names an element folder imports (as values) from src/core: "src/core/heading#heading". */
function coreImports(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]\.\.\/core\/([\w.-]+?)\.js['"]/g)) {
    if (m[1]) continue;
    for (const spec of m[2].split(',')) {
      const name = spec.trim().replace(/^type\s+.*/, '').split(/\s+as\s+/)[0];
      if (name) names.push(`src/core/${m[3]}#${name}`);
    }
  }
  return names;
}

const core = coreParts();

/** Every part an element folder can render, its own and its core helpers'. */
function renderedParts(folder: string): Scan {
  const parts: Parts = new Map();
  const unreadable: string[] = [];
  for (const path of tsFiles(join(ROOT, folder))) {
    const code = readFileSync(path, 'utf8');
    const scan = scanParts(code, rel(path));
    unreadable.push(...scan.unreadable);
    for (const [name, where] of scan.parts) for (const w of where) add(parts, [name], w);
    for (const imported of coreImports(code)) {
      for (const [name, where] of core.byExport.get(imported) ?? []) for (const w of where) add(parts, [name], `${w} (${imported.split('#')[1]}())`);
    }
  }
  return {parts, unreadable};
}

test('the scanner reads every way a template names its parts', () => {
  const code = [
    'html`<div part="base">',
    '<p part="button read stop"></p>',
    "<li part=${cancelled ? 'event cancelled' : 'event'}></li>",
    "<a part=${last ? \"button done\" : 'button next'}>",
    '<b part=plain></b>',
    "<i part=\"button ${open ? 'open' : 'closed'}\"></i>",
    '<u exportparts="not-a-part" data-part="nor-this"></u>',
    "${heading(1, t, {offset: 1, part: 'step-heading'})}",
    'function readable(part: string) {}',
    "const shown = ok ? part : decoded.normalize('NFC');",
    '<s part=${name}></s>`',
  ].join('\n');
  const {parts, unreadable} = scanParts(code, 'x.ts');
  assert.deepEqual(
    [...parts.keys()].sort(),
    ['base', 'button', 'cancelled', 'closed', 'done', 'event', 'next', 'open', 'plain', 'read', 'step-heading', 'stop'].sort()
  );
  assert.deepEqual(parts.get('event'), ['x.ts:3']);
  assert.deepEqual(unreadable, ['x.ts:11: part=${name}']);
});

test('core helpers that render parts are known, with the parts they render', () => {
  assert.deepEqual([...(core.byExport.get('src/core/heading#heading')?.keys() ?? [])], ['heading']);
  assert.deepEqual([...(core.byExport.get('src/core/content-status#renderContentStatus')?.keys() ?? [])].sort(), ['button', 'error', 'retry', 'status']);
  assert.deepEqual(core.unreadable, [], 'a part binding in src/core with no string literal to read');
});

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

const {manifest, from} = analyzeManifest();
const elements = elementDeclarations(manifest).filter((d) => d.tagName.startsWith('loa-'));

test(`the manifest (${from}) has the four elements`, () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['loa-howto', 'loa-news', 'loa-progress', 'loa-qr', 'loa-schedule', 'loa-search']);
  for (const tag of [...Object.keys(KNOWN_GAPS), ...Object.keys(JSDOC_GAPS)]) assert.ok(elements.some((d) => d.tagName === tag), `KNOWN_GAPS names ${tag}, which the manifest does not have`);
});

for (const element of elements) {
  const tag = element.tagName;
  const folder = dirname(element.path);
  const {parts, unreadable} = renderedParts(folder);
  const documented = new Set((element.cssParts ?? []).map((p) => p.name));
  const missing = [...parts.keys()].filter((name) => !documented.has(name)).sort();
  const known = KNOWN_GAPS[tag] ?? [];
  const describe = (names: string[]) => names.map((name) => `${name} (${parts.get(name)!.join(', ')})`).join('\n  ');

  test(`<${tag}>: every part binding in ${folder}/ names its parts in string literals`, () => {
    assert.deepEqual(unreadable, [], 'the test cannot tell which parts these render: write the names as string literals');
  });

  test(
    `<${tag}>: every part rendered from ${folder}/ is a @csspart in the manifest`,
    known.length ? {todo: `${folder}/ owners: add @csspart for ${known.join(', ')}`} : {},
    (t) => {
      if (known.length && missing.length === 0) t.diagnostic(`all documented now: delete KNOWN_GAPS['${tag}']`);
      assert.deepEqual(missing, [], `<${tag}> renders parts its JSDoc does not list:\n  ${describe(missing)}\n`);
    }
  );

  if (known.length) {
    test(`<${tag}>: no part is missing from the manifest beyond the known gap (${known.join(', ')})`, () => {
      const unexpected = missing.filter((name) => !known.includes(name));
      assert.deepEqual(unexpected, [], `<${tag}> renders parts its JSDoc does not list:\n  ${describe(unexpected)}\n`);
    });
  }

  test(
    `<${tag}>: its JSDoc names the tag with @tag, the one spelling the project uses, and has an English @summary`,
    JSDOC_GAPS[tag] ? {todo: `${element.path}: ${JSDOC_GAPS[tag]}`} : {},
    () => {
      const code = readFileSync(join(ROOT, element.path), 'utf8');
      assert.deepEqual(code.match(/@(?:tagname|tagName|customElement|element)\b[^\n]*/g) ?? [], [], 'another spelling of @tag');
      assert.match(code, new RegExp(`^\\s*\\* @tag ${tag}$`, 'm'));
      assert.ok(element.summary, 'no @summary');
      assert.doesNotMatch(element.summary, VIETNAMESE, 'the @summary is for webmasters reading the manifest in any language: English, like the rest of the JSDoc');
    }
  );

  test(`<${tag}>: every @csspart in the manifest is rendered from ${folder}/`, () => {
    const stale = [...documented].filter((name) => !parts.has(name)).sort();
    assert.deepEqual(stale, [], `<${tag}> documents parts that none of its templates render`);
  });
}
