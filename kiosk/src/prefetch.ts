/*
 * What the next taps need, warmed while the kiosk waits for a touch (on the
 * attract screen or Home), so that on a slow kiosk PC a tap shows its screen
 * without first downloading, compiling and running code:
 *
 * - the code: the HowTo reader and presentations (the first guide), the feed
 *   reader (news), the calendar tools (events), the QR encoder (the "Mã QR"
 *   screen and the phone hand-off) and the HTML sanitiser (a news article).
 *   These are the elements' own lazyPart()s (src/core/lazy-part.ts, exported
 *   by howto-chunks.ts, news-chunks.ts, schedule-chunks.ts and qr-chunks.ts),
 *   so the element finds its part already loaded and run (`.module` is set);
 * - the content, in the kiosk's language: the first guide of the list, the
 *   guide of the day, the news feed and the calendar, fetched at low priority
 *   so that the service worker's content cache and the HTTP cache hold them,
 *   and read by the element's own reader (the guides and the news), whose
 *   kept parse the tap then finds (src/core/keep-last.ts);
 * - the Intl formats the screens use first (their locale data loads on first
 *   use), and the elements' style sheets (parsed when the first instance
 *   connects);
 * - the kiosk's type steps, laid out once unseen, so that a new screen's
 *   frame finds its glyph metrics read, and the system font for its symbols
 *   found (warm-type.ts);
 * - sessionStorage, where a guide keeps its step (loaded from the browser on
 *   first use).
 *
 * Nothing starts before the kiosk has settled (a few seconds after the first
 * call, so start-up keeps the processor), then one piece at a time, each in
 * an idle period of its own (requestIdleCallback) and only when the browser
 * has a whole idle period to give, so none of it sits in front of a touch for
 * long. Each piece is asked for once per page (a failed one may be tried
 * again); calling this again, on every render of the attract screen or Home,
 * costs nothing. Each piece done leaves a `kiosk-prefetch <what>` performance
 * measure, for benchmarks and the browser's performance panel.
 */
import {pick, type KioskConfig} from './config.js';
import {guideOfTheDay, guideUrl} from './content-sync.js';
import {intlLocale, type Locale} from '../../src/core/locale.js';
import {dayKey, formatDateTime, formatLongDate, formatShortDate, formatTime} from '../../src/core/dates.js';
import {howtoReader, howtoViews} from '../../src/howto/howto-chunks.js';
import {feedReaders, htmlSanitizer} from '../../src/news/news-chunks.js';
import {calendarTools} from '../../src/schedule/schedule-chunks.js';
import {qrEncoder} from '../../src/qr/qr-chunks.js';
import {progressReader, progressViews} from '../../src/progress/progress-chunks.js';
import {SYMBOL_SAMPLE, TYPE_STEPS, warmType} from './warm-type.js';

type Task = () => Promise<unknown>;

/** The chunks behind the next taps: the elements' own loaders, loaded (not only fetched) once. */
const CHUNKS = {
  'howto-parse': () => howtoReader.load(),
  'howto-views': () => howtoViews.load(),
  'feed-parse': () => feedReaders.load(),
  'calendar-tools': () => calendarTools.load(),
  'qr-svg': () => qrEncoder.load(),
  sanitize: () => htmlSanitizer.load(),
  'progress-read': () => progressReader.load(),
  'progress-views': () => progressViews.load(),
} satisfies Record<string, Task>;

/** How long after the first call nothing is prefetched: start-up (feeds, service worker, the elements) goes first. */
const SETTLE_MS = 3000;
/** An idle period shorter than this is left alone: the browser is between frames, maybe animating. */
const MIN_IDLE_MS = 30;
/** …unless it has waited this long for a longer one. */
const PATIENCE_MS = 2000;
const TIMEOUT_MS = 8000;

/** What was already asked for in this page: chunk names and content addresses. */
const asked = new Set<string>();
const queue: Array<[string, Task]> = [];
let running = false;
let settled = false;

/** Content, fetched at low priority and read to the end (so that it is cached). */
async function fetchBody(url: string): Promise<Response> {
  const response = await fetch(url, {priority: 'low', credentials: 'same-origin', signal: AbortSignal.timeout(TIMEOUT_MS)});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

/**
 * How each kind of content is read, exactly as its element reads it (the
 * same reader, text and address), so that the reader's kept parse
 * (core/keep-last.ts) is what the tap finds. Reading also runs, once, what a
 * first read costs on a slow PC besides the parse itself: compiling the
 * reader's code and loading the locale data of Unicode normalisation.
 */
const READ = {
  guide: async (url: string) => {
    const response = await fetchBody(url);
    const text = await response.text();
    (await howtoReader.load()).parseHowto(text, response.url);
  },
  news: async (url: string) => {
    const response = await fetchBody(url);
    const bytes = await response.arrayBuffer();
    const {decodeFeed, parseFeed} = await feedReaders.load();
    parseFeed(decodeFeed(bytes, response.headers.get('content-type')), response.url);
  },
  // The calendar is read by the content sync, for Home's next event, in the events screen's window.
  events: async (url: string) => void (await (await fetchBody(url)).arrayBuffer()),
} satisfies Record<string, (url: string) => Promise<void>>;

/**
 * An element's styles become a style sheet (parsed CSS) when its first
 * instance is connected: 5–30 ms on a slow PC, in the tap that opens the
 * screen. Made here instead, through Lit's public `elementStyles`.
 */
async function warmStyles(tag: string): Promise<void> {
  const element = customElements.get(tag) as unknown as {elementStyles?: Array<{styleSheet?: CSSStyleSheet}>} | undefined;
  // Not defined yet (its chunk is still on its way): a later call tries again.
  if (!element) throw new Error(`${tag} is not defined yet`);
  for (const style of element.elementStyles ?? []) void style.styleSheet;
}

/**
 * The first use of sessionStorage in a page loads its storage area from the
 * browser, a wait of 15–30 ms on a slow PC: a guide's step memory does it
 * in the tap that opens the guide. Nothing is read or written here.
 */
async function warmSessionStorage(): Promise<void> {
  void window.sessionStorage.length;
}

/**
 * The first use of each Intl format loads its locale data, 100–250 ms on a
 * slow PC: the formats the guide, news and events screens use first, each in
 * an idle period of its own.
 */
const FORMATS: Record<string, (lang: Locale) => unknown> = {
  'format time': (lang) => formatTime(new Date(), lang),
  'format dates': (lang) => [formatShortDate(new Date(), lang), formatLongDate(new Date(), lang)],
  'format date-time': (lang) => formatDateTime(new Date(), lang),
  // The day keys every calendar groups by are asked in English (sortable digits): its locale data too.
  'format day keys': () => dayKey(new Date()),
  'format durations': (lang) => new Intl.NumberFormat(intlLocale(lang), {style: 'unit', unit: 'minute', unitDisplay: 'long'}).format(1),
};

/**
 * Runs `task` in the next idle period with at least MIN_IDLE_MS to give, or
 * in any idle period once PATIENCE_MS have passed (a screen that never stops
 * drawing has only short ones). A timer where requestIdleCallback is missing.
 */
function whenIdle(task: () => void, until = performance.now() + PATIENCE_MS): void {
  if (!('requestIdleCallback' in window)) {
    setTimeout(task, 200);
    return;
  }
  requestIdleCallback(
    (deadline) => {
      if (deadline.timeRemaining() >= MIN_IDLE_MS || performance.now() >= until) task();
      else whenIdle(task, until);
    },
    {timeout: PATIENCE_MS}
  );
}

/** Runs the queue one task per idle period, each after the last one has finished. */
function drain(): void {
  const next = queue.shift();
  if (!next) {
    running = false;
    return;
  }
  running = true;
  whenIdle(() => {
    const [key, task] = next;
    const start = performance.now();
    task().then(
      () => {
        performance.measure(`kiosk-prefetch ${key}`, {start});
        drain();
      },
      () => {
        // Not there this time (offline, a server error): a later call may try again.
        asked.delete(key);
        drain();
      }
    );
  });
}

/**
 * Warms what the next taps need: call it whenever the kiosk waits for a touch
 * on the attract screen or Home. `now` picks the guide of the day (the kiosk's
 * clock, which `?now=` may fix); `textSize` is the resident's (1 to 2), whose
 * type steps are warmed again when it changes.
 */
export function prefetchNextTaps(config: KioskConfig, lang: Locale, now: Date = new Date(), textSize = 1): void {
  const content = (kind: keyof typeof READ, url: string): [string, Task] => [url, () => READ[kind](url)];
  const guide = (slug: string | undefined): Array<[string, Task]> => (slug ? [content('guide', guideUrl(config, slug, lang))] : []);
  const chunk = (name: keyof typeof CHUNKS): [string, Task] => [name, CHUNKS[name]];
  const format = (name: string): [string, Task] => [`${name} ${lang}`, async () => FORMATS[name](lang)];
  const styles = (tag: string): [string, Task] => [`styles ${tag}`, () => warmStyles(tag)];
  // The type steps are in the body's em, which the resident's text size scales: a larger size is other glyph sizes to read.
  const scale = textSize === 1 ? '' : ` ×${textSize}`;
  const type = ([size, weight]: (typeof TYPE_STEPS)[number]): [string, Task] => [`type ${size} ${weight}${scale}`, () => warmType(size, weight)];
  const symbols = ([size, weight]: (typeof TYPE_STEPS)[number]): [string, Task] => [
    `symbols ${size} ${weight}${scale}`,
    () => warmType(size, weight, SYMBOL_SAMPLE),
  ];
  // The type first: every screen's first frame reads it, Home's (the first tap) included.
  // Then a guide, the slowest screen to open: the list's first guide and its code.
  const steps: Array<[string, Task]> = [
    ...TYPE_STEPS.map(type),
    chunk('howto-parse'),
    ...guide(config.sources.guides[0]?.slug),
    chunk('howto-views'),
    styles('loa-howto'),
    ['session storage', warmSessionStorage],
    // The symbols after the letters and the first guide: a guide's arrows, the chips' ticks.
    ...TYPE_STEPS.map(symbols),
    format('format durations'),
    ...guide(guideOfTheDay(config, lang, now)?.slug),
    chunk('feed-parse'),
    content('news', pick(config.sources.news, lang)),
    styles('loa-news'),
    format('format time'),
    format('format dates'),
    format('format day keys'),
    chunk('calendar-tools'),
    content('events', pick(config.sources.events, lang)),
    styles('loa-schedule'),
    format('format date-time'),
    chunk('qr-svg'),
    chunk('sanitize'),
    // "Chỉ tiêu", when the config has it: the CSV reader and the views (the file itself is warmed with the feeds).
    ...(config.sources.progress ? [chunk('progress-read'), chunk('progress-views')] : []),
  ];
  for (const [key, task] of steps) {
    if (asked.has(key)) continue;
    asked.add(key);
    queue.push([key, task]);
  }
  if (running) return;
  running = true;
  if (settled) drain();
  else {
    setTimeout(() => {
      settled = true;
      drain();
    }, SETTLE_MS);
  }
}
