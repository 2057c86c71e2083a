/** The kiosk's version and build time, set by vite.config.ts ('kiosk' mode). */
declare const __KIOSK_VERSION__: string;
/** The build time as ISO 8601, for the clock check (kiosk/src/clock.ts). */
declare const __KIOSK_BUILT__: string;
