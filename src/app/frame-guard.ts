/**
 * Clickjacking: another site can show this course in a transparent frame and trick a learner into
 * pressing its buttons (deleting storage, signing a session). The header that forbids it,
 * `frame-ancestors 'none'`, is in public/_headers, but GitHub Pages sends no custom headers and a
 * <meta> CSP cannot carry frame-ancestors (https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/frame-ancestors).
 * So the app checks for itself: framed by a page of another origin, it does not start.
 */

/** True when this window is in a frame whose top-level page is of another origin. */
export function framedByAnotherOrigin(win: Window): boolean {
  let top: Window | null;
  try {
    top = win.top;
  } catch {
    return true;
  }
  if (top === null || top === win.self) return false;
  try {
    // Reading another origin's location throws a SecurityError (HTML, "cross-origin objects").
    return top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
