// The kiosk: cold start offline from the service-worker cache, and JS heap
// growth over many attract → use → reset cycles (a kiosk runs for days).
// Prints figures; asserts nothing. Run: LOA_DIST=… npm run bench -- kiosk
import type {Page} from 'playwright-core';
import {median, type BenchContext} from './bench-kit.js';

const COLD_STARTS = 9;
const CYCLES = 200;

async function waitForCache(page: Page): Promise<void> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const ready = await page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false;
      return (await (await caches.open('loa-content')).keys()).length >= 10;
    });
    if (ready) return;
    await page.waitForTimeout(250);
  }
  throw new Error('the service worker never cached the content');
}

/** One resident: touch to begin, read news, open a guide, change text size, then the idle reset. */
let n = 0;
async function cycle(page: Page): Promise<void> {
  if (++n % 20 === 0) console.log('cycle', n);
  await page.evaluate(async () => {
    // The shell's own methods and state, reached the way a test may (they are private to TypeScript).
    const app = document.querySelector('loa-kiosk-app') as unknown as HTMLElement & {
      updateComplete: Promise<unknown>;
      go(screen: string, guide?: string): void;
      set(key: string, value: unknown): void;
      reset(): void;
      config: {sources: {guides: Array<{slug: string}>}};
    };
    const settle = async () => {
      await app.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    };
    app.go('home');
    await settle();
    (document.querySelector('[data-go="news"]') as HTMLButtonElement).click();
    await settle();
    app.go('guide', app.config.sources.guides[0].slug);
    await settle();
    app.set('textSize', 1.5);
    app.set('contrast', 'high');
    await settle();
    app.reset();
    await settle();
  });
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = (await cdp.send('Runtime.getHeapUsage')) as {usedSize: number};
  await cdp.detach();
  return usedSize;
}

export async function bench({page, origin, report}: BenchContext): Promise<void> {
  const browser = page.context().browser()!;
  // bypassCSP: Playwright's polling evaluates strings, which the kiosk's CSP forbids.
  const context = await browser.newContext({viewport: {width: 1080, height: 1920}, reducedMotion: 'reduce', bypassCSP: true});
  // tsx wraps named inner functions in __name(); functions sent to the page need it there.
  await context.addInitScript('window.__name = window.__name || ((f) => f)');
  const warm = await context.newPage();
  await warm.goto(`${origin}/kiosk/`);
  await waitForCache(warm);
  await warm.close();
  await context.setOffline(true);

  const ready: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const cold = await context.newPage();
    await cold.goto(`${origin}/kiosk/`);
    await cold.waitForFunction(() => performance.getEntriesByName('kiosk-ready').length > 0, undefined, {timeout: 20_000});
    const times = await cold.evaluate(() => ({
      ready: performance.getEntriesByName('kiosk-ready')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    ready.push(times.ready);
    paint.push(times.fcp);
    await cold.close();
  }
  report('kiosk cold start, offline from the service-worker cache (ms from navigation)', [
    {measure: 'first paint (FCP)', median: Math.round(median(paint)), min: Math.round(Math.min(...paint)), max: Math.round(Math.max(...paint)), runs: COLD_STARTS},
    {measure: 'first screen with content painted (kiosk-ready)', median: Math.round(median(ready)), min: Math.round(Math.min(...ready)), max: Math.round(Math.max(...ready)), runs: COLD_STARTS},
  ]);

  const use = await context.newPage();
  await use.goto(`${origin}/kiosk/`);
  await use.locator('.attract').waitFor();
  for (let i = 0; i < 10; i++) await cycle(use);
  const after10 = await heap(use);
  for (let i = 10; i < CYCLES; i++) await cycle(use);
  const after200 = await heap(use);
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  report('kiosk JS heap over attract → use → reset cycles (after forced GC)', [
    {after: '10 cycles', heap: kB(after10)},
    {after: `${CYCLES} cycles`, heap: kB(after200)},
    {after: 'growth', heap: `${kB(after200 - after10)} (${(((after200 - after10) / after10) * 100).toFixed(1)}%, ${((after200 - after10) / (CYCLES - 10) / 1024).toFixed(2)} kB per cycle)`},
  ]);
  await context.close();
}
