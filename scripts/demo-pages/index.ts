// The demo site generator's entry: the Vite plugin (vite.config.ts) and the
// policy its pages carry (the end-to-end tests check the bundle against it).
export {demoPages, type DemoSourceFiles} from './plugin.js';
export {DEMO_CSP, TRUSTED_TYPES_POLICIES} from './csp.js';
