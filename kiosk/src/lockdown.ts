/*
 * Nothing the resident touches leaves the app. Every link click is caught at
 * the document (capture phase, looking through shadow roots with
 * composedPath()), and every element's `loa-link-activate` is cancelled: the
 * app shows the address as a QR card instead. No link ever navigates, so no
 * history entry is ever added and back/forward have nowhere to go.
 *
 * Pinch zoom is blocked without `user-scalable=no` (axe and WCAG 1.4.4 forbid
 * it in the viewport meta): `touch-action: pan-x pan-y` in kiosk.css stops
 * touch pinch in Chromium, and ctrl+wheel / ctrl± (trackpad pinch, keyboard
 * zoom) are cancelled here. The text-size setting replaces zoom.
 */
import {LINK_EVENT} from '../../src/core/outbound-links.js';

export interface LockdownOptions {
  /** A link the resident activated: show it as a QR card. */
  onExternalLink: (href: string, label: string) => void;
}

function anchorIn(path: EventTarget[]): HTMLAnchorElement | undefined {
  return path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
}

/** In-page fragment links scroll to their target by hand, so they add no history entry either. */
function followFragment(anchor: HTMLAnchorElement): boolean {
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname || !url.hash) return false;
  const root = anchor.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById?.(decodeURIComponent(url.hash.slice(1)));
  target?.scrollIntoView({block: 'start'});
  return true;
}

/** Installs every guard; returns a function that removes them. */
export function installLockdown({onExternalLink}: LockdownOptions): () => void {
  const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, options: AddEventListenerOptions = {}) => {
    target.addEventListener(type, fn as EventListener, options);
    listeners.push([target, type, fn as EventListener, options]);
  };

  on<MouseEvent>(document, 'click', (event) => {
    const anchor = anchorIn(event.composedPath());
    if (!anchor) return;
    event.preventDefault();
    if (followFragment(anchor)) return;
    const label = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
    onExternalLink(anchor.href, label);
  }, {capture: true});

  on<CustomEvent<{href: string; label: string}>>(document, LINK_EVENT, (event) => {
    event.preventDefault();
    onExternalLink(event.detail.href, event.detail.label);
  });

  // Middle-click and ctrl/shift-click would open tabs or windows.
  on<MouseEvent>(document, 'auxclick', (event) => event.preventDefault(), {capture: true});
  on<Event>(document, 'contextmenu', (event) => event.preventDefault(), {capture: true});
  on<DragEvent>(document, 'dragstart', (event) => event.preventDefault(), {capture: true});

  // Mouse back/forward buttons (3, 4) navigate on mouseup in Chromium.
  on<MouseEvent>(window, 'mouseup', (event) => {
    if (event.button === 3 || event.button === 4) event.preventDefault();
  }, {capture: true});

  on<KeyboardEvent>(window, 'keydown', (event) => {
    const zoomKey = (event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key);
    const historyKey = event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
    const browserKey = event.key === 'BrowserBack' || event.key === 'BrowserForward' || event.key === 'F5';
    if (zoomKey || historyKey || browserKey) event.preventDefault();
  }, {capture: true});

  // Trackpad pinch arrives as ctrl+wheel; Safari sends gesture events.
  on<WheelEvent>(window, 'wheel', (event) => {
    if (event.ctrlKey) event.preventDefault();
  }, {capture: true, passive: false});
  on<Event>(document, 'gesturestart', (event) => event.preventDefault(), {capture: true});

  // Nothing may open a window.
  const open = window.open;
  window.open = () => null;

  return () => {
    for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
    window.open = open;
  };
}
