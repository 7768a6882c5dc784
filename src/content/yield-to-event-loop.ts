/**
 * Lets the browser run what waits (input, rendering, the page's own tasks, messages from the
 * extension) before DocClip goes on: a MessageChannel message, a macrotask without setTimeout's
 * 4 ms clamp.
 *
 * Not `scheduler.yield()`: its continuation is queued ahead of other tasks of its priority, so a
 * message from the popup or the background ("turn DocClip off here") waited until the whole pass
 * was done (test/e2e/stop-midway.test.ts). https://developer.mozilla.org/docs/Web/API/Scheduler/yield
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the browser has drawn a frame (a task after the next animation frame), or after
 * `timeoutMs` in a tab that draws no frames (hidden): so that changes made before and after it
 * are laid out and painted in separate frames.
 */
export function afterNextFrame(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    requestAnimationFrame(() => void yieldToEventLoop().then(finish));
  });
}

/**
 * A pause for a loop of small steps: yields to the event loop (yieldToEventLoop) once
 * `budgetMs` of work has run since the last yield, else goes on at once. Fewer, fuller slices
 * than a yield per step: each yield may let the browser draw a frame.
 */
export function timeSlicer(budgetMs: number, now: () => number = () => performance.now()): () => Promise<void> {
  let sliceStart = now();
  return async () => {
    if (now() - sliceStart < budgetMs) return;
    await yieldToEventLoop();
    sliceStart = now();
  };
}
