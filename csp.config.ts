/**
 * The production Content-Security-Policy: a meta tag first in <head> (vite.config.ts) and the
 * headers file for hosts that honour one (public/_headers adds frame-ancestors, which a meta tag
 * cannot set). No inline script, no eval; workers and the service worker come from our origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page compile WebAssembly (sql.js, the server-side sessions lesson's
  // SQLite) and nothing else: no eval, no new Function, no inline script.
  // https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/script-src#unsafe_webassembly_execution
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Trusted Types: no DOM sink that runs script takes a plain string; the one policy allowed,
  // `default` (src/app/trusted-types-policy.ts), passes only this origin's worker and service
  // worker URLs. https://w3c.github.io/trusted-types/dist/spec/#require-trusted-types-for-csp-directive
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');
