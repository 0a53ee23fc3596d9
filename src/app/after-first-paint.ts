/**
 * Runs `start` once the browser has painted the prerendered page (the frame after the next
 * animation frame), so the code that only hydrates it never competes with the first paint.
 * Hidden tabs paint no frames, so there it runs at once; a timer covers a frame that never comes.
 */
export function afterFirstPaint(start: () => void, { fallbackMs = 250 } = {}): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  if (typeof document === 'undefined' || document.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') {
    once();
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
