/*
 * The kiosk must never navigate away: it turns outbound links into QR cards.
 * Elements route link clicks through here, which fires a cancelable
 * `loa-link-activate` event; when the page (the kiosk) cancels it, the browser
 * does not follow the link. Ordinary websites ignore the event and links work.
 */
export const LINK_EVENT = 'loa-link-activate';

/** `detail` of the `loa-link-activate` event. */
export interface LinkActivateDetail {
  /** The absolute URL of the link. */
  href: string;
  /** The link's visible text, for the QR card's title. */
  label: string;
}

/** Fired on the element; bubbles, crosses shadow roots, cancelable (cancel it to stay on the page). */
export type LinkActivateEvent = CustomEvent<LinkActivateDetail>;

/*
 * So that `addEventListener('loa-link-activate', (e) => e.detail.href)` type-checks.
 * GlobalEventHandlersEventMap rather than HTMLElementEventMap alone: the event
 * bubbles, and the kiosk listens on document, which HTMLElementEventMap does
 * not cover. Elements, document and window all extend this map.
 */
declare global {
  interface GlobalEventHandlersEventMap {
    'loa-link-activate': LinkActivateEvent;
  }
}

/**
 * Use as a click listener on a container inside a shadow root:
 * `@click=${(e: MouseEvent) => routeLinkClick(this, e)}`.
 */
export function routeLinkClick(host: HTMLElement, event: MouseEvent): void {
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href || anchor.hasAttribute('download')) return;
  const handled = !host.dispatchEvent(
    new CustomEvent<LinkActivateDetail>(LINK_EVENT, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: {href: anchor.href, label: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim()},
    })
  );
  if (handled) event.preventDefault();
}
