import type { PretendRequest, PretendResponse } from './http-types.ts';
import { reasonPhrase } from './http-status.ts';

export const TEXT_PLAIN = 'text/plain; charset=utf-8';

export interface TextResponseInit {
  readonly status?: number;
  readonly contentType?: string;
  /** Extra headers, in order. Repeat a name (e.g. `Set-Cookie`) to send it twice. */
  readonly headers?: readonly (readonly [string, string])[];
}

/**
 * Builds a response the way a Flask view's return value becomes one.
 * Throws a TypeError, like `Headers`, when a header value is not valid header text.
 */
export function textResponse(body: string, init: TextResponseInit = {}): PretendResponse {
  const status = init.status ?? 200;
  const headers = new Headers();
  headers.set('Content-Type', init.contentType ?? TEXT_PLAIN);
  for (const [name, value] of init.headers ?? []) headers.append(name, value);
  return { status, statusText: reasonPhrase(status), headers, body };
}

export function createPretendRequest(
  method: string,
  url: string,
  headers: readonly (readonly [string, string])[] = [],
): PretendRequest {
  const requestHeaders = new Headers();
  for (const [name, value] of headers) requestHeaders.append(name, value);
  return { method: method.toUpperCase(), url, headers: requestHeaders };
}
