import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {lazyPart} from './lazy-part.js';

type Strings = typeof import('../generated/locales/en.js');

/** The UI languages Loa ships. Vietnamese is the source and the fallback. */
export type Locale = 'vi' | 'en';
export const SOURCE_LOCALE: Locale = 'vi';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/*
 * Each element speaks its own language (its `lang`, or the closest ancestor's),
 * so one global "active locale" is not enough: a Vietnamese page may hold an
 * English widget. The re-entrant mode of @lit/localize asks us for the locale
 * on every msg() call, and we answer with whichever element is rendering now.
 */
let current: Locale = SOURCE_LOCALE;

/*
 * The English strings are a chunk of their own, loaded through lazyPart like
 * every chunk: most pages are Vietnamese and never load them. An element that
 * speaks English waits for them before it renders (LoaElement.scheduleUpdate),
 * so it never flashes Vietnamese.
 */
const englishStrings = lazyPart(() => import('../generated/locales/en.js'));
let en: Strings | undefined;
let loadingEn: Promise<void> | undefined;
/** One warning per page, however many renders retry. */
let warned = false;

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: ['en'],
  getLocale: () => current,
  loadLocaleSync: (locale) => (locale === 'en' ? en : undefined),
});

/** True when msg() can answer in `locale` now. */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || en !== undefined;
}

/** Loads the strings of `locale` once; resolves at once for Vietnamese. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  loadingEn ??= englishStrings.load().then(
    (strings) => {
      en = strings;
    },
    (error: unknown) => {
      // A failed chunk (offline, blocked, missing) leaves Vietnamese in place; a later
      // render tries again. The message cannot be in English: those are the strings that failed.
      loadingEn = undefined;
      if (!warned) console.warn('[loa] English strings did not load; showing Vietnamese.', error);
      warned = true;
    }
  );
  return loadingEn;
}

/** The language the element rendering now asked for: `current`, unless its strings did not load. */
let asked: Locale = SOURCE_LOCALE;

/**
 * Runs `fn` with msg() answering in `locale`. Nesting is safe. `wanted` is the
 * language the element asked for, when its strings did not load and `locale`
 * is the Vietnamese fallback (see englishMissing).
 */
export function withLocale<T>(locale: Locale, fn: () => T, wanted: Locale = locale): T {
  const was = current;
  const wasAsked = asked;
  current = locale;
  asked = wanted;
  try {
    return fn();
  } finally {
    current = was;
    asked = wasAsked;
  }
}

/**
 * True while an element that speaks English renders in Vietnamese because the
 * English strings did not load (content-status.ts still says why in English).
 */
export const englishMissing = (): boolean => asked !== current;

/** Maps any BCP 47 tag to a shipped locale: "en-US" → "en", anything else → "vi". */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * The language of a node: its own `lang`, else the closest ancestor with one,
 * crossing shadow roots (a <loa-qr> inside a <loa-howto> follows the howto),
 * else Vietnamese.
 */
export function languageOf(node: Node): Locale {
  let at: Node | null = node;
  while (at) {
    if (at instanceof Element && at.hasAttribute('lang')) {
      const value = at.getAttribute('lang');
      if (value) return toLocale(value);
    }
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return SOURCE_LOCALE;
}

/** The Intl locale for dates and numbers. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'vi-VN';
}
