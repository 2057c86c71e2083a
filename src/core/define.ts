/*
 * Webmasters sometimes paste the script tag twice, or two plug-ins each bring a
 * copy. Redefining a custom element throws, so a second copy must step aside:
 * warn once per page (across all copies, hence the global flag) and carry on.
 */
const WARNED = Symbol.for('loa.duplicate-warning');

type Flagged = typeof globalThis & {[WARNED]?: boolean};

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const flags = globalThis as Flagged;
  if (!flags[WARNED]) {
    flags[WARNED] = true;
    console.warn(
      `Loa: <${tag}> is already defined, probably because loa.js is loaded twice on this page. The first copy is used.`
    );
  }
}
