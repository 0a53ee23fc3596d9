/**
 * A Fetch `Request` for the pretend server that keeps its `Cookie` header. A `Request` built by
 * page script drops `Cookie` (a forbidden request header:
 * https://fetch.spec.whatwg.org/#forbidden-request-header), so its `headers` is replaced by a
 * stand-alone `Headers` object, which keeps every header. Handlers read `request.headers` as usual.
 */
export function createPretendRequest(
  method: string,
  url: string,
  headers: readonly (readonly [string, string])[] = [],
  body?: URLSearchParams,
): Request {
  const upper = method.toUpperCase();
  const hasBody = body !== undefined && upper !== 'GET' && upper !== 'HEAD';
  const request = new Request(url, hasBody ? { method: upper, body } : { method: upper });
  const kept = new Headers();
  for (const [name, value] of headers) kept.append(name, value);
  if (hasBody) kept.set('Content-Type', 'application/x-www-form-urlencoded;charset=UTF-8');
  Object.defineProperty(request, 'headers', { value: kept, enumerable: true });
  return request;
}
