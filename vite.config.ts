import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {cpSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {VitePWA} from 'vite-plugin-pwa';
import {demoPages} from './scripts/demo-pages/index.js';
import {writeKioskConfig} from './scripts/kiosk-config.mjs';
import {shiftPackDir, shiftWeeks} from './scripts/demo-dates.mjs';

const root = import.meta.dirname;
const here = (path: string) => resolve(root, path);
/** Where builds go: dist/ unless LOA_DIST names another folder (parallel builds, tests). */
const dist = (path = '') => resolve(process.env.LOA_DIST ?? here('dist'), path);

/**
 * Copies the demo content pack next to a built app, so the app is
 * self-contained, with its news and event dates moved by whole weeks so that
 * the build date falls mid-campaign (scripts/demo-dates.mjs; none in late
 * 2026, the pack's own time). The copy moves, never demo/content/.
 */
function copyContent(to: string) {
  return {
    name: 'loa-copy-content',
    closeBundle() {
      cpSync(here('demo/content'), to, {recursive: true});
      const weeks = shiftWeeks();
      const moved = shiftPackDir(to, weeks);
      if (moved.length) console.log(`demo pack: ${moved.join(', ')} moved by ${weeks} weeks, so this build falls mid-campaign`);
    },
  };
}

/**
 * The built kiosk's config takes the commune's name, counter, hours and phone
 * from the content pack's commune.json, as the demo site does (scripts/kiosk-config.mjs).
 */
function kioskConfigFacts(configFile: string, communeFile: string): Plugin {
  return {
    name: 'loa-kiosk-config-facts',
    closeBundle() {
      writeKioskConfig(configFile, communeFile);
    },
  };
}

/** What the demo site is generated from: the content pack, the element manifest, the shared theme and the embedding guide. */
const demoSources = {
  contentDir: here('demo/content'),
  manifest: dist('custom-elements.json'),
  theme: here('src/core/theme.styles.ts'),
  // The canonical source of the (Vietnamese) embedding page; docs/embedding.md is its English
  // counterpart, kept in step (scripts/demo-pages/embedding-page.ts).
  embeddingGuide: here('docs/embedding.vi.md'),
};

const widgets = {
  'loa-news': here('src/news/define.ts'),
  'loa-schedule': here('src/schedule/define.ts'),
  'loa-howto': here('src/howto/define.ts'),
  'loa-qr': here('src/qr/define.ts'),
  'loa-progress': here('src/progress/define.ts'),
  'loa-search': here('src/search/define.ts'),
};
type WidgetName = keyof typeof widgets;

/*
 * The English strings import one thing, lit-localize's `str` tag, which only
 * wraps its arguments in {strTag, strings, values}. Given lit-localize's own
 * module, the bundler puts lit-localize's runtime in a chunk of its own that
 * the entry must import (when an element also imports <loa-qr> lazily), and
 * an entry that imports a chunk is not one file any more. This copy of the tag
 * leaves the English chunk with no imports at all.
 */
const STR_TAG = '\0loa-str-tag';
function englishStrTag(): Plugin {
  return {
    name: 'loa-english-str-tag',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === '@lit/localize' && importer?.includes('/src/generated/locales/') ? STR_TAG : undefined;
    },
    load(id) {
      return id === STR_TAG ? 'export const str = (strings, ...values) => ({strTag: true, strings, values});' : undefined;
    },
  };
}

/**
 * Fails the build when an entry (loa.js, widgets/loa-*.js) imports another
 * file up front: a webmaster who copies only that file must still get working
 * elements. Lazy chunks may import what they like; they are loaded later, and
 * one that is missing is reported on the page (src/core/lazy-part.ts).
 */
function selfContained(): Plugin {
  return {
    name: 'loa-self-contained-entries',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry && file.imports.length) {
          this.error(`${file.fileName} imports ${file.imports.join(', ')} up front; an entry must be one file.`);
        }
      }
    },
  };
}

/**
 * Minifies the elements' css`…` templates in the entries: CSS comments dropped
 * and each run of whitespace made one space. The minifier leaves template text
 * as written, and the comments that explain the styles cost every widget
 * about half a kilobyte gzipped (test/after-build/bundle-sizes.test.ts holds
 * the budgets). Only templates with no `${…}` are touched; their strings
 * ('✓ ') keep a single space, which is all they hold.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'loa-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const minified = code.replace(/\bcss`([^`$\\]*)`/g, (_, text: string) => {
        const css = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
        return `css\`${css}\``;
      });
      return minified === code ? undefined : {code: minified, map: null};
    },
  };
}

/** An entry that holds everything it runs up front; its lazy chunks go to chunks/ beside it. */
function entryBuild(outDir: string, entry: string, fileName: string): UserConfig {
  return {
    plugins: [englishStrTag(), minifyCssTemplates(), selfContained()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Library mode leaves ES output unminified by default; webmasters ship these files as they are.
      minify: true,
      lib: {entry, formats: ['es'], fileName: () => fileName},
      rolldownOptions: {
        // Code that the entry and a lazy chunk share stays in the entry (the chunk imports it
        // from there) instead of becoming small chunks the entry must fetch before it can run.
        preserveEntrySignatures: 'allow-extension',
        // loa.js defines every element, so <loa-qr> is in it and the lazy imports of it
        // (which keep the per-element widgets small) are expected to do nothing there.
        checks: {ineffectiveDynamicImport: false},
        output: {
          // A lazily defined element (<loa-qr> inside the schedule) is named after its tag, not
          // "define", so a missing file named on the page says what it is.
          chunkFileNames: ({facadeModuleId}) => {
            const element = /src[\\/](\w+)[\\/]define\.ts$/.exec(facadeModuleId ?? '')?.[1];
            return element ? `chunks/loa-${element}-[hash].js` : 'chunks/[name]-[hash].js';
          },
          minify: true,
        },
      },
    },
  };
}

/*
 * One config, one build per mode:
 *   bundle          → dist/loa.js, every element with Lit inside (the one-tag embed)
 *   widget:loa-news → dist/widgets/loa-news.js, one element with Lit inside; one build per
 *                     element (scripts/build.mjs runs the five), since entries built together
 *                     would share chunks and none would be one file
 *   kiosk           → dist/kiosk/, the PWA
 *   demo            → dist/demo/, the demo commune website
 * With no mode (npm run dev) the dev server serves /kiosk/ and /demo/ from source.
 * Lazy chunks (readers, the QR encoder, the sanitiser, English) go to chunks/ beside each entry.
 */
export default defineConfig(({mode}): UserConfig => {
  const widget = /^widget:(.+)$/.exec(mode)?.[1];
  if (widget) {
    if (!(widget in widgets)) throw new Error(`Unknown widget "${widget}": one of ${Object.keys(widgets).join(', ')}.`);
    return entryBuild(dist('widgets'), widgets[widget as WidgetName], `${widget}.js`);
  }
  switch (mode) {
    case 'bundle':
      return entryBuild(dist(), here('src/define.ts'), 'loa.js');
    case 'kiosk':
      return {
        root: here('kiosk'),
        base: '/kiosk/',
        publicDir: here('kiosk/public'),
        build: {outDir: dist('kiosk'), emptyOutDir: true, target: 'es2022'},
        define: {
          // A clock before this is wrong (kiosk/src/clock.ts).
          __KIOSK_BUILT__: JSON.stringify(new Date().toISOString()),
          // Shown in the kiosk's staff status view.
          __KIOSK_VERSION__: JSON.stringify(
            `${JSON.parse(readFileSync(here('package.json'), 'utf8')).version} (${new Date().toISOString().slice(0, 16)}Z)`
          ),
        },
        plugins: [
          copyContent(dist('kiosk/content')),
          kioskConfigFacts(dist('kiosk/kiosk.config.json'), here('demo/content/commune.json')),
          VitePWA({
            strategies: 'injectManifest',
            srcDir: '.',
            filename: 'sw.ts',
            injectRegister: false,
            manifest: false,
            injectManifest: {
              globDirectory: dist('kiosk'),
              globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest,json}'],
              // Feeds and the config are network-first at runtime (kiosk/sw.ts), not precached.
              globIgnores: ['content/**/*.json', 'content/**/*.ics', 'kiosk.config.json'],
              maximumFileSizeToCacheInBytes: 3_000_000,
            },
          }),
        ],
      };
    case 'demo':
      return {
        root: here('demo'),
        base: '/demo/',
        publicDir: false,
        build: {
          outDir: dist('demo'),
          emptyOutDir: true,
          target: 'es2022',
          // Only the site's own script and stylesheet go through Vite; the pages
          // are written by demoPages() so the one-tag embed (/loa.js) stays as a
          // webmaster would write it.
          rolldownOptions: {input: {site: here('demo/main.ts')}},
        },
        plugins: [
          demoPages(demoSources),
          copyContent(dist('demo/content')),
        ],
      };
    default:
      // /demo/ pages are rendered from the sources by demoPages(); /kiosk/ is served as is.
      return {server: {port: 5173}, plugins: [demoPages(demoSources)]};
  }
});
