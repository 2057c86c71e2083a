/*
 * <loa-howto> (the phone hand-off) and <loa-schedule> (an event's page, the
 * calendar subscription) show <loa-qr> codes: the only place where an element
 * uses another element. Its definition, and the QR encoder with it, is a lazy
 * chunk loaded the first time a code is on screen, through lazyPart like every
 * chunk. A definition that cannot load leaves the address in words beside
 * the code's box; the load is tried again with the next code.
 */
import {lazyPart} from './lazy-part.js';

const qrDefinition = lazyPart(() => import('../qr/define.js'));

/** Makes sure <loa-qr> is defined (or being defined) once `root` holds one. Never throws. */
export function ensureQr(root: ParentNode): void {
  if (customElements.get('loa-qr') || !root.querySelector('loa-qr')) return;
  qrDefinition.load().catch(() => undefined);
}
