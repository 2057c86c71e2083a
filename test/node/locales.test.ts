// Fails when a locale lacks a string: every msg() in the code must be in both
// XLIFF files with a non-empty target, and the generated English module must
// be up to date with locales/en.xlf.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function units(xlf: string): Map<string, {source: string; target: string | undefined}> {
  const map = new Map<string, {source: string; target: string | undefined}>();
  for (const m of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = m[2].match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = m[2].match(/<target>([\s\S]*?)<\/target>/)?.[1];
    map.set(m[1], {source, target});
  }
  return map;
}

/** Extracts the messages the code uses now, into a scratch folder. */
function extractFresh(): Map<string, {source: string; target: string | undefined}> {
  const scratch = mkdtempSync(join(tmpdir(), 'loa-xliff-'));
  const config = JSON.parse(read('locales/lit-localize.json'));
  config.tsConfig = join(root, 'tsconfig.json');
  config.inputFiles = config.inputFiles.map((glob: string) => join(root, 'locales', glob));
  config.output.outputDir = join(scratch, 'out');
  config.interchange.xliffDir = scratch;
  delete config.$schema;
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', configPath], {stdio: 'pipe'});
  return units(readFileSync(join(scratch, readdirSync(scratch).find((f) => f.endsWith('.xlf'))!), 'utf8'));
}

test('every message in the code has an English translation', () => {
  const fresh = extractFresh();
  const committed = units(read('locales/en.xlf'));
  assert.ok(fresh.size > 0, 'extraction found messages');
  const missing = [...fresh.keys()].filter((id) => !committed.get(id)?.target?.trim());
  assert.deepEqual(
    missing.map((id) => `${id}: ${fresh.get(id)!.source}`),
    [],
    'messages without an English <target> in locales/en.xlf (run `npm run localize`, then add targets)'
  );
});

test('the Vietnamese XLIFF has every message', () => {
  const fresh = extractFresh();
  const vi = units(read('locales/vi.xlf'));
  const missing = [...fresh.keys()].filter((id) => !vi.get(id)?.target?.trim());
  assert.deepEqual(missing, [], 'run `npm run localize` to regenerate locales/vi.xlf');
});

test('the generated English module matches the XLIFF', () => {
  const generated = read('src/generated/locales/en.ts');
  const committed = units(read('locales/en.xlf'));
  const stale = [...committed.entries()].filter(([id, u]) => u.target && !generated.includes(`'${id}'`)).map(([id]) => id);
  assert.deepEqual(stale, [], 'run `npm run localize` to regenerate src/generated/locales/en.ts');
});

test('no Vietnamese UI text outside msg() in element templates', () => {
  // A light guard: Vietnamese letters inside html`` templates, outside ${msg(...)}, are hard-coded UI text.
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
      } else if (path.endsWith('.ts') && !path.endsWith('.styles.ts')) {
        const code = read(path);
        for (const m of code.matchAll(/html`([\s\S]*?)`/g)) {
          const literal = m[1].replace(/\$\{[^}]*\}/g, '');
          const text = literal.replace(/<[^>]*>/g, ' ');
          if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)) offenders.push(path);
        }
      }
    }
  };
  walk('src');
  walk('kiosk');
  assert.deepEqual([...new Set(offenders)], []);
});
