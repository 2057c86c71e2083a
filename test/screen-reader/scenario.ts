// What a screen-reader scenario is, and the assertions it makes on what Orca
// said. A scenario is a plan of keys plus assertions on the transcript; the
// runner (screen-reader.test.ts) gives it the shared Orca session.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {DIST} from '../../scripts/serve.mjs';
import type {Heard, ScreenReader} from './orca.js';

export interface ScenarioContext {
  sr: ScreenReader;
  page: Page;
  /** An address on the test server: the built dist/ at /, test/screen-reader/pages/ at /sr/. */
  url(path: string): string;
  /** A line in the test's output. */
  log(message: string): void;
  /**
   * A check of something a real screen reader shows today that is not fixed
   * yet: it runs, its result is reported ("KNOWN ISSUE still there" or "now
   * passes: make it an assertion"), and it never fails the run.
   */
  known(label: string, check: () => void | Promise<void>): Promise<void>;
}

export interface Scenario {
  /** Named after the criteria it tests ("<element> <part>: what a resident hears"). */
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}

/** What Orca said, for a failure message. */
function said(heard: Heard): string {
  return heard.length ? heard.lines.map((line) => `    | ${line}`).join('\n') : '    (nothing)';
}

/** Asserts Orca said something matching `re`; returns that utterance. */
export function heard(h: Heard, re: RegExp, what: string): string {
  const line = h.match(re);
  assert.ok(line !== undefined, `${what}: expected Orca to say ${re}; it said:\n${said(h)}`);
  return line;
}

/** Asserts nothing Orca said matches `re`. */
export function notHeard(h: Heard, re: RegExp, what: string): void {
  const line = h.match(re);
  assert.ok(line === undefined, `${what}: Orca said ${JSON.stringify(line)}, which matches ${re}; all it said:\n${said(h)}`);
}

/** Asserts Orca said `first` before `then` (each matched by its first utterance). */
export function heardInOrder(h: Heard, first: RegExp, then: RegExp, what: string): void {
  const a = h.position(first);
  const b = h.position(then);
  assert.ok(a >= 0 && b >= 0 && a <= b, `${what}: expected ${first} and then ${then}; Orca said:\n${said(h)}`);
}

/** Asserts exactly `count` utterances match `re`. */
export function heardTimes(h: Heard, re: RegExp, count: number, what: string): void {
  assert.equal(h.count(re), count, `${what}: expected ${count} utterance(s) matching ${re}, heard ${h.count(re)}; Orca said:\n${said(h)}`);
}

/**
 * Issue 17: the guided progress bar was read as a percentage that disagreed
 * with "Bước 2 trên 7" (Orca said "33 percent": it reads a progressbar as a
 * percentage whatever its aria-valuetext says). The progressbar role is gone
 * and the progress is its words alone: no percentage may be heard at all.
 */
export function noPercentage(h: Heard, what: string): void {
  notHeard(h, /\d+ ?(percent|%)/, `${what}: a percentage (the progress must be "Bước N trên M" only; at step 2 of 7 Orca said "33 percent")`);
}

/** `text` as a regular expression matching it literally. */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Waits until `fn(arg)`, run in the page, returns true. Polls with
 * page.evaluate: never use Playwright's locators or waitForFunction here.
 * Their injected script listens for click, mousedown and mouseup on window,
 * and Chromium then exposes every focusable element of the page (a heading
 * with tabindex="-1") as "clickable", which Orca says.
 */
export async function until<A>(page: Page, fn: (arg: A) => boolean, arg: A, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn as (arg: unknown) => boolean, arg as unknown))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `text` is on the page (through open shadow roots): content has rendered. */
export async function shown(page: Page, text: string, timeout = 15_000): Promise<void> {
  await until(
    page,
    (text) => {
      const has = (root: Document | ShadowRoot): boolean => {
        const all = root instanceof Document ? root.documentElement.textContent : root.textContent;
        if (all?.includes(text)) return true;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot && has(el.shadowRoot)) return true;
        return false;
      };
      return has(document);
    },
    text,
    `"${text}" on the page`,
    timeout
  );
}

/** The element that has focus, through open shadow roots: its text or aria-label. */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** A guide of the built demo pack: its name and its steps (sections flattened), in order. */
export function demoGuide(file: string): {name: string; steps: Array<{name: string; text: string}>} {
  const guide = JSON.parse(readFileSync(join(DIST, 'demo/content/guides', file), 'utf8'));
  type Step = {'@type'?: string; name?: string; text?: string; itemListElement?: Step[]};
  const steps = (guide.step as Step[]).flatMap((s) => (s['@type'] === 'HowToSection' ? (s.itemListElement ?? []) : [s]));
  return {name: guide.name, steps: steps.map((s) => ({name: s.name ?? '', text: s.text ?? ''}))};
}

/** The demo pack's news items, newest first: title and date. */
export function demoNews(file = 'news.json'): Array<{title: string; date: Date}> {
  const feed = JSON.parse(readFileSync(join(DIST, 'demo/content', file), 'utf8'));
  return (feed.items as Array<{title: string; date_published: string}>)
    .map((i) => ({title: i.title, date: new Date(i.date_published)}))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}
