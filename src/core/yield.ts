/*
 * Long work (expanding a year of recurring events) must not block a touch or
 * a key press for long. A time slicer lets a loop run for a few milliseconds,
 * then gives the main thread back for one task before it goes on.
 */

/** Gives the main thread back: scheduler.yield() where it exists, else a new task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Returns a function to await inside a loop: it yields once `sliceMs` of work
 * has run since the last yield, and costs nothing otherwise.
 */
export function timeSlicer(sliceMs = 30): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return yieldToMain().then(() => {
      since = performance.now();
    });
  };
}

/**
 * Runs `task` after the next frame has been painted: work that needs the new
 * layout (moving focus into what was just rendered) then finds it done,
 * instead of forcing it early inside the task that rendered.
 */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}

/**
 * Resolves once the browser has drawn a frame, or after 100 ms (a page in the
 * background draws none): each step of a large display is then laid out on
 * its own. Given back with scheduler.yield() alone, many steps ran before the
 * next frame, which then laid them all out at once.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
