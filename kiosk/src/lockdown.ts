/*
 * Nothing the resident touches leaves the app. Every navigation a link starts
 * is cancelled at the Navigation API's `navigate` event, and every element's
 * `loa-link-activate` too: the app shows the address as a QR card instead. No
 * link ever navigates, so no history entry is ever added and back/forward have
 * nowhere to go.
 *
 * No click, mousedown or mouseup listener on the document or window (only
 * pointer and key events): Chromium then exposes every focusable element of
 * the page as "clickable", and Orca said so of each screen's heading.
 * (Browsers without the Navigation API get a click listener instead.)
 *
 * Pinch zoom is blocked without `user-scalable=no` (axe and WCAG 1.4.4 forbid
 * it in the viewport meta): `touch-action: pan-x pan-y` in kiosk.css stops
 * touch pinch in Chromium, and ctrl+wheel / ctrl± (trackpad pinch, keyboard
 * zoom) are cancelled here. The text-size setting replaces zoom.
 *
 * Browser shortcuts that a page can cancel are cancelled (print, save, open,
 * view source, history, downloads, reload, caret browsing, full screen,
 * developer tools, back/forward). Ctrl+N, Ctrl+T and Ctrl+W never reach a
 * page: the deployment's Chromium policies and OS lockdown cover them
 * (docs/kiosk.md). A dragged or dropped link or file never navigates.
 */
import {LINK_EVENT} from '../../src/core/outbound-links.js';

export interface LockdownOptions {
  /** A link the resident activated: show it as a QR card. */
  onExternalLink: (href: string, label: string) => void;
}

/** Ctrl (or ⌘) + these letters: print, save, open file, view source, history, downloads, reload. */
const CTRL_KEYS = new Set(['p', 's', 'o', 'u', 'h', 'j', 'r']);
/** Ctrl+Shift + these: developer tools, console, element picker. */
const CTRL_SHIFT_KEYS = new Set(['i', 'j', 'c']);
/** Reload, caret browsing, full screen, developer tools, and the browser's own back/forward keys. */
const PLAIN_KEYS = new Set(['F5', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh']);

/** True when the key would make the browser leave, save, print, reload or open its tools. */
export function isBrowserShortcut(event: KeyboardEvent): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const ctrl = event.ctrlKey || event.metaKey;
  if (PLAIN_KEYS.has(event.key)) return true;
  if (ctrl && ['+', '-', '=', '0'].includes(key)) return true; // zoom
  if (ctrl && event.shiftKey && CTRL_SHIFT_KEYS.has(key)) return true;
  if (ctrl && !event.altKey && CTRL_KEYS.has(key)) return true;
  if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight')) return true; // history
  // Backspace once meant "back"; in a field it deletes, and must keep doing so.
  if (key === 'Backspace' && !isTextField(event.composedPath()[0])) return true;
  return false;
}

function isTextField(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
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

/** What lockdown needs of the Navigation API's NavigateEvent (not in TypeScript's DOM types yet). */
interface NavigateEventLike extends Event {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  readonly userInitiated: boolean;
  /** The link that started it (Chromium 135+); retargeted out of shadow roots. */
  readonly sourceElement?: Element | null;
  readonly destination: {url: string};
}

/**
 * Every QR code on the kiosk, also those inside the elements' shadow roots: on
 * `hosts` only (null: any https host), and no copy or open button.
 */
export function lockQrCodes(hosts: string[] | null): void {
  void customElements.whenDefined('loa-qr').then((qr) => {
    const policy = qr as unknown as {allowedHosts: string[] | null; noCopy: boolean; noOpen: boolean};
    policy.allowedHosts = hosts;
    policy.noCopy = true;
    policy.noOpen = true;
  });
}

/** Installs every guard; returns a function that removes them. */
export function installLockdown({onExternalLink}: LockdownOptions): () => void {
  const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, options: AddEventListenerOptions = {}) => {
    target.addEventListener(type, fn as EventListener, options);
    listeners.push([target, type, fn as EventListener, options]);
  };

  const follow = (anchor: HTMLAnchorElement, href = anchor.href) => {
    if (followFragment(anchor)) return;
    onExternalLink(href, (anchor.textContent ?? '').replace(/\s+/g, ' ').trim());
  };
  const navigation = (window as {navigation?: EventTarget}).navigation;
  if (navigation) {
    // The link under a touch or a key, seen through shadow roots (sourceElement is not). One
    // that would open another window, where navigate does not see it, opens here instead.
    let pressed: HTMLAnchorElement | undefined;
    const press = (event: Event) => {
      pressed = anchorIn(event.composedPath());
      if (pressed && pressed.target && pressed.target !== '_self') pressed.target = '_self';
    };
    on(document, 'pointerdown', press, {capture: true});
    on(document, 'keydown', press, {capture: true});
    on<NavigateEventLike>(navigation, 'navigate', (event) => {
      if (!event.cancelable || event.navigationType === 'reload') return;
      const source = event.sourceElement;
      const anchor = source instanceof HTMLAnchorElement ? source : pressed && pressed.href === event.destination.url ? pressed : undefined;
      // The page's own history calls go through; whatever the resident started does not.
      if (!anchor && !event.userInitiated) return;
      event.preventDefault();
      if (anchor) follow(anchor, event.destination.url);
    });
  } else {
    on<MouseEvent>(document, 'click', (event) => {
      const anchor = anchorIn(event.composedPath());
      if (!anchor) return;
      event.preventDefault();
      follow(anchor);
    }, {capture: true});
  }

  on<CustomEvent<{href: string; label: string}>>(document, LINK_EVENT, (event) => {
    event.preventDefault();
    onExternalLink(event.detail.href, event.detail.label);
  });

  // Middle-click and ctrl/shift-click would open tabs or windows.
  on<MouseEvent>(document, 'auxclick', (event) => event.preventDefault(), {capture: true});
  on<Event>(document, 'contextmenu', (event) => event.preventDefault(), {capture: true});
  // Nothing is dragged out, and nothing dropped in (a link or a file from a USB stick) is opened.
  on<DragEvent>(document, 'dragstart', (event) => event.preventDefault(), {capture: true});
  on<DragEvent>(window, 'dragover', (event) => {
    // Cancelling dragover is what lets the page (not the browser) receive the drop, which is then cancelled too.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  }, {capture: true});
  on<DragEvent>(window, 'drop', (event) => event.preventDefault(), {capture: true});

  // Mouse back/forward buttons (3, 4) navigate on mouseup in Chromium, unless its pointerup is cancelled.
  on<PointerEvent>(window, 'pointerup', (event) => {
    if (event.button === 3 || event.button === 4) event.preventDefault();
  }, {capture: true});

  on<KeyboardEvent>(window, 'keydown', (event) => {
    if (isBrowserShortcut(event)) event.preventDefault();
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
