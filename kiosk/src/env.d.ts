/** The kiosk's version and build time, set by vite.config.ts ('kiosk' mode). */
declare const __KIOSK_VERSION__: string;
