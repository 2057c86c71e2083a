// The kiosk: the shell first, then each loa-* element in a chunk of its own.
// The attract screen uses no loa-* element, so the shell paints without
// waiting for them. Each chunk is evaluated in its own task, so none blocks a
// touch for long; an element rendered before its definition arrives upgrades
// when it does.
//
// These chunks are the kiosk's own code split, not lazy chunks in the sense
// of docs/architecture.md ("Lazy chunks": loaded by an element once it has
// content, in parallel with it): the shell asks for each once, at start, and
// no element waits for them. They still go through lazyPart(), as every
// import() in src/ and kiosk/ does (test/node/lazy-part.test.ts), so one that
// fails is logged as a ContentError naming its file ('missing-file') or the
// network ('network'), not the browser's English.
import './kiosk.css';
import {defineElement} from '../src/core/define.js';
import {lazyPart} from '../src/core/lazy-part.js';
import {yieldToMain} from '../src/core/yield.js';
import {formatTime} from '../src/core/dates.js';
import {KioskApp} from './src/kiosk-app.js';

defineElement('loa-kiosk-app', KioskApp);

// The page's first date format with a time zone loads the engine's date
// patterns: one task of about 250 ms on a slow kiosk PC (6× throttle), that
// no slicing can split. Here it runs while the config is on its way, before
// the attract screen exists, instead of later in front of a resident's touch
// (the first calendar read or the first events screen).
formatTime(new Date(), 'vi');

const elements = [
  lazyPart(() => import('../src/news/define.js')),
  lazyPart(() => import('../src/schedule/define.js')),
  lazyPart(() => import('../src/howto/define.js')),
  lazyPart(() => import('../src/qr/define.js')),
  lazyPart(() => import('../src/progress/define.js')),
  lazyPart(() => import('../src/search/define.js')),
];
void (async () => {
  for (const element of elements) {
    await yieldToMain();
    // One element that fails to load (a cache gone wrong) must not keep the others away.
    await element.load().catch((error: unknown) => console.error('[kiosk] an element did not load', error));
  }
})();
