// The custom elements manifest is what editors and the demo's reference page
// show webmasters, so every attribute default must be a value they could
// write ("6", "null"), never the name of a constant in our sources.
//
// Reads the built dist/custom-elements.json (or LOA_DIST's); without a build,
// runs the analyzer into a temporary folder with the same config.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {elementDeclarations, loadManifest, type Attribute} from '../helpers/custom-elements-manifest.js';

const {manifest, from} = loadManifest();
const attributes = new Map<string, Map<string, Attribute>>(
  elementDeclarations(manifest).map((declaration) => [declaration.tagName, new Map((declaration.attributes ?? []).map((a) => [a.name, a]))])
);
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
  // The byte cap of every content element (ContentController's DEFAULT_MAX_BYTES, 5 MB).
  for (const tag of ['loa-news', 'loa-schedule', 'loa-howto']) {
    assert.equal(attributes.get(tag)?.get('max-bytes')?.default, '5242880', `<${tag} max-bytes>`);
  }
});
