/**
 * Remembers the last few answers of a pure function, found again by the
 * very same arguments (===, so strings by value).
 *
 * Why: the kiosk reads a guide or a feed while it waits for a touch, so that
 * the resident's tap finds it already read, and a page may show the same
 * content twice. Parsing a guide costs a slow kiosk PC a few hundred
 * milliseconds; comparing its text with the last one costs microseconds.
 * The answers are shared, so the caller must treat them as read-only (every
 * parser here returns fresh objects that the elements only read).
 */
export function keepLast<Args extends unknown[], Result>(fn: (...args: Args) => Result, size = 4): (...args: Args) => Result {
  const kept: Array<{args: Args; result: Result}> = [];
  return (...args: Args): Result => {
    const index = kept.findIndex((k) => k.args.length === args.length && k.args.every((a, i) => a === args[i]));
    if (index >= 0) {
      const [hit] = kept.splice(index, 1);
      kept.unshift(hit);
      return hit.result;
    }
    const result = fn(...args);
    kept.unshift({args, result});
    kept.length = Math.min(kept.length, size);
    return result;
  };
}
