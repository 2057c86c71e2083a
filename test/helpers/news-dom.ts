import type {LoaNews} from '../../src/news/loa-news.js';

/** Every element under `root`, shadow roots included. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button-in-content', 'svg', 'math', 'meta', 'link', 'base', 'template']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'background', 'poster', 'data', 'cite', 'longdesc', 'dynsrc', 'lowsrc'];
const BAD_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;

/**
 * What is unsafe in the rendered element: forbidden elements anywhere in the
 * shadow root, on* attributes, and script-bearing URLs. Empty when safe.
 */
export function unsafeThings(el: LoaNews): string[] {
  const problems: string[] = [];
  for (const node of allElements(el.shadowRoot!)) {
    const tag = node.localName;
    if (FORBIDDEN_TAGS.has(tag) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}>`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      if (URL_ATTRS.includes(name) || name.endsWith(':href')) {
        // Check the raw value and the resolved one: "java&#x09;script:" only shows after parsing.
        const resolved = (() => {
          try {
            return new URL(attr.value, location.href).protocol;
          } catch {
            return '';
          }
        })();
        if (BAD_URL.test(attr.value) || ['javascript:', 'vbscript:', 'data:'].includes(resolved)) {
          problems.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
        }
      }
    }
    if (node.closest('.loa-article-body') && node.hasAttribute('style')) problems.push(`${tag}[style]`);
  }
  return problems;
}

/** Waits until the element has finished loading its feed. */
export async function settled(el: LoaNews, timeout = 5000): Promise<void> {
  const start = performance.now();
  await el.updateComplete;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  while ((el as any).content.loading) {
    // A helper that gives up silently would let the test assert on a half-loaded element.
    if (performance.now() - start > timeout) throw new Error(`settled(): still loading after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await el.updateComplete;
}

/** Opens item `index` through its button and waits for its HTML to render. */
export async function openItem(el: LoaNews, index: number): Promise<void> {
  const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item__open');
  buttons[index].click();
  await el.updateComplete;
  const start = performance.now();
  for (;;) {
    const root = el.shadowRoot!;
    const waiting = [...root.querySelectorAll('.loa-status')].some((s) => s.textContent?.includes('Đang tải nội dung'));
    if (!waiting) break;
    if (performance.now() - start > 5000) throw new Error(`openItem(${index}): the item was still loading after 5 s`);
    await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
  }
}

/** Goes back to the list. */
export async function closeItem(el: LoaNews): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
  await el.updateComplete;
}
