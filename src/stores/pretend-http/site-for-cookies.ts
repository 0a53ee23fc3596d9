import { getPublicSuffix } from 'tough-cookie';
import type { SameSiteContext } from './http-types.ts';

/**
 * A "site" (RFC 6265bis, schemeful): scheme plus registrable domain, e.g. `https://rithmschool.com`
 * for both www. and shop. Uses tough-cookie's public suffix list (its `getPublicSuffix` returns
 * the registrable domain). A host with no registrable domain (an IP, `localhost`) is its own site.
 */
export function siteOf(url: string | URL): string {
  const parsed = new URL(url);
  const host = parsed.hostname;
  const registrable = getPublicSuffix(host, { allowSpecialUseDomain: true, ignoreError: true });
  return `${parsed.protocol}//${registrable ?? host}`;
}

export function isSameSite(a: string | URL, b: string | URL): boolean {
  return siteOf(a) === siteOf(b);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export interface RequestInitiator {
  readonly url: string | URL;
  /** Origin of the page making the request; absent when the learner typed the URL. */
  readonly from?: string | undefined;
  /** A top-level navigation (link click, form submit), not an image or fetch. */
  readonly navigation?: boolean | undefined;
  readonly method?: string | undefined;
}

/**
 * Which SameSite cookies this request may carry:
 * - `strict`: typed in the address bar, or sent by a page of the same site: all cookies go;
 * - `lax`: a top-level navigation with a safe method (GET) from another site: Lax and None go;
 * - `none`: anything else from another site (images, fetches, cross-site POSTs): only None goes.
 */
export function sameSiteContextOf(initiator: RequestInitiator): SameSiteContext {
  if (initiator.from === undefined || isSameSite(initiator.from, initiator.url)) return 'strict';
  const method = (initiator.method ?? 'GET').toUpperCase();
  if (initiator.navigation === true && SAFE_METHODS.has(method)) return 'lax';
  return 'none';
}
