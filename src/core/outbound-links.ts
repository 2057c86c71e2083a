/*
 * The kiosk must never navigate away: it turns outbound links into QR cards.
 * Elements route link clicks through here, which fires a cancelable
 * `loa-link-activate` event; when the page (the kiosk) cancels it, the browser
 * does not follow the link. Ordinary websites ignore the event and links work.
 */
export const LINK_EVENT = 'loa-link-activate';

export interface LinkActivateDetail {
  /** The absolute URL of the link. */
  href: string;
  /** The link's visible text, for the QR card's title. */
  label: string;
}

declare global {
  interface HTMLElementEventMap {
    'loa-link-activate': CustomEvent<LinkActivateDetail>;
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
