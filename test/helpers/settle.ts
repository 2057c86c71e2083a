// Waiting for a content element (<loa-news>, <loa-schedule>, <loa-howto>, or a
// test element with a ContentController) to finish loading, for component tests.

/** What settle() reads: Lit's updateComplete and the element's ContentController (private in the elements). */
interface Loading {
  updateComplete: Promise<unknown>;
}
interface ContentState {
  loading: boolean;
  value?: unknown;
  error?: unknown;
}

const contentOf = (el: Loading) => (el as unknown as {content?: ContentState}).content;

/** Done: not loading, and holding content or an error, or with no `src` to load. */
export function isSettled(el: Loading): boolean {
  const content = contentOf(el);
  if (!content) return true;
  const src = (el as unknown as {src?: unknown}).src;
  return !content.loading && (content.value !== undefined || content.error !== undefined || !src);
}

/**
 * Waits until `el` has finished loading (by default isSettled(); an element
 * whose own words say more can pass `until`), then for its render. A content
 * element in English starts loading only once its strings are there, so "not
 * loading" alone is not enough. Throws after `timeout` ms, naming the element.
 */
export async function settle<T extends Loading>(el: T, {timeout = 5000, until = isSettled}: {timeout?: number; until?: (el: T) => boolean} = {}): Promise<T> {
  const end = performance.now() + timeout;
  await el.updateComplete;
  while (!until(el)) {
    if (performance.now() > end) {
      throw new Error(`settle(): <${(el as unknown as Element).localName}> still loading after ${timeout} ms`);
    }
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}
