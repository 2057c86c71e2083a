// The custom elements manifest is what editors and the demo's reference page
// show webmasters, so every attribute default must be a value they could
// write ("6", "null"), never the name of a constant in our sources.
//
// Reads the built dist/custom-elements.json (or LOA_DIST's); without a build,
// runs the analyzer into a temporary folder with the same config.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(process.env.LOA_DIST ? resolve(process.env.LOA_DIST) : join(ROOT, 'dist'), 'custom-elements.json');

interface Attribute {
  name: string;
  default?: string;
  type?: {text: string};
  fieldName?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
}
interface Manifest {
  modules: Array<{declarations?: Declaration[]}>;
}

function loadManifest(): {manifest: Manifest; from: string} {
  if (existsSync(BUILT)) return {manifest: JSON.parse(readFileSync(BUILT, 'utf8')) as Manifest, from: BUILT};
  const dir = mkdtempSync(join(tmpdir(), 'loa-cem-'));
  try {
    // The analyzer joins --outdir to its working directory, so it gets a relative path.
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'scripts/custom-elements-manifest.config.mjs', '--outdir', relative(ROOT, dir), '--quiet'],
      {cwd: ROOT, stdio: 'pipe'}
    );
    return {manifest: JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest, from: 'a fresh analyzer run (no build found)'};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const {manifest, from} = loadManifest();
const attributes = new Map<string, Map<string, Attribute>>();
for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  if (declaration.customElement && declaration.tagName) {
    attributes.set(declaration.tagName, new Map((declaration.attributes ?? []).map((a) => [a.name, a])));
  }
}
const KEYWORDS = new Set(['true', 'false', 'null', 'undefined']);

test(`no attribute default is a bare identifier (${from})`, () => {
  assert.ok(attributes.size >= 4, `expected the four elements, found ${[...attributes.keys()].join(', ')}`);
  const bare = [...attributes].flatMap(([tag, attrs]) =>
    [...attrs.values()]
      .filter((a) => a.default !== undefined && /^[A-Za-z_$][\w$]*$/.test(a.default) && !KEYWORDS.has(a.default))
      .map((a) => `<${tag} ${a.name}>: ${a.default}`)
  );
  assert.deepEqual(bare, [], 'these defaults name a constant instead of its value');
});

test('the defaults webmasters asked about are the real values', () => {
  assert.equal(attributes.get('loa-news')?.get('limit')?.default, '6');
  const allowedHosts = attributes.get('loa-qr')?.get('allowed-hosts');
  // The per-element attribute, not the page-wide static LoaQr.allowedHosts (string[] | null) of the same name.
  assert.equal(allowedHosts?.default, 'null');
  assert.equal(allowedHosts?.type?.text, 'string | null');
  assert.equal(attributes.get('loa-qr')?.get('no-open')?.default, 'false');
  assert.equal(attributes.get('loa-qr')?.get('no-copy')?.default, 'false');
});
