/*
 * kiosk.config.json: what a commune changes without touching code. It is
 * loaded once at start (from `?config=URL` when given) and validated in full,
 * so staff see every problem at once on a clear error screen, never a blank one.
 * docs/kiosk.md is the reference for every field.
 */
import {checkQrUrl} from '../../src/qr/qr-url.js';
import type {Locale} from '../../src/core/locale.js';
import {DEFAULT_PANEL, type Panel} from './geometry.js';

/** A text in both languages; English falls back to Vietnamese. */
export interface Localized {
  vi: string;
  en?: string;
}

export interface GuideEntry {
  slug: string;
  title: Localized;
}

export interface KioskConfig {
  commune: {name: Localized; logo?: string};
  languages: Locale[];
  defaultLanguage: Locale;
  sources: {
    news: Localized;
    events: Localized;
    qr?: string;
    /** The commune's progress spreadsheet (CSV, <loa-progress>): the "Chỉ tiêu" tile, only when set. */
    progress?: string;
    /** Questions and answers (schema.org FAQPage JSON) for the "Tìm kiếm" screen, besides the guides, news and events. */
    faq?: Localized;
    guides: GuideEntry[];
    /** Where the guides are: `content/guides/` beside the config file, resolved. */
    guidesBase: string;
  };
  newsLimit: number;
  /** Public base URL of the guides, for the "continue on your phone" QR codes. */
  handoffBase?: string;
  /**
   * When not empty, the only hosts (with the kiosk's own) that any QR code on
   * the kiosk may lead to, `handoffBase` included. It does not limit where
   * content comes from: the sources are the commune's own choice, in its own
   * same-origin config.
   */
  allowedHosts: string[];
  idle: {timeoutSeconds: number; warningSeconds: number};
  refreshMinutes: number;
  updates: {checkMinutes: number; reloadAfterHours: number};
  theme: {accent?: string};
  /** The physical screen: its type scale and reach band come from it (geometry.ts). */
  panel: Panel;
  /** Only for tests and demos: lets `?now=ISO` set the kiosk's clock (urlClock()). Never in production. */
  testClock: boolean;
  help: {counter: Localized; hours: Localized; phone?: Localized; text?: Localized};
}

/** One thing wrong with a config, named by its JSON path. */
export interface ConfigProblem {
  path: string;
  kind: 'required' | 'text' | 'url' | 'source' | 'host' | 'https' | 'origin' | 'number' | 'language' | 'list' | 'colour' | 'orientation' | 'boolean' | 'json' | 'load';
  /** Extra detail: the allowed range, the HTTP status, the parser's message. */
  detail?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly url: string,
    readonly problems: ConfigProblem[]
  ) {
    super(`Invalid kiosk config ${url}: ${problems.map((p) => `${p.path} (${p.kind})`).join(', ')}`);
  }
}

/**
 * The default config next to the app; `?config=PATH` picks another, only on the
 * kiosk's own origin. Anything else (`data:`, `blob:`, `javascript:`, another
 * host, `//host`) throws a ConfigError before anything is fetched: a crafted
 * link must never put a stranger's phone number or QR codes under the
 * commune's name.
 */
export function configUrl(location: Location = window.location): string {
  const given = new URLSearchParams(location.search).get('config');
  if (given === null || given.trim() === '') return new URL('kiosk.config.json', location.href).href;
  let resolved: URL | undefined;
  try {
    resolved = new URL(given, location.href);
  } catch {
    resolved = undefined;
  }
  // The origin check is the guard; the scheme check also refuses an absolute
  // URL that happens to name this same origin, so the documented form (a path) is the only one.
  const hasScheme = /^\s*[a-z][a-z0-9+.-]*:/i.test(given);
  if (!resolved || hasScheme || resolved.origin !== location.origin) {
    throw new ConfigError(shorten(given), [{path: '?config', kind: 'origin'}]);
  }
  return resolved.href;
}

/** A refused value is shown to staff, but a pasted payload should not fill the screen. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const LANGS: readonly Locale[] = ['vi', 'en'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Picks the text for `lang`. */
export function pick(text: Localized | undefined, lang: Locale): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.vi;
}

/**
 * Checks a parsed config and fills defaults. Throws ConfigError listing every
 * problem. `base` resolves relative URLs; `origin` is the kiosk's own origin.
 */
export function validateConfig(raw: unknown, url: string, origin: string): KioskConfig {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, kind: ConfigProblem['kind'], detail?: string) => problems.push({path, kind, detail});
  const root = isObject(raw) ? raw : (problem('$', 'required'), {});

  const localized = (value: unknown, path: string, required = true): Localized | undefined => {
    if (value === undefined && !required) return undefined;
    if (isText(value)) return {vi: value.normalize('NFC')};
    if (isObject(value) && isText(value.vi) && (value.en === undefined || isText(value.en))) {
      return {vi: value.vi.normalize('NFC'), en: (value.en as string | undefined)?.normalize('NFC')};
    }
    problem(path, 'text');
    return undefined;
  };
  const number = (value: unknown, path: string, fallback: number, min: number, max: number): number => {
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    problem(path, 'number', `${min}–${max}`);
    return fallback;
  };
  const allowedHosts: string[] = [];
  // A host as the URL parser writes it ("dichvucong.gov.vn", "cdn.example:8443"): no scheme, path or spaces.
  const isHost = (v: unknown) => isText(v) && URL.canParse(`https://${v}`) && new URL(`https://${v}`).host === v.toLowerCase();
  if (root.allowedHosts !== undefined) {
    if (Array.isArray(root.allowedHosts) && root.allowedHosts.every(isHost)) {
      for (const host of root.allowedHosts as string[]) allowedHosts.push(host.toLowerCase());
    } else problem('allowedHosts', 'list');
  }
  /*
   * A content source (feeds, calendar, QR list, logo): on the kiosk's own
   * origin, or https anywhere (what the page's CSP lets it load: 'self' and
   * https:). `allowedHosts` does not limit it; that list is for QR codes.
   */
  const contentUrl = (value: unknown, path: string): string | undefined => {
    if (!isText(value)) {
      problem(path, 'url');
      return undefined;
    }
    let resolved: URL;
    try {
      resolved = new URL(value, url);
    } catch {
      problem(path, 'url');
      return undefined;
    }
    if (!/^https?:$/.test(resolved.protocol) || (resolved.origin !== origin && resolved.protocol !== 'https:')) {
      problem(path, 'source');
      return undefined;
    }
    // What was checked is what gets loaded: the URL resolved against the config file.
    return resolved.href;
  };
  const localizedUrl = (value: unknown, path: string): Localized | undefined => {
    if (typeof value === 'string') {
      const vi = contentUrl(value, path);
      return vi ? {vi} : undefined;
    }
    if (!isObject(value)) {
      problem(path, 'url');
      return undefined;
    }
    const vi = contentUrl(value.vi, `${path}.vi`);
    const en = value.en === undefined ? undefined : contentUrl(value.en, `${path}.en`);
    return vi ? {vi, en} : undefined;
  };

  const commune = isObject(root.commune) ? root.commune : (problem('commune', 'required'), {});
  const name = localized(commune.name, 'commune.name');
  const logo = commune.logo === undefined ? undefined : contentUrl(commune.logo, 'commune.logo');

  let languages: Locale[] = [...LANGS];
  if (root.languages !== undefined) {
    if (Array.isArray(root.languages) && root.languages.length > 0 && root.languages.every((l) => LANGS.includes(l as Locale))) {
      languages = root.languages as Locale[];
    } else problem('languages', 'language', LANGS.join(', '));
  }
  let defaultLanguage: Locale = languages[0];
  if (root.defaultLanguage !== undefined) {
    if (languages.includes(root.defaultLanguage as Locale)) defaultLanguage = root.defaultLanguage as Locale;
    else problem('defaultLanguage', 'language', languages.join(', '));
  }

  const sources = isObject(root.sources) ? root.sources : (problem('sources', 'required'), {});
  const news = localizedUrl(sources.news, 'sources.news');
  const events = localizedUrl(sources.events, 'sources.events');
  const qr = sources.qr === undefined ? undefined : contentUrl(sources.qr, 'sources.qr');
  const progress = sources.progress === undefined ? undefined : contentUrl(sources.progress, 'sources.progress');
  const faq = sources.faq === undefined ? undefined : localizedUrl(sources.faq, 'sources.faq');
  const guides: GuideEntry[] = [];
  if (Array.isArray(sources.guides)) {
    sources.guides.forEach((entry, i) => {
      const path = `sources.guides[${i}]`;
      if (!isObject(entry) || !isText(entry.slug) || !/^[a-z0-9-]+$/.test(entry.slug)) {
        problem(`${path}.slug`, 'text');
        return;
      }
      const title = localized(entry.title, `${path}.title`);
      if (title) guides.push({slug: entry.slug, title});
    });
  } else problem('sources.guides', 'list');

  let handoffBase: string | undefined;
  if (root.handoffBase !== undefined) {
    // A relative base means "the public site this kiosk's config is served from" (the demo's guide pages).
    // It becomes QR codes, so <loa-qr>'s own rule decides (https, or http on localhost; no credentials; the allowlist).
    const parsed = isText(root.handoffBase) && URL.canParse(root.handoffBase, url) ? new URL(root.handoffBase, url) : undefined;
    // The same list qrHosts() gives <loa-qr>: allowedHosts and the kiosk's own host.
    const check = parsed ? checkQrUrl(parsed.href, [allowedHosts.length ? [...allowedHosts, new URL(origin).hostname] : null]) : undefined;
    if (check?.ok) handoffBase = check.url.href;
    else if (check?.problem === 'scheme') problem('handoffBase', 'https');
    else if (check?.problem === 'host') problem('handoffBase', 'host', check.host);
    else problem('handoffBase', 'url');
  }

  const idle = isObject(root.idle) ? root.idle : {};
  const updates = isObject(root.updates) ? root.updates : {};
  const theme = isObject(root.theme) ? root.theme : {};
  let accent: string | undefined;
  if (theme.accent !== undefined) {
    if (typeof theme.accent === 'string' && /^#[0-9a-f]{6}$/i.test(theme.accent)) accent = theme.accent;
    else problem('theme.accent', 'colour');
  }

  const panel = isObject(root.panel) ? root.panel : {};
  let orientation = DEFAULT_PANEL.orientation;
  if (panel.orientation !== undefined) {
    if (panel.orientation === 'portrait' || panel.orientation === 'landscape') orientation = panel.orientation;
    else problem('panel.orientation', 'orientation');
  }

  let testClock = false;
  if (root.testClock !== undefined) {
    if (typeof root.testClock === 'boolean') testClock = root.testClock;
    else problem('testClock', 'boolean');
  }

  const help = isObject(root.help) ? root.help : (problem('help', 'required'), {});
  const counter = localized(help.counter, 'help.counter');
  const hours = localized(help.hours, 'help.hours');
  const helpText = localized(help.text, 'help.text', false);
  // A text like the others: a demo's "(số hư cấu)" needs its English too.
  const phone = localized(help.phone, 'help.phone', false);

  const config = {
    commune: {name: name!, logo},
    languages,
    defaultLanguage,
    sources: {news: news!, events: events!, qr, progress, faq, guides, guidesBase: new URL('content/guides/', url).href},
    newsLimit: number(root.newsLimit, 'newsLimit', 6, 1, 50),
    handoffBase,
    allowedHosts,
    idle: {
      timeoutSeconds: number(idle.timeoutSeconds, 'idle.timeoutSeconds', 90, 20, 3600),
      // WCAG 2.2.1: at least 20 seconds to answer the warning.
      warningSeconds: number(idle.warningSeconds, 'idle.warningSeconds', 30, 20, 600),
    },
    refreshMinutes: number(root.refreshMinutes, 'refreshMinutes', 5, 1, 1440),
    updates: {
      checkMinutes: number(updates.checkMinutes, 'updates.checkMinutes', 30, 1, 1440),
      reloadAfterHours: number(updates.reloadAfterHours, 'updates.reloadAfterHours', 24, 1, 168),
    },
    theme: {accent},
    panel: {
      diagonalInches: number(panel.diagonalInches, 'panel.diagonalInches', DEFAULT_PANEL.diagonalInches, 15, 110),
      orientation,
      lowerEdgeMm: number(panel.lowerEdgeMm, 'panel.lowerEdgeMm', DEFAULT_PANEL.lowerEdgeMm, 0, 2000),
      viewingDistanceMm: number(panel.viewingDistanceMm, 'panel.viewingDistanceMm', DEFAULT_PANEL.viewingDistanceMm, 300, 3000),
    },
    help: {counter: counter!, hours: hours!, phone, text: helpText},
    testClock,
  };
  if (problems.length) throw new ConfigError(url, problems);
  return config;
}

/** Fetches and validates the config. Throws ConfigError, with a 'load' or 'json' problem when it cannot be read. */
export async function loadConfig(url: string, origin: string = window.location.origin): Promise<KioskConfig> {
  let response: Response;
  try {
    response = await fetch(url, {cache: 'no-cache'});
  } catch (error) {
    throw new ConfigError(url, [{path: '$', kind: 'load', detail: String(error)}]);
  }
  if (!response.ok) throw new ConfigError(url, [{path: '$', kind: 'load', detail: `HTTP ${response.status}`}]);
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    throw new ConfigError(url, [{path: '$', kind: 'json', detail: error instanceof Error ? error.message : String(error)}]);
  }
  return validateConfig(raw, url, origin);
}

/**
 * Test and demo overrides from the page URL: `?idle=N` (seconds before the
 * warning) and `?countdown=N` (seconds of the warning). They can only shorten
 * a session, never lengthen it: a value above the config's own is ignored, so
 * a crafted address cannot keep a resident's session on screen for longer.
 * (The config's own values keep the WCAG floor of 20 s for the countdown.)
 */
export function withUrlOverrides(config: KioskConfig, search: string = window.location.search): KioskConfig {
  const params = new URLSearchParams(search);
  const seconds = (name: string, limit: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) && value >= 1 && value <= limit ? value : undefined;
  };
  return {
    ...config,
    idle: {
      timeoutSeconds: seconds('idle', config.idle.timeoutSeconds) ?? config.idle.timeoutSeconds,
      warningSeconds: seconds('countdown', config.idle.warningSeconds) ?? config.idle.warningSeconds,
    },
  };
}

/**
 * `?now=ISO`, the kiosk's clock for tests and demos: only when the config sets
 * `testClock: true`. Unlike `?idle=`, which may only shorten, a clock has no
 * safe direction: moved either way, a crafted address could show a past event
 * as upcoming. Without the flag the value is ignored (`ignored`, for the
 * staff view); an unreadable date is ignored too.
 */
export function urlClock(config: KioskConfig, search: string = window.location.search): {now?: string; ignored: boolean} {
  const given = new URLSearchParams(search).get('now');
  if (given === null) return {ignored: false};
  return config.testClock && !Number.isNaN(new Date(given).getTime()) ? {now: given, ignored: false} : {ignored: true};
}

/**
 * The hosts a QR code on the kiosk may lead to, or null for any https host:
 * the config's `allowedHosts` and the kiosk's own host, when the list is set.
 */
export function qrHosts(config: KioskConfig, ownHost: string = window.location.hostname): string[] | null {
  return config.allowedHosts.length ? [...config.allowedHosts, ownHost] : null;
}
