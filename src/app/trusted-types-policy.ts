/**
 * The page runs under Trusted Types (`require-trusted-types-for 'script'` in csp.config.ts,
 * https://developer.mozilla.org/en-US/docs/Web/API/Trusted_Types_API): every DOM sink that can run
 * script — innerHTML, script.src, eval, `new Worker(url)`, `serviceWorker.register(url)` —
 * refuses plain strings. The app writes no HTML (React renders text), so the only sinks it uses
 * are the Web Workers and the service worker. This default policy lets exactly those through:
 * script URLs of this origin, nothing else, and no HTML or script text at all. Browsers without
 * Trusted Types (Firefox and Safari in 2026 ship it only partly, see
 * https://developer.mozilla.org/en-US/docs/Web/API/TrustedTypePolicyFactory#browser_compatibility)
 * ignore the directive, and this does nothing there.
 * It imports nothing (the entry chunk must not share modules with the app).
 */

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { readonly createScriptURL?: (input: string) => string | null }): unknown;
}

/** The name the CSP allows (`trusted-types default`): the policy the browser applies to plain strings. */
export const TRUSTED_TYPES_POLICY = 'default';

/** `input` when it is a URL of `origin` (our workers, our service worker), else null: the browser then refuses it and reports a violation. */
export function sameOriginScriptUrl(input: string, origin: string, base: string): string | null {
  try {
    return new URL(input, base).origin === origin ? input : null;
  } catch {
    return null;
  }
}

export function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL: (input) => sameOriginScriptUrl(input, window.location.origin, document.baseURI),
    });
  } catch {
    // Created already (a second copy of this module); the first one stands.
  }
}
