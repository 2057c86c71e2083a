// What a person using a screen reader or a keyboard gets, for component tests
// in Chromium (@web/test-runner): the accessibility tree, the element that
// really has focus, and the words of the shared announcer.
import {a11ySnapshot, findAccessibilityNode} from '@web/test-runner-commands';
import {announcerElement} from '../../src/core/announcer.js';

/** A node of Chromium's accessibility tree, as a11ySnapshot() gives it (the fields tests read). */
export interface AxNode {
  role?: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  disabled?: boolean;
  focused?: boolean;
  pressed?: boolean | string;
  checked?: boolean | string;
  selected?: boolean;
  valuetext?: string;
  children?: AxNode[];
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The whole page's accessibility tree, shadow roots included, once Chromium has caught up with the last render. */
export async function ax(): Promise<AxNode> {
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 50));
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The first node of `tree` that passes `test`, or null. */
export function axFind(tree: AxNode, test: (node: AxNode) => boolean): AxNode | null {
  return (findAccessibilityNode(tree as never, test as never) as AxNode | null) ?? null;
}

/** The element that really has focus, through shadow roots (document.activeElement stops at the host). */
export function deepActive(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The shared announcer's next words. announce() clears the region and sets the
 * text 50 ms later, so this waits past that, then up to `timeout` ms for words
 * (an announcement that follows a fetch or the clipboard comes later). Returns
 * '' when nothing was said.
 */
export async function announced(timeout = 1000): Promise<string> {
  await new Promise((r) => setTimeout(r, 80));
  const end = performance.now() + timeout;
  while (!announcerElement().textContent && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
  return announcerElement().textContent ?? '';
}
