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
 *   so that the service worker's content cache and the HTTP cache hold them.
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
import type {Locale} from '../../src/core/locale.js';
import {howtoReader, howtoViews} from '../../src/howto/howto-chunks.js';
import {feedReaders, htmlSanitizer} from '../../src/news/news-chunks.js';
import {calendarTools} from '../../src/schedule/schedule-chunks.js';
import {qrEncoder} from '../../src/qr/qr-chunks.js';

type Task = () => Promise<unknown>;

/** The chunks behind the next taps: the elements' own loaders, loaded (not only fetched) once. */
const CHUNKS = {
  'howto-parse': () => howtoReader.load(),
  'howto-views': () => howtoViews.load(),
  'feed-parse': () => feedReaders.load(),
  'calendar-tools': () => calendarTools.load(),
  'qr-svg': () => qrEncoder.load(),
  sanitize: () => htmlSanitizer.load(),
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

/** Content, fetched at low priority; the answer is read to the end (so it is cached) and dropped. */
async function warm(url: string): Promise<void> {
  const response = await fetch(url, {priority: 'low', credentials: 'same-origin', signal: AbortSignal.timeout(TIMEOUT_MS)});
  await response.arrayBuffer();
}

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
 * clock, which `?now=` may fix).
 */
export function prefetchNextTaps(config: KioskConfig, lang: Locale, now: Date = new Date()): void {
  const content = (url: string): [string, Task] => [url, () => warm(url)];
  const guide = (slug: string | undefined): Array<[string, Task]> => (slug ? [content(guideUrl(config, slug, lang))] : []);
  const chunk = (name: keyof typeof CHUNKS): [string, Task] => [name, CHUNKS[name]];
  // A guide is the slowest screen to open: the list's first guide and its code come first.
  const steps: Array<[string, Task]> = [
    ...guide(config.sources.guides[0]?.slug),
    chunk('howto-parse'),
    chunk('howto-views'),
    ...guide(guideOfTheDay(config, lang, now)?.slug),
    content(pick(config.sources.news, lang)),
    chunk('feed-parse'),
    content(pick(config.sources.events, lang)),
    chunk('calendar-tools'),
    chunk('qr-svg'),
    chunk('sanitize'),
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
