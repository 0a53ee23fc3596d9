/**
 * Splitting a `Cookie` header (or `document.cookie`) into its pairs and a `Set-Cookie` value into
 * its pair and attributes, without the `cookie` package: the Flask tool reads pasted headers with
 * these alone, so its codec does not bring the Cookies panel's code (cookie-header.ts and
 * set-cookie-header.ts re-export them).
 */

/** One name=value pair as a `Cookie` header or `document.cookie` carries it: no attributes. */
export interface CookiePair {
  readonly name: string;
  readonly value: string;
}

/**
 * Every pair of a `Cookie` header or of `document.cookie` ("a=1; b=2"), in order, duplicates
 * kept. The `cookie` package keeps only the first of two cookies with one name (sent for two
 * paths), and DevTools shows both, so this is the one place the course splits such a string
 * itself, following RFC 6265bis §5.4 (pairs joined by "; ") and §5.6 (a pair without "=" is a
 * cookie with an empty name). https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#section-5.4
 */
export function splitCookiePairs(text: string | null | undefined): CookiePair[] {
  if (text === null || text === undefined || text.trim() === '') return [];
  const pairs: CookiePair[] = [];
  for (const part of text.split(';')) {
    const pair = part.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    pairs.push(eq === -1 ? { name: '', value: pair } : { name: pair.slice(0, eq), value: pair.slice(eq + 1) });
  }
  return pairs;
}

export interface CookieAttribute {
  /** Lower-cased attribute name, e.g. `expires`. */
  readonly name: string;
  /** The name as written, e.g. `Expires`. */
  readonly written: string;
  /** Trimmed value, or null for a flag such as `Secure`. */
  readonly value: string | null;
}

export interface SetCookieParts {
  /** Everything before the first `;`: the name=value pair, untrimmed. */
  readonly pair: string;
  readonly attributes: readonly CookieAttribute[];
  /** Each attribute exactly as written between its semicolons, index for index with `attributes`. */
  readonly written: readonly string[];
}

/**
 * Splits a `Set-Cookie` value the way RFC 6265 §5.2 does: the pair up to the first `;`, then each
 * attribute up to the next `;`, the name up to its first `=`. The pretend jar explains every
 * attribute a browser ignores, so it needs each as written (tough-cookie keeps only the last of
 * each). https://www.rfc-editor.org/rfc/rfc6265#section-5.2
 */
export function splitSetCookieHeader(header: string): SetCookieParts {
  const [pair = '', ...parts] = header.split(';');
  const attributes: CookieAttribute[] = [];
  const writtenParts: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const written = (eq === -1 ? part : part.slice(0, eq)).trim();
    const value = eq === -1 ? null : part.slice(eq + 1).trim();
    attributes.push({ name: written.toLowerCase(), written, value });
    writtenParts.push(raw);
  }
  return { pair, attributes, written: writtenParts };
}
