// The kiosk: the shell first, then each loa-* element in a chunk of its own.
// The attract screen uses no loa-* element, so the shell paints without
// waiting for them. Each chunk is evaluated in its own task, so none blocks a
// touch for long; an element rendered before its definition arrives upgrades
// when it does.
import './kiosk.css';
import {defineElement} from '../src/core/define.js';
import {yieldToMain} from '../src/core/yield.js';
import {KioskApp} from './src/kiosk-app.js';

defineElement('loa-kiosk-app', KioskApp);

const elements = [
  () => import('../src/news/define.js'),
  () => import('../src/schedule/define.js'),
  () => import('../src/howto/define.js'),
  () => import('../src/qr/define.js'),
];
void (async () => {
  for (const load of elements) {
    await yieldToMain();
    // One element that fails to load (a cache gone wrong) must not keep the others away.
    await load().catch((error: unknown) => console.error('[kiosk] an element did not load', error));
  }
})();
