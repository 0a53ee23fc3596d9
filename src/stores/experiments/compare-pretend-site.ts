import type { PretendServer } from '../pretend-http/http-types.ts';
import { createPretendServer } from '../pretend-http/pretend-server.ts';
import { COMPARE_HTTP_ONLY_COOKIE, COMPARE_READABLE_COOKIE, compareSite } from '../../server/other-sites.ts';

/**
 * A pretend copy of this course's server, for the compare page's experiments (simulated: a static
 * host can neither read cookies nor send Set-Cookie). Its handlers are Hono routes like every
 * other server of the course (src/server/other-sites.ts); the one pretend server runs them.
 */
export const COMPARE_SITE_ORIGIN = 'https://remember.example';
export const HTTP_ONLY_COOKIE = COMPARE_HTTP_ONLY_COOKIE;
export const READABLE_COOKIE = COMPARE_READABLE_COOKIE;

export function signInPath(basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}/compare/sign-in`;
}

export function createCompareServer(basePath: string): PretendServer {
  return createPretendServer(new Map([[COMPARE_SITE_ORIGIN, compareSite(basePath)]]));
}
