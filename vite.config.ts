import {defineConfig, type UserConfig} from 'vite';
import {cpSync} from 'node:fs';
import {resolve} from 'node:path';
import {VitePWA} from 'vite-plugin-pwa';

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
          lib: {entry: here('src/define.ts'), formats: ['es'], fileName: () => 'loa.js'},
          rolldownOptions: {output: {chunkFileNames: 'chunks/[name]-[hash].js'}},
        },
      };
    case 'widgets':
      return {
        build: {
          outDir: dist('widgets'),
          emptyOutDir: true,
          target: 'es2022',
          lib: {entry: widgets, formats: ['es'], fileName: (_format, name) => `${name}.js`},
          rolldownOptions: {output: {chunkFileNames: 'chunks/[name]-[hash].js'}},
        },
      };
    case 'kiosk':
      return {
        root: here('kiosk'),
        base: '/kiosk/',
        publicDir: here('kiosk/public'),
        build: {outDir: dist('kiosk'), emptyOutDir: true, target: 'es2022'},
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
          rolldownOptions: {input: {index: here('demo/index.html')}},
        },
        plugins: [copyContent(dist('demo/content'))],
      };
    default:
      return {server: {port: 5173}};
  }
});
