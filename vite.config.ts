import {defineConfig, type UserConfig} from 'vite';
import {cpSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {VitePWA} from 'vite-plugin-pwa';
import {demoPages} from './scripts/demo-pages.js';

const root = import.meta.dirname;
const here = (path: string) => resolve(root, path);
/** Where builds go: dist/ unless LOA_DIST names another folder (parallel builds, tests). */
const dist = (path = '') => resolve(process.env.LOA_DIST ?? here('dist'), path);

/** Copies the demo content pack next to a built app, so the app is self-contained. */
function copyContent(to: string) {
  return {
    name: 'loa-copy-content',
    closeBundle() {
      cpSync(here('demo/content'), to, {recursive: true});
    },
  };
}

/** What the demo site is generated from: the content pack, the element manifest and the shared theme. */
const demoSources = {
  contentDir: here('demo/content'),
  manifest: dist('custom-elements.json'),
  theme: here('src/core/theme.styles.ts'),
};

const widgets = {
  'loa-news': here('src/news/define.ts'),
  'loa-schedule': here('src/schedule/define.ts'),
  'loa-howto': here('src/howto/define.ts'),
  'loa-qr': here('src/qr/define.ts'),
};

/*
 * One config, one build per mode:
 *   bundle  → dist/loa.js, every element with Lit inside (the one-tag embed)
 *   widgets → dist/widgets/loa-*.js, one entry per element sharing chunks
 *   kiosk   → dist/kiosk/, the PWA
 *   demo    → dist/demo/, the demo commune website
 * With no mode (npm run dev) the dev server serves /kiosk/ and /demo/ from source.
 */
export default defineConfig(({mode}): UserConfig => {
  switch (mode) {
    case 'bundle':
      return {
        build: {
          outDir: dist(),
          emptyOutDir: false,
          target: 'es2022',
          // Library mode leaves ES output unminified by default; webmasters ship this file as is.
          minify: true,
          lib: {entry: here('src/define.ts'), formats: ['es'], fileName: () => 'loa.js'},
          rolldownOptions: {
            // Code that loa.js and a lazy chunk share stays in loa.js (the chunk imports it from
            // there) instead of becoming small chunks loa.js must fetch before it can run.
            preserveEntrySignatures: 'allow-extension',
            // loa.js defines every element, so <loa-qr> is in it and the lazy imports of it
            // (which keep the per-element widgets small) are expected to do nothing here.
            checks: {ineffectiveDynamicImport: false},
            output: {chunkFileNames: 'chunks/[name]-[hash].js', minify: true},
          },
        },
      };
    case 'widgets':
      return {
        build: {
          outDir: dist('widgets'),
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: {entry: widgets, formats: ['es'], fileName: (_format, name) => `${name}.js`},
          rolldownOptions: {output: {chunkFileNames: 'chunks/[name]-[hash].js', minify: true}},
        },
      };
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
