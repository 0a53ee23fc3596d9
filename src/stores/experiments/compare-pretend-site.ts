import type { PretendRequest, PretendResponse, PretendServer } from '../pretend-http/http-types.ts';
import { parseCookieHeader } from '../pretend-http/cookie-header-codec.ts';
import { textResponse } from '../pretend-http/pretend-response.ts';

/**
 * A pretend copy of this course's server, for the compare page's experiments (simulated: a static
 * host can neither read cookies nor send Set-Cookie). Every GET answers with what arrived; the
 * sign-in URL also sets an HttpOnly session cookie, as a real login would.
 */
export const COMPARE_SITE_ORIGIN = 'https://remember.example';
export const HTTP_ONLY_COOKIE = 'stl_session_id';
export const READABLE_COOKIE = 'stl_theme';

export function signInPath(basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}/compare/sign-in`;
}

function describeArrival(request: PretendRequest): string {
  const url = new URL(request.url);
  const cookies = [...parseCookieHeader(request.headers.get('Cookie'))];
  const lines = [
    `Path: ${url.pathname}`,
    `Query: ${url.search === '' ? '(none)' : url.search}`,
    cookies.length === 0 ? 'Cookies: (none)' : `Cookies: ${cookies.map(([name, value]) => `${name}=${value}`).join(', ')}`,
    'Nothing from localStorage or sessionStorage: a request has no place for them.',
  ];
  return lines.join('\n');
}

export function createCompareServer(basePath: string): PretendServer {
  const cookiePath = basePath === '' ? '/' : basePath;
  return {
    origins: [COMPARE_SITE_ORIGIN],
    handle(request): Promise<PretendResponse> {
      const url = new URL(request.url);
      if (url.origin !== COMPARE_SITE_ORIGIN || request.method !== 'GET') {
        return Promise.resolve(textResponse('Not Found', { status: 404 }));
      }
      if (url.pathname === signInPath(basePath)) {
        const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
        return Promise.resolve(
          textResponse('Signed in. The session id is in an HttpOnly cookie: sent back on every request, invisible to page JavaScript.', {
            headers: [
              ['Set-Cookie', `${HTTP_ONLY_COOKIE}=${id}; Path=${cookiePath}; HttpOnly; Secure; SameSite=Lax`],
              ['Set-Cookie', `${READABLE_COOKIE}=dark; Path=${cookiePath}; Secure; SameSite=Lax`],
            ],
          }),
        );
      }
      return Promise.resolve(textResponse(`The server received:\n${describeArrival(request)}`));
    },
  };
}
