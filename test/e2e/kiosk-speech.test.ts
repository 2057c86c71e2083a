// The kiosk's speech mode with real speech on Linux: Chromium (headed, under
// Xvfb) speaks through speech-dispatcher, whose espeak-ng output module writes
// down what it received and synthesises it (test/speech/README.md). No fake
// engine: the voice list, the voice choice and the text all go the real way.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {Server} from 'node:http';
import {chromium, type Browser, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, requireChromium} from '../../scripts/browser.mjs';
import {DIST, startServer} from '../../scripts/serve.mjs';
import {gotoKiosk, begin, PORTRAIT} from './kiosk-helpers.js';
import {missingForRealSpeech, startRealSpeech, PACKAGES, type RealSpeech} from '../speech/real-speech.js';

/*
 * .ci/run installs the packages and sets LOA_REQUIRE_REAL_SPEECH, so there a
 * missing package fails the test. On a developer's machine without them it is
 * skipped, loudly.
 */
const missing = process.platform === 'linux' ? missingForRealSpeech() : ['Linux'];
const required = Boolean(process.env.LOA_REQUIRE_REAL_SPEECH) || (Boolean(process.env.CI) && process.env.CI !== 'false');
const hint = `Real-speech test: missing ${missing.join(', ')}. Install with \`apt-get install -y --no-install-recommends ${PACKAGES}\` (.ci/run does).`;
if (missing.length && !required) {
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED: ${hint}\n${'!'.repeat(78)}\n`);
}

let speech: RealSpeech | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let setupTime = 0;
let failed = false;

before(
  async () => {
    if (missing.length) return;
    if (!existsSync(join(DIST, 'kiosk/index.html'))) throw new Error(`${DIST} has no kiosk/index.html: run \`npm run build\` (or LOA_DIST=… node scripts/build.mjs) first.`);
    const started = Date.now();
    speech = await startRealSpeech(PORTRAIT);
    server = await startServer({port: 0});
    browser = await chromium.launch({
      executablePath: await requireChromium(),
      // Headed, on the Xvfb display, as on a kiosk.
      headless: false,
      // Chromium on Linux speaks through speech-dispatcher only when asked to.
      args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher', `--window-size=${PORTRAIT.width},${PORTRAIT.height}`],
      env: speech.env,
      timeout: 20_000,
    });
    setupTime = Date.now() - started;
  },
  {timeout: 40_000}
);

after(async () => {
  await browser?.close().catch(() => undefined);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (failed && speech) console.error(`kept for inspection: ${speech.work}`);
  await speech?.close(failed);
});

/** Chromium's voices, once it has them from speech-dispatcher. */
async function voicesOf(page: Page): Promise<Array<{name: string; lang: string}>> {
  const end = Date.now() + 10_000;
  for (;;) {
    const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => ({name: v.name, lang: v.lang})));
    if (voices.length || Date.now() > end) return voices;
    await page.waitForTimeout(100);
  }
}

test('speech mode reads a touched home tile aloud in Vietnamese, through speech-dispatcher and espeak-ng', {timeout: 60_000}, async (t) => {
  if (missing.length) {
    if (required) assert.fail(hint);
    t.skip(hint);
    return;
  }
  const started = Date.now();
  const step = (label: string) => t.diagnostic(`${((Date.now() - started) / 1000).toFixed(1)} s: ${label}`);
  t.diagnostic(`Xvfb (${speech!.display}), speech-dispatcher and Chromium started in ${(setupTime / 1000).toFixed(1)} s`);
  try {
    const context = await browser!.newContext({viewport: PORTRAIT, hasTouch: true, serviceWorkers: 'block', reducedMotion: 'reduce'});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await gotoKiosk(page, `http://127.0.0.1:${(server!.address() as {port: number}).port}`);
    await begin(page);
    step('home');

    await page.getByRole('button', {name: 'Trợ năng'}).tap();
    await page.getByRole('group', {name: 'Đọc to'}).getByRole('button', {name: 'Bật', exact: true}).tap();
    // Turning speech on checks for a voice (waiting up to 1.5 s for a late
    // list): with a Vietnamese one there, the panel must not say none is installed.
    await page.waitForTimeout(2000);
    assert.equal((await page.locator('#a11y-panel .panel__warning').innerText()).trim(), '', 'the panel says no Vietnamese voice is installed');
    const voices = await voicesOf(page);
    t.diagnostic(`speechSynthesis.getVoices(): ${JSON.stringify(voices)}`);
    assert.ok(voices.some((v) => v.lang.toLowerCase().split('-')[0] === 'vi'), 'Chromium lists a Vietnamese voice');
    // From now on what is touched or focused is read: "Đóng", then "Trợ năng"
    // as the panel gives focus back. Let that pass before the tile.
    await page.getByRole('button', {name: 'Đóng', exact: true}).tap();
    await speech!.settle();
    step('speech mode on');

    await page.getByRole('button', {name: 'Tin tức', exact: true}).tap();
    await speech!.waitFor((r) => r.text === 'Tin tức');
    await speech!.settle();
    const received = speech!.received();
    const tile = received.filter((r) => r.text === 'Tin tức').at(-1)!;
    const sound = await speech!.sound(tile);
    step('tile read and synthesised');
    t.diagnostic(
      `speech-dispatcher received (language, voice, rate, volume, text):\n${received.map((r) => `  ${r.language}\t${r.voice}\t${r.rate}\t${r.volume}\t${r.text}`).join('\n')}` +
        `\nespeak-ng made of "${tile.text}": ${sound.wavBytes} bytes of WAV, phonemes ${sound.phonemes}`
    );

    // Everything the kiosk said was Vietnamese, asked of the Vietnamese voice
    // (an English voice would show as "en" here).
    for (const r of received) assert.ok(r.language === 'vi' && r.voice === 'vi', `not Vietnamese: ${JSON.stringify(r)}`);
    // The kiosk's volume 1 and rate 0.9 arrive as speech-dispatcher's 100 and a rate below 0.
    assert.equal(tile.volume, 100);
    assert.ok(tile.rate < 0, `rate ${tile.rate}`);
    // espeak-ng's Vietnamese voice made sound of it, "tức" with its tone number (t['y3c).
    assert.ok(sound.wavBytes > 10_000, `${sound.wavBytes} bytes of WAV`);
    assert.match(sound.phonemes, /y3/);
    assert.deepEqual(errors, []);
    await context.close();
  } catch (error) {
    failed = true;
    throw error;
  }
});
