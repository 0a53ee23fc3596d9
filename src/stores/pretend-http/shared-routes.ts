import type { PretendRequest, PretendResponse } from './http-types.ts';
import { parseCookieHeader } from './cookie-header-codec.ts';
import { textResponse } from './pretend-response.ts';

/** A few lines saying which cookies a request carried, for pages that just show them. */
export function describeRequestCookies(request: PretendRequest): string {
  const cookies = parseCookieHeader(request.headers.get('Cookie'));
  if (cookies.size === 0) return 'This request carried no cookies.';
  const lines = [...cookies].map(([name, value]) => `  ${name} = ${value}`);
  return ['Cookies this request carried:', ...lines].join('\n');
}

/**
 * `GET /set?header=<raw Set-Cookie text>`: sends back whatever the learner typed as a
 * `Set-Cookie` header (repeat `header=` to send several), so the cookie-options lesson can
 * show what the browser does with any attribute combination.
 */
export function setCookieEchoRoute(request: PretendRequest): PretendResponse {
  const typed = new URL(request.url).searchParams.getAll('header');
  if (typed.length === 0) {
    return textResponse('Bad Request\nAdd ?header=<Set-Cookie text>, for example ?header=theme%3Ddark%3B%20Path%3D%2F', {
      status: 400,
    });
  }
  try {
    return textResponse(
      `Sent ${typed.length} Set-Cookie header${typed.length === 1 ? '' : 's'}. The HTTP log shows what the browser did with each.`,
      { headers: typed.map((header) => ['Set-Cookie', header] as const) },
    );
  } catch {
    return textResponse(
      'Bad Request\nThat text cannot travel in an HTTP header: header values are bytes (Latin-1), with no line breaks. Servers percent-encode such characters first.',
      { status: 400 },
    );
  }
}
