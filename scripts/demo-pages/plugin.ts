// The Vite plugin that writes the demo commune website (dist/demo/), generated
// at build time from the demo content pack, custom-elements.json, the shared
// stylesheet and the embedding guide's Markdown.
//
// The pages embed the widgets exactly as a webmaster would: one
// `<script type="module" src="/loa.js">` (the real one-tag bundle at the site
// root) and the tags, each with light-DOM fallback content that shows when
// JavaScript is off or the script is blocked. The pages are written by this
// plugin, not processed by Vite, so nothing rewrites or bundles that tag; Vite
// only builds the site's own small stylesheet and script (demo/main.ts).
import {readFileSync} from 'node:fs';
import type {Plugin} from 'vite';
import {loadContentPack} from './content-pack.js';
import {readElementReference, readSharedTokens} from './element-reference.js';
import {BASE, FAVICON, layout} from './layout.js';
import {buildPages} from './pages.js';

/** The files the site is generated from. */
export interface DemoSourceFiles {
  /** The demo content pack (demo/content/). */
  contentDir: string;
  /** custom-elements.json, for the reference page (written by the library build before the demo's). */
  manifest: string;
  /** The shared stylesheet, for the reference page's shared tokens. */
  theme: string;
  /**
   * The Markdown the embedding guide page is rendered from: docs/embedding.vi.md
   * (chosen in vite.config.ts), the canonical source of this Vietnamese page.
   */
  embeddingGuide: string;
}

/**
 * Vite plugin for the demo site. `vite build --mode demo`: Vite builds
 * demo/main.ts (the site's script and stylesheet) and this writes every page
 * around them. `npm run dev`: the same pages are rendered per request, with
 * /loa.js answered from the sources (src/define.ts).
 */
export function demoPages({contentDir, manifest, theme, embeddingGuide}: DemoSourceFiles): Plugin {
  // Read afresh for every build, and for every page the dev server renders, so edits show on reload.
  const pages = () => {
    const pack = loadContentPack(contentDir);
    const specs = buildPages({
      pack,
      elements: readElementReference(manifest),
      tokens: readSharedTokens(theme),
      embeddingGuide: {text: readFileSync(embeddingGuide, 'utf8'), file: embeddingGuide},
    });
    return {pack, specs};
  };
  return {
    name: 'loa-demo-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path === '/loa.js') {
          request.url = '/src/define.ts';
          return next();
        }
        if (path === '/demo/favicon.svg') {
          response.setHeader('content-type', 'image/svg+xml');
          return response.end(FAVICON);
        }
        if (!path.startsWith(BASE) || !path.endsWith('/')) return next();
        const {pack, specs} = pages();
        const spec = specs.find((s) => `${BASE}${s.path}` === path);
        if (!spec) return next();
        const page = layout(spec, pack, {css: [], js: `${BASE}main.ts`, dev: true});
        server
          .transformIndexHtml(path, page)
          .then((html) => {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(html);
          })
          .catch(next);
      });
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('demo/main.ts was not built');
      const css = [...(entry.viteMetadata?.importedCss ?? [])].map((f) => `${BASE}${f}`);
      const assets = {css, js: `${BASE}${entry.fileName}`};
      const {pack, specs} = pages();
      this.emitFile({type: 'asset', fileName: 'favicon.svg', source: FAVICON});
      for (const spec of specs) {
        this.emitFile({type: 'asset', fileName: `${spec.path}index.html`, source: layout(spec, pack, assets)});
      }
    },
  };
}
