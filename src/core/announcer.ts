/*
 * One polite live region in the light DOM, shared by every Loa element and by
 * every copy of the bundle on the page. Screen readers often miss live regions
 * inside shadow roots, so announcements never come from there.
 */
const ANNOUNCER_ID = 'loa-announcer';

function region(): HTMLElement {
  let el = document.getElementById(ANNOUNCER_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ANNOUNCER_ID;
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    // Visually hidden but read. CSSOM writes are allowed under a strict style-src CSP.
    Object.assign(el.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      border: '0',
    });
    document.body.append(el);
  }
  return el;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Says `message` to screen-reader users. The text is cleared first and set on
 * the next task, so the same message twice in a row is still read twice.
 */
export function announce(message: string, lang?: string): void {
  const el = region();
  el.textContent = '';
  if (lang) el.lang = lang;
  clearTimeout(pending);
  pending = setTimeout(() => {
    el.textContent = message;
  }, 50);
}

/** The element itself, for tests and for the kiosk's speech mode. */
export function announcerElement(): HTMLElement {
  return region();
}
