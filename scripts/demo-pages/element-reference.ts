// What the demo's element reference page (reference-page.ts) lists, read from
// custom-elements.json (which the build writes from the elements' JSDoc before
// the demo is built) and the shared stylesheet, so it cannot drift from the code.
import {existsSync, readFileSync} from 'node:fs';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: {text?: string};
}

export interface ElementReference {
  tag: string;
  className: string;
  summary: string;
  description: string;
  attributes: Described[];
  events: Described[];
  slots: Described[];
  parts: Described[];
  cssProperties: Described[];
}

interface Manifest {
  modules?: Array<{
    path?: string;
    declarations?: Array<
      Partial<Record<'attributes' | 'events' | 'slots' | 'cssParts' | 'cssProperties', Described[]>> & {
        kind?: string;
        tagName?: string;
        name?: string;
        summary?: string;
        description?: string;
      }
    >;
  }>;
}

const byName = (a: Described, b: Described) => a.name.localeCompare(b.name);

/** Every loa-* element in the manifest, sorted by tag; empty if the file is missing. */
export function readElementReference(manifestFile: string): ElementReference[] {
  if (!existsSync(manifestFile)) return [];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const elements = new Map<string, ElementReference>();
  for (const module of manifest.modules ?? []) {
    // Elements register through defineElement(), which the analyzer cannot see;
    // unless a class carries @tag, its tag is its file's name (src/qr/loa-qr.ts).
    const fileTag = /(?:^|\/)(loa-[a-z-]+)\.ts$/.exec(module.path ?? '')?.[1];
    for (const d of module.declarations ?? []) {
      const tag = d.tagName ?? (d.kind === 'class' && d.name !== 'LoaElement' ? fileTag : undefined);
      if (!tag?.startsWith('loa-') || elements.has(tag)) continue;
      elements.set(tag, {
        tag,
        className: d.name ?? '',
        summary: d.summary ?? '',
        description: d.description ?? '',
        // Properties without an attribute cannot be written in HTML: leave them out.
        attributes: (d.attributes ?? []).filter((a) => a.name).sort(byName),
        events: (d.events ?? []).filter((e) => e.name).sort(byName),
        slots: (d.slots ?? []).sort(byName),
        parts: (d.cssParts ?? []).sort(byName),
        cssProperties: (d.cssProperties ?? []).sort(byName),
      });
    }
  }
  return [...elements.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

export interface SharedToken {
  name: string;
  default: string;
}

/**
 * The shared theme tokens every element reads, with their defaults, taken from
 * the shared stylesheet itself (src/core/theme.styles.ts): `var(--loa-x, default)`.
 */
export function readSharedTokens(themeFile: string): SharedToken[] {
  if (!existsSync(themeFile)) return [];
  const source = readFileSync(themeFile, 'utf8');
  const tokens = new Map<string, string>();
  for (const m of source.matchAll(/var\((--loa-[a-z-]+),\s*([^;]+?)\);/g)) {
    if (!tokens.has(m[1])) tokens.set(m[1], m[2].trim());
  }
  return [...tokens].map(([name, value]) => ({name, default: value})).sort((a, b) => a.name.localeCompare(b.name));
}
