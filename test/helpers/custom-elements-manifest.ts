// The custom elements manifest, for node tests: the built one, or a fresh
// analyzer run over src/ with the project's config (scripts/custom-elements-manifest.config.mjs).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(process.env.LOA_DIST ? resolve(process.env.LOA_DIST) : join(ROOT, 'dist'), 'custom-elements.json');

export interface Attribute {
  name: string;
  default?: string;
  type?: {text: string};
  fieldName?: string;
}
export interface CssPart {
  name: string;
  description?: string;
}
export interface Declaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: Attribute[];
  cssParts?: CssPart[];
}
export interface Manifest {
  modules: Array<{path: string; declarations?: Declaration[]}>;
}
export interface LoadedManifest {
  manifest: Manifest;
  /** Where it came from, for test names. */
  from: string;
}

/** Runs the analyzer on the sources as they are now, into a temporary folder. */
export function analyzeManifest(): LoadedManifest {
  const dir = mkdtempSync(join(tmpdir(), 'loa-cem-'));
  try {
    // The analyzer joins --outdir to its working directory, so it gets a relative path.
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'scripts/custom-elements-manifest.config.mjs', '--outdir', relative(ROOT, dir), '--quiet'],
      {cwd: ROOT, stdio: 'pipe'}
    );
    return {manifest: JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest, from: 'a fresh analyzer run'};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The built dist/custom-elements.json (or LOA_DIST's) when there is one, else a fresh analyzer run. */
export function loadManifest(): LoadedManifest {
  if (existsSync(BUILT)) return {manifest: JSON.parse(readFileSync(BUILT, 'utf8')) as Manifest, from: BUILT};
  const fresh = analyzeManifest();
  return {...fresh, from: `${fresh.from} (no build found)`};
}

/** Each custom element's declaration with the path of the module that declares it. */
export function elementDeclarations(manifest: Manifest): Array<Declaration & {tagName: string; path: string}> {
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d): d is Declaration & {tagName: string} => Boolean(d.customElement && d.tagName)).map((d) => ({...d, path: m.path}))
  );
}
