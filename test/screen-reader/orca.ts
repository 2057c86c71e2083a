// A real screen reader for tests: Orca over a headed Chromium under Xvfb, and
// what it says. Built on test/speech/real-speech.ts (Xvfb on a free display,
// speech-dispatcher with the capture module of test/speech/speechd/ on a
// private socket, process groups that die with the test); this adds a D-Bus
// session bus with the AT-SPI bus, Orca (orca/launch.py with
// orca/orca-customizations.py, which writes every utterance to a file), and
// Chromium with its accessibility on, driven by playwright-core for
// navigation and by xdotool for keys: Orca hears only real X key events, so
// its browse-mode keys (h, Tab, Return, arrows) go through the X server.
//
// One session serves many scenarios: `open(url)` navigates the same window
// and waits for Orca's "Finished loading".
import {execFile, spawnSync, type ChildProcess} from 'node:child_process';
import {appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, requireChromium} from '../../scripts/browser.mjs';
import {PACKAGES as SPEECH_PACKAGES, exited, missingForRealSpeech, onPath, sleep, start, startRealSpeech, type RealSpeech} from '../speech/real-speech.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const run = promisify(execFile);

/** Debian packages that provide what this needs; .ci/run installs them. */
export const PACKAGES = `${SPEECH_PACKAGES} orca at-spi2-core python3-pyatspi xdotool dbus-daemon dbus-bin`;

/** Orca's interpreter: the system Python, which has Orca and pyatspi (a pyenv shim may not). */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const AT_SPI_LAUNCHER = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'];

/** What is missing for the screen-reader suite (empty when all is there). */
export function missingForScreenReader(): string[] {
  const missing = missingForRealSpeech();
  for (const program of ['orca', 'xdotool', 'dbus-daemon', 'dbus-send']) if (!onPath(program)) missing.push(program);
  if (!AT_SPI_LAUNCHER.some((path) => existsSync(path))) missing.push('at-spi-bus-launcher (at-spi2-core)');
  const python = spawnSync(PYTHON, ['-c', 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("orca") and u.find_spec("pyatspi") else 1)']);
  if (python.status !== 0) missing.push(`Orca's Python modules (orca, pyatspi) for ${PYTHON}`);
  return missing;
}

/** One line of the session's log: something Orca said, or a note the driver wrote (a key, a mark). */
export interface Entry {
  /** ms since the epoch. */
  time: number;
  kind: 'speech' | 'note';
  text: string;
}

/** What Orca said after one key (or during a wait), one utterance a line. */
export class Heard {
  constructor(readonly lines: string[]) {}
  get length(): number {
    return this.lines.length;
  }
  /** Everything, one utterance a line. */
  get text(): string {
    return this.lines.join('\n');
  }
  /** The first utterance matching `re`, or undefined. */
  match(re: RegExp): string | undefined {
    return this.lines.find((line) => re.test(line));
  }
  /** Index of the first utterance matching `re`, or -1. */
  position(re: RegExp): number {
    return this.lines.findIndex((line) => re.test(line));
  }
  /** How many utterances match `re`. */
  count(re: RegExp): number {
    return this.lines.filter((line) => re.test(line)).length;
  }
}

export interface PressOptions {
  /** Return as soon as an utterance since the key matches (then a short quiet); fail if none does within `timeout`. */
  until?: RegExp;
  /** Quiet time that ends a key's speech, ms. */
  quiet?: number;
  /** Longest wait for speech after the key, ms. */
  timeout?: number;
}

export interface ScreenReader {
  /** The one Chromium page Orca watches: goto and evaluate only (see guarded()). */
  page: Page;
  context: BrowserContext;
  display: string;
  /** The run's folder: logs, the speech log (orca-speech.log), Chromium's profile. */
  work: string;
  /** The underlying speech-dispatcher session (what its output module received). */
  speech: RealSpeech;
  /** Everything logged so far. */
  entries(): Entry[];
  /** Index of the next entry: a place to read from later. */
  cursor(): number;
  /** Utterances from `from` (an index from cursor()) on. */
  heardSince(from: number): Heard;
  /** Writes a marker into the log (shown as "=== label" in transcripts). */
  mark(label: string): void;
  /** The log from `from` on, readable: one utterance a line, ">>> key" and "=== mark" between (with `times`, their seconds since `from`). */
  transcript(from?: number, times?: boolean): string;
  /** Navigates the page to `url` and waits until Orca has said it finished loading (8 s at most) and gone quiet. */
  open(url: string): Promise<Heard>;
  /** Gives the Chromium window the X keyboard focus (no window manager runs). */
  focusWindow(): Promise<void>;
  /** Presses keys (xdotool names: "h", "Tab", "shift+Tab", "Return", "Down") and returns what Orca said. */
  press(keys: string, options?: PressOptions): Promise<Heard>;
  /** Presses `keys` until an utterance matches `until` (at most `max` presses); returns all that was said. */
  pressUntil(keys: string, until: RegExp, max?: number, options?: Omit<PressOptions, 'until'>): Promise<Heard>;
  /**
   * Puts Orca in browse mode (its virtual cursor: h, arrows, Return) if it is
   * in focus mode: Orca+A toggles, and Orca says which mode it is in.
   */
  browseMode(): Promise<void>;
  /**
   * ctrl+Home in browse mode: Orca's virtual cursor to the top of the page,
   * and what it said there. When Orca stays silent (it is in focus mode: a
   * widget took focus as the page loaded), browseMode() first.
   */
  top(): Promise<Heard>;
  /** Waits until an utterance from `from` on matches `re`; returns everything said from `from`. */
  waitFor(re: RegExp, options?: {from?: number; timeout?: number}): Promise<Heard>;
  /** Waits until Orca has been quiet for `quiet` ms (at most `timeout` ms); returns what it said meanwhile. */
  settle(quiet?: number, timeout?: number): Promise<Heard>;
  /** True while Orca, Chromium and the buses run. */
  alive(): boolean;
  /** Ends everything; keeps the folder (for a failure) when `keep`. */
  close(keep?: boolean): Promise<void>;
}

export class NotHeard extends Error {
  override name = 'NotHeard';
}

/**
 * The page as scenarios get it: navigation and page.evaluate only. Playwright's
 * locators, waitForFunction, clicks and the like run its injected script,
 * which listens for click, mousedown and mouseup on window; Chromium then
 * exposes every focusable element of the page (a heading with tabindex="-1")
 * as "clickable", and Orca says so: the test would hear its own tool.
 */
const PAGE_METHODS = new Set(['evaluate', 'goto', 'url', 'title', 'screenshot', 'isClosed']);
function guarded(page: Page): Page {
  return new Proxy(page, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      if (typeof name === 'string' && !PAGE_METHODS.has(name)) {
        throw new Error(`page.${name}() is not for screen-reader scenarios: Playwright's injected script listens for clicks on window, and Chromium then tells Orca every focusable heading is "clickable". Use page.evaluate (scenario.ts until(), shown()).`);
      }
      return value.bind(target);
    },
  });
}

const RECORD = /^(\d+\.\d{3})\t/;

function parseLog(path: string): Entry[] {
  if (!existsSync(path)) return [];
  const entries: Entry[] = [];
  let current: {time: number; raw: string} | undefined;
  const flush = () => {
    if (!current) return;
    const time = current.time;
    const raw = current.raw.replace(/\n+$/, '');
    if (raw.startsWith('NOTE: ')) entries.push({time, kind: 'note', text: raw.slice(6)});
    else {
      // "SPEECH OUTPUT: 'text'" plus, for some, " voice=system{…}" or an ACSS dict; say all adds " [say-all]".
      const m = /^SPEECH OUTPUT: '([\s\S]*)'( voice=\w+)?(\s*\{[\s\S]*\})?( \[say-all\])?$/.exec(raw);
      if (m) entries.push({time, kind: 'speech', text: m[1].replace(/\s+/g, ' ').trim() + (m[4] ? ' [say-all]' : '')});
    }
    current = undefined;
  };
  // A record is "<epoch>\t<message>"; an utterance with line breaks spans lines.
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = RECORD.exec(line);
    if (m) {
      flush();
      current = {time: Math.round(Number(m[1]) * 1000), raw: line.slice(m[0].length)};
    } else if (current) current.raw += `\n${line}`;
  }
  flush();
  return entries;
}

function readable(entries: Entry[], times = false): string {
  const t0 = entries[0]?.time ?? 0;
  const at = (e: Entry) => (times ? `${((e.time - t0) / 1000).toFixed(1).padStart(6)} s ` : '');
  return entries
    .map((e) => {
      if (e.kind === 'speech') return `${times ? '         ' : ''}${e.text}`;
      if (e.text.startsWith('KEY ')) return `${at(e)}>>> key ${e.text.slice(4)}`;
      if (e.text.startsWith('MARK ')) return `${at(e)}=== ${e.text.slice(5)}`;
      return `${at(e)}=== ${e.text}`;
    })
    .join('\n');
}

/** Reads the address dbus-daemon prints on fd 3. */
function busAddress(daemon: ChildProcess, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`dbus-daemon gave no address within ${timeout} ms`)), timeout);
    (daemon.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    daemon.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dbus-daemon exited (${code}) before it was ready`));
    });
  });
}

export interface ScreenReaderOptions {
  width?: number;
  height?: number;
  /** The language of the voice Orca asks speech-dispatcher for (the capture module knows vi and en). */
  voice?: 'vi' | 'en';
}

export async function startScreenReader({width = 1280, height = 1024, voice = 'vi'}: ScreenReaderOptions = {}): Promise<ScreenReader> {
  const speech = await startRealSpeech({width, height});
  const work = speech.work;
  const logs = join(work, 'logs');
  const prefs = join(work, 'orca-prefs');
  const profile = join(work, 'chromium-profile');
  const speechLog = join(work, 'orca-speech.log');
  for (const dir of [prefs, join(profile, 'Default')]) mkdirSync(dir, {recursive: true});
  writeFileSync(speechLog, '');
  const started: ChildProcess[] = [];
  let context: BrowserContext | undefined;
  let chromiumGone = false;

  const entries = () => parseLog(speechLog);
  const note = (text: string) => appendFileSync(speechLog, `${(Date.now() / 1000).toFixed(3)}\tNOTE: ${text}\n`);
  const logTail = () =>
    ['dbus.log', 'orca.log']
      .map((name) => join(logs, name))
      .filter((path) => existsSync(path))
      .map((path) => `--- ${path}\n${readFileSync(path, 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n') + `\n${speech.logs()}`;
  const close = async (keep = false) => {
    await context?.close().catch(() => undefined);
    await speech.close(keep); // ends every process group started here too
  };

  try {
    // 1. A D-Bus session bus of our own; the AT-SPI bus is D-Bus-activated from it.
    const env: NodeJS.ProcessEnv = {
      ...speech.env,
      HOME: join(work, 'home'),
      XDG_CONFIG_HOME: join(work, 'home', '.config'),
      XDG_DATA_HOME: join(work, 'home', '.local', 'share'),
      XDG_CACHE_HOME: join(work, 'home', '.cache'),
      // Orca's own words in English ("heading level 2", "collapsed"); the page's words are what they are.
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      LANGUAGE: '',
      ACCESSIBILITY_ENABLED: '1',
      GTK_A11Y: 'atspi',
      NO_AT_BRIDGE: '0',
    };
    for (const name of ['AT_SPI_BUS_ADDRESS', 'SESSION_MANAGER', 'DBUS_SESSION_BUS_ADDRESS']) delete env[name];
    const dbus = start(
      ['dbus-daemon', '--session', '--nofork', '--nopidfile', `--address=unix:path=${join(work, 'session-bus')}`, '--print-address=3'],
      env,
      join(logs, 'dbus.log'),
      ['pipe']
    );
    started.push(dbus);
    env.DBUS_SESSION_BUS_ADDRESS = await busAddress(dbus, 10_000);
    await run('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], {env, timeout: 10_000});
    await run(
      'dbus-send',
      ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Set', 'string:org.a11y.Status', 'string:IsEnabled', 'variant:boolean:true'],
      {env, timeout: 10_000}
    );

    // 2. Orca, logging what it says.
    copyFileSync(join(HERE, 'orca', 'orca-customizations.py'), join(prefs, 'orca-customizations.py'));
    const orca = start([PYTHON, join(HERE, 'orca', 'launch.py'), prefs], {...env, LOA_ORCA_SPEECH_LOG: speechLog, LOA_ORCA_VOICE_LANG: voice, ...(process.env.LOA_ORCA_DEBUG ? {LOA_ORCA_DEBUG_LOG: join(logs, 'orca-debug.log')} : {})}, join(logs, 'orca.log'));
    started.push(orca);
    const orcaReady = Date.now() + 30_000;
    while (!entries().some((e) => e.kind === 'speech' && /Screen reader on/.test(e.text))) {
      if (exited(orca)) throw new Error('Orca exited at start');
      if (Date.now() > orcaReady) throw new Error('Orca did not say "Screen reader on" within 30 s');
      await sleep(100);
    }

    // 3. Chromium, headed on the display, its accessibility tree exposed to AT-SPI.
    // A fresh profile; no translate bubble (it takes focus on a Vietnamese page).
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({translate: {enabled: false}, browser: {has_seen_welcome_page: true, check_default_browser: false}})
    );
    context = await chromium.launchPersistentContext(profile, {
      executablePath: await requireChromium(),
      headless: false,
      viewport: null,
      env,
      args: [...CHROMIUM_ARGS, '--test-type', '--force-renderer-accessibility', '--app=data:text/html,%3Ctitle%3ELoa%3C/title%3E', '--disable-features=Translate,TranslateUI', '--window-position=0,0', `--window-size=${width},${height}`],
      timeout: 30_000,
    });
    context.on('close', () => (chromiumGone = true));
    // tsx compiles with esbuild's keepNames, which wraps named inner functions in
    // __name(): functions sent to the page (page.evaluate) need it defined there.
    await context.addInitScript({content: 'window.__name = window.__name || ((f) => f)'});
    const page = context.pages()[0] ?? (await context.newPage());
    const display = speech.display;

    const heardSince = (from: number) =>
      new Heard(
        entries()
          .slice(from)
          .filter((e) => e.kind === 'speech')
          .map((e) => e.text)
      );

    const settle = async (quiet = 600, timeout = 8000) => {
      const from = entries().length;
      const end = Date.now() + timeout;
      let count = from;
      let since = Date.now();
      while (Date.now() - since < quiet && Date.now() < end) {
        await sleep(50);
        const now = entries().length;
        if (now !== count) [count, since] = [now, Date.now()];
      }
      return heardSince(from);
    };

    const waitFor = async (re: RegExp, {from = entries().length, timeout = 10_000} = {}) => {
      const end = Date.now() + timeout;
      for (;;) {
        const heard = heardSince(from);
        if (heard.match(re)) return heard;
        if (Date.now() > end) throw new NotHeard(`Orca did not say ${re} within ${timeout} ms; since then it said:\n${heard.text || '(nothing)'}`);
        await sleep(50);
      }
    };

    const focusWindow = async () => {
      const {stdout} = await run('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], {env, timeout: 10_000}).catch(() => ({stdout: ''}));
      const window = stdout.trim().split('\n').filter(Boolean).pop();
      if (!window) throw new Error('no visible Chromium window on the display');
      await run('xdotool', ['windowfocus', '--sync', window], {env, timeout: 10_000});
    };

    const press = async (keys: string, {until, quiet = 500, timeout}: PressOptions = {}) => {
      const from = entries().length;
      note(`KEY ${keys}`);
      await run('xdotool', ['key', '--delay', '40', ...keys.split(/\s+/)], {env, timeout: 10_000});
      if (until) {
        const heard = await waitFor(until, {from, timeout: timeout ?? 8000}).catch((error: Error) => {
          throw new NotHeard(`after key ${keys}: ${error.message}`);
        });
        // Let the rest of the key's speech come.
        await settle(Math.min(quiet, 400), 3000);
        return heardSince(from).length > heard.length ? heardSince(from) : heard;
      }
      // Wait for the first utterance (Orca is slow on a loaded machine), then for quiet.
      const end = Date.now() + (timeout ?? 5000);
      while (entries().length === from + 1 && Date.now() < end) await sleep(50);
      await settle(quiet, Math.max(1000, end - Date.now()));
      return heardSince(from);
    };

    const pressUntil = async (keys: string, until: RegExp, max = 10, options: Omit<PressOptions, 'until'> = {}) => {
      const from = entries().length;
      for (let i = 0; i < max; i++) {
        const heard = await press(keys, options);
        if (heard.match(until)) return heardSince(from);
      }
      throw new NotHeard(`pressed ${keys} ${max} times and Orca never said ${until}; it said:\n${heardSince(from).text || '(nothing)'}`);
    };

    const browseMode = async () => {
      // Orca+A (Insert, desktop layout) toggles and says the mode it is now in.
      // Two presses in quick succession would make focus mode sticky: wait between.
      let said = '';
      for (let i = 0; i < 3; i++) {
        if (i) await sleep(1200);
        said = (await press('Insert+a', {until: /^(Browse|Focus) mode/})).match(/^(Browse|Focus) mode/) ?? '';
        if (/^Browse mode/.test(said)) return;
      }
      throw new NotHeard(`Orca did not go to browse mode (it last said "${said}")`);
    };

    const top = async () => {
      const said = await press('ctrl+Home', {timeout: 2500});
      if (said.length && !said.match(/^Focus mode$/)) return said;
      await browseMode();
      return press('ctrl+Home');
    };

    const open = async (url: string) => {
      const from = entries().length;
      note(`MARK open ${url}`);
      // Each scenario starts afresh: no step a guide remembers, no kiosk setting.
      await page.evaluate(() => {
        sessionStorage.clear();
        localStorage.clear();
      }).catch(() => undefined);
      await page.goto(url, {waitUntil: 'load'});
      await focusWindow();
      // Orca says "Finished loading <title>." once it has the new document; on a
      // loaded machine it sometimes misses the load event and says nothing.
      await waitFor(/^Finished loading/, {from, timeout: 8000}).catch(() => note('MARK Orca did not say "Finished loading"'));
      await settle(700, 8000);
      return heardSince(from);
    };

    await focusWindow();
    return {
      page: guarded(page),
      context,
      display,
      work,
      speech,
      entries,
      cursor: () => entries().length,
      heardSince,
      mark: (label) => note(`MARK ${label}`),
      transcript: (from = 0, times = false) => readable(entries().slice(from), times),
      open,
      focusWindow,
      press,
      pressUntil,
      browseMode,
      top,
      waitFor,
      settle,
      alive: () => started.every((c) => !exited(c)) && !chromiumGone,
      close,
    };
  } catch (error) {
    const message = `${(error as Error).message}\n${logTail()}\nkept for inspection: ${work}`;
    await close(true);
    throw new Error(message);
  }
}
