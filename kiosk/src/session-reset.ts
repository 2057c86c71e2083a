/*
 * What "nothing of the session remains" means in the browser: web storage
 * emptied, every scroll position back at the top, speech stopped. The app
 * itself resets its own state (screens, settings) and re-creates the content
 * elements, which drops their open step, filters and search text.
 *
 * The kiosk never adds history entries (navigation is state, not URL), so
 * there is no history to clear; `history.length` stays 1 (tested).
 * Cache Storage is not touched: it holds the app and public content for
 * offline use, never anything the resident entered.
 */
import {speech} from '../../src/core/speech.js';

function scrollAllToTop(root: Document | ShadowRoot): void {
  for (const el of root.querySelectorAll('*')) {
    if (el.scrollTop || el.scrollLeft) el.scrollTo(0, 0);
    if (el.shadowRoot) scrollAllToTop(el.shadowRoot);
  }
}

export function clearSession(): void {
  speech.stop();
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // Storage may be disabled by policy: then there is nothing to clear.
  }
  window.getSelection()?.removeAllRanges();
  window.scrollTo(0, 0);
  scrollAllToTop(document);
}
