// The screen-reader suite: Orca, a real screen reader, over the built demo
// site and kiosk in Chromium, and assertions on what it says
// (test/screen-reader/README.md). One Orca session serves every scenario.
//
// Flakiness policy: a scenario that fails is run once more, and the retry is
// reported in the output (and in the summary at the end); a second failure
// fails the run.
import {after, before, test, type TestContext} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Server} from 'node:http';
import {DIST, startServer} from '../../scripts/serve.mjs';
import {missingForScreenReader, PACKAGES, startScreenReader, type ScreenReader} from './orca.js';
import type {Scenario, ScenarioContext} from './scenario.js';
import {howtoScenarios} from './scenarios/howto.js';
import {newsScenarios} from './scenarios/news.js';
import {scheduleScenarios} from './scenarios/schedule.js';
import {qrScenarios} from './scenarios/qr.js';
import {kioskScenarios} from './scenarios/kiosk.js';
import {kioskSearchScenarios} from './scenarios/kiosk-search.js';
import {englishScenarios} from './scenarios/english.js';
import {progressScenarios} from './scenarios/progress.js';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const SCENARIOS: Scenario[] = [...howtoScenarios, ...newsScenarios, ...scheduleScenarios, ...qrScenarios, ...kioskScenarios, ...kioskSearchScenarios, ...englishScenarios, ...progressScenarios];

/*
 * .ci/run installs the packages and sets LOA_REQUIRE_REAL_SPEECH, so there a
 * missing package fails the suite. On a developer's machine without them it
 * is skipped, loudly. LOA_SR_ONLY=<text> runs only the scenarios whose name
 * contains it (several texts: separated by "|").
 */
const missing = process.platform === 'linux' ? missingForScreenReader() : ['Linux'];
const required = Boolean(process.env.LOA_REQUIRE_REAL_SPEECH) || (Boolean(process.env.CI) && process.env.CI !== 'false');
const hint = `Screen-reader suite: missing ${missing.join(', ')}. Install with \`apt-get install -y --no-install-recommends ${PACKAGES}\` (.ci/run does).`;
if (missing.length && !required) console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED: ${hint}\n${'!'.repeat(78)}\n`);
const only = process.env.LOA_SR_ONLY;
/** LOA_SR_ONLY=<text>[|<text>…]: the scenarios whose name contains one of the texts. */
const chosen = (name: string) => !only || only.split('|').some((text) => text && name.includes(text));

let sr: ScreenReader | undefined;
let server: Server | undefined;
let origin = '';
let failed = false;
const started = Date.now();
const retries: string[] = [];
const knownIssues: string[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** issue 17: the whole suite within 5 minutes on 2 cores (README: measured durations). */
const BUDGET_MS = 5 * 60_000;

async function session(): Promise<ScreenReader> {
  if (sr?.alive()) return sr;
  if (sr) {
    console.log('# the Orca session died: starting a new one');
    await sr.close(true);
  }
  const t0 = Date.now();
  sr = await startScreenReader();
  console.log(`# Orca, speech-dispatcher, Xvfb (${sr.display}) and Chromium up in ${seconds(Date.now() - t0)}; work folder ${sr.work}`);
  return sr;
}

before(
  async () => {
    if (missing.length) return;
    if (!existsSync(join(DIST, 'demo/index.html')) || !existsSync(join(DIST, 'kiosk/index.html'))) {
      throw new Error(`${DIST} has no demo/ or kiosk/: run \`npm run build\` (or LOA_DIST=… node scripts/build.mjs) first.`);
    }
    server = await startServer({port: 0, extraRoots: {'/sr/': PAGES}});
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await session();
  },
  {timeout: 90_000}
);

after(async () => {
  if (sr) {
    const transcript = join(sr.work, 'transcript.txt');
    writeFileSync(transcript, sr.transcript(0, true) + '\n');
    if (failed || process.env.LOA_SR_KEEP) console.log(`# transcript of the whole session: ${transcript}`);
  }
  await sr?.close(failed || Boolean(process.env.LOA_SR_KEEP));
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  const total = Date.now() - started;
  console.log(`# screen-reader suite: ${seconds(total)} in all (Orca's start-up included; budget ${seconds(BUDGET_MS)} on 2 cores); ${retries.length ? `${retries.length} retried: ${retries.join('; ')}` : 'no retries'}`);
  if (total > BUDGET_MS && !only) console.log(`# !! OVER BUDGET: the screen-reader suite took ${seconds(total)}, more than ${seconds(BUDGET_MS)}`);
  for (const issue of knownIssues) console.log(`# ${issue}`);
});

async function attempt(t: TestContext, scenario: Scenario, n: number): Promise<void> {
  const reader = await session();
  reader.mark(`scenario "${scenario.name}", attempt ${n}`);
  const from = reader.cursor();
  const t0 = Date.now();
  const ctx: ScenarioContext = {
    sr: reader,
    page: reader.page,
    url: (path) => `${origin}${path}`,
    log: (message) => t.diagnostic(message),
    known: async (label, check) => {
      try {
        await check();
        const line = `KNOWN ISSUE now passes (make it an assertion): ${scenario.name} — ${label}`;
        knownIssues.push(line);
        t.diagnostic(line);
      } catch (error) {
        const line = `KNOWN ISSUE still there: ${scenario.name} — ${label}`;
        knownIssues.push(line);
        t.diagnostic(`${line}\n${(error as Error).message}`);
      }
    },
  };
  try {
    await scenario.run(ctx);
    t.diagnostic(`attempt ${n} passed in ${seconds(Date.now() - t0)}`);
  } catch (error) {
    const message = (error as Error).message;
    throw Object.assign(new Error(`${message}\n  --- what Orca said in this attempt:\n${reader.transcript(from).replace(/^/gm, '  ')}`), {cause: error});
  }
}

for (const scenario of SCENARIOS) {
  const skip = !chosen(scenario.name);
  test(scenario.name, {timeout: 240_000, skip: skip ? `LOA_SR_ONLY=${only}` : false}, async (t) => {
    if (missing.length) {
      if (required) assert.fail(hint);
      t.skip(hint);
      return;
    }
    try {
      await attempt(t, scenario, 1);
    } catch (first) {
      const line = `RETRY: "${scenario.name}" failed once and runs again: ${(first as Error).message.split('\n')[0]}`;
      retries.push(`"${scenario.name}"`);
      console.log(`# ${line}`);
      t.diagnostic(`${line}\n${(first as Error).message}`);
      try {
        await attempt(t, scenario, 2);
      } catch (second) {
        failed = true;
        throw second;
      }
    }
  });
}

test('Orca speaks through speech-dispatcher: the capture module received Vietnamese text intact', {skip: Boolean(only)}, async (t) => {
  if (missing.length) {
    if (required) assert.fail(hint);
    t.skip(hint);
    return;
  }
  const received = (await session()).speech.received();
  assert.ok(received.some((r) => /Screen reader on/.test(r.text)), `speech-dispatcher never received "Screen reader on": ${JSON.stringify(received.slice(0, 5))}`);
  // sd_generic recodes text to ISO-8859-1 unless the language is listed as UTF-8: Vietnamese letters would become "?".
  const vietnamese = received.filter((r) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(r.text));
  assert.ok(vietnamese.length > 0, 'speech-dispatcher received no text with Vietnamese letters');
  assert.ok(vietnamese.every((r) => r.language === 'vi'), `Vietnamese text reached speech-dispatcher in another language: ${JSON.stringify(vietnamese.filter((r) => r.language !== 'vi').slice(0, 3))}`);
});
