/*
 * The resident's display and speech choices. They live in memory only (never
 * in storage: the next resident must find nothing) and reach every component
 * through CSS custom properties on :root and <html lang>, which the elements
 * follow on their own.
 */
import type {Locale} from '../../src/core/locale.js';

/** Text size steps, as a factor of the kiosk's base size. 200% is the WCAG 1.4.4 ceiling. */
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Volume steps for speech mode. */
export const VOLUMES = [0.25, 0.5, 0.75, 1] as const;

export interface Settings {
  textSize: TextSize;
  contrast: 'normal' | 'high';
  speech: boolean;
  volume: number;
  /** "Tầm với thấp": every control in the lower half of the screen (a seated or short resident). */
  lowReach: boolean;
  lang: Locale;
}

export function defaultSettings(lang: Locale): Settings {
  return {textSize: 1, contrast: 'normal', speech: false, volume: 1, lowReach: false, lang};
}

/** True when nothing was changed from a new session's settings. */
export function isDefault(settings: Settings, lang: Locale): boolean {
  const fresh = defaultSettings(lang);
  return (Object.keys(fresh) as Array<keyof Settings>).every((key) => settings[key] === fresh[key]);
}

/** Writes the settings onto <html>: lang, text scale, theme and reach. */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.lang = settings.lang;
  root.style.setProperty('--kiosk-scale', String(settings.textSize));
  // kiosk.css lightens the dock at 150 % and above, so it stays within a fifth of the screen.
  root.dataset.textLarge = settings.textSize >= 1.5 ? 'true' : 'false';
  root.dataset.contrast = settings.contrast;
  root.dataset.speech = settings.speech ? 'on' : 'off';
  root.dataset.reach = settings.lowReach ? 'low' : 'normal';
}
