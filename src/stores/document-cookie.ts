import { splitCookiePairs, type CookiePair } from '../lib/cookies/cookie-split.ts';

export type { CookiePair };
export { decodedCookieValue } from '../lib/cookies/cookie-columns.ts';

/**
 * Splits the string a browser returns from `document.cookie` ("a=1; b=2"), every pair in order
 * (two cookies may share a name on different paths; DevTools shows both). The cookie toolkit
 * (src/lib/cookies/) does the splitting.
 */
export function splitDocumentCookie(text: string): CookiePair[] {
  return splitCookiePairs(text);
}
