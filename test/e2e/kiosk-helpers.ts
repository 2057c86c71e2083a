// Plumbing for the kiosk's end-to-end tests: the built kiosk on a random port,
// the system Chromium, and small probes (targets, overflow, axe, fake speech).
import {createRequire} from 'node:module';
import type {BrowserContext, Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import {openSite, type Site} from './support.js';

export type KioskSite = Site;

/** Serves `root` (the built dist/ by default) and launches Chromium. */
export function openKiosk(root: string = DIST): Promise<KioskSite> {
  return openSite({root}, 'kiosk/index.html');
}

/*
 * tsx compiles these tests with esbuild's keepNames, which wraps named inner
 * functions in __name(); functions sent to the page need it defined there.
 */
const NAME_SHIM = 'window.__name = window.__name || ((f) => f)';

export const PORTRAIT = {width: 1080, height: 1920};
export const LANDSCAPE = {width: 1920, height: 1080};
export const SMALL = {width: 1366, height: 768};

/**
 * Opens the kiosk and waits for the attract screen. A `?now=` in `query`
 * counts only under a config with `testClock: true` (config.ts urlClock()):
 * without a `?config=` of its own, the page gets the built config with that
 * flag (allowTestClock). To see `?now=` refused, use page.goto.
 */
export async function gotoKiosk(page: Page, origin: string, query = ''): Promise<void> {
  if (/[?&]now=/.test(query) && !/[?&]config=/.test(query)) await allowTestClock(page, origin);
  await page.goto(`${origin}/kiosk/${query}`);
  await page.locator('.attract').waitFor();
}

/** Serves this page the built kiosk.config.json with the test flag `testClock: true`, so `?now=` sets the clock. */
export async function allowTestClock(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}/kiosk/kiosk.config.json`, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({response, json: {...(await response.json()), testClock: true}});
    } catch {
      // The kiosk asks for its config again late (the offline cache warming, one file at a time):
      // once the test has closed its page, that request has no one to answer. (On a live page an
      // unanswered config request would not pass unseen: the kiosk would never start.)
    }
  });
}

/**
 * A fresh page with no service worker (for tests of the UI) and reduced
 * motion, on the attract screen; any uncaught page error fails the test.
 * The page's own CSP is bypassed so that axe and Playwright's polling can be
 * injected; kiosk-security.test.ts runs a whole session under that CSP.
 */
export async function newKioskPage(site: KioskSite, viewport = PORTRAIT, query = ''): Promise<Page> {
  const context = await site.browser.newContext({viewport, serviceWorkers: 'block', bypassCSP: true, reducedMotion: 'reduce'});
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`page error: ${error.message}`);
  });
  await gotoKiosk(page, site.origin, query);
  return page;
}

/** Leaves the attract screen for Home. */
export async function begin(page: Page): Promise<void> {
  // The attract screen drifts slowly (anti burn-in): Playwright's stability wait would never end.
  await page.getByRole('button', {name: /Chạm vào màn hình để bắt đầu|Touch the screen to begin/}).click({force: true});
  await page.locator('[data-screen="home"]').waitFor();
}

/**
 * Every visible interactive element in the page, through open shadow roots,
 * with its size. Used for the 48×48 px target rule.
 */
export async function smallTargets(page: Page, min = 48): Promise<string[]> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate((min) => {
    const interactive = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [tabindex]:not([tabindex="-1"])';
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches(interactive)) continue;
        if (el.closest('dialog:not([open])')) continue;
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
        // Inline links inside running text are exempt (WCAG 2.5.8 "inline" exception).
        if (el.tagName === 'A' && style.display === 'inline') continue;
        if (rect.width < min - 0.5 || rect.height < min - 0.5) {
          found.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
        }
      }
    };
    visit(document);
    return found;
  }, min);
}

/** Horizontal overflow of the page, in px (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe (it pierces open shadow roots) and returns readable violations:
 * every default rule, or only the rules named (e.g. 'color-contrast-enhanced', off by default).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({path: AXE});
  const violations = await page.evaluate(async (rules) => {
    const axe = (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: unknown}>}>}>}}).axe;
    const options = rules ? {resultTypes: ['violations'], runOnly: {type: 'rule', values: rules}} : {resultTypes: ['violations']};
    const result = await axe.run(document, options);
    return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, rules);
  return violations;
}

/**
 * Replaces the browser's speech engine before any script runs, with one that
 * records what would be spoken (text and lang) in window.__spoken.
 */
export async function useFakeSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript({content: NAME_SHIM});
  await context.addInitScript(() => {
    const spoken: Array<{text: string; lang: string; volume: number}> = [];
    (window as unknown as {__spoken: typeof spoken}).__spoken = spoken;
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      volume = 1;
      rate = 1;
      pitch = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const voices = [
      {name: 'Giọng Việt', lang: 'vi-VN', default: true, localService: true, voiceURI: 'vi'},
      {name: 'English voice', lang: 'en-GB', default: false, localService: true, voiceURI: 'en'},
    ];
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        spoken.push({text: u.text, lang: u.lang, volume: u.volume});
      },
      cancel() {},
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: FakeUtterance, configurable: true});
  });
}

export async function spoken(page: Page): Promise<Array<{text: string; lang: string; volume: number}>> {
  return page.evaluate(() => (window as unknown as {__spoken: Array<{text: string; lang: string; volume: number}>}).__spoken);
}

/**
 * Polls an async page function until it returns true (page.waitForFunction
 * takes a returned Promise as truthy at once, so it cannot wait on caches or
 * service-worker registrations).
 */
export async function until(page: Page, fn: (arg: number) => Promise<boolean>, arg = 0, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
