/**
 * Raw HTTP/1.1 text for the HTTP log, as a learner would see it in a network inspector.
 * No tough-cookie here: the UI may import this statically.
 */
export type HeaderLines = readonly (readonly [string, string])[];

/** `content-type` → `Content-Type` (Headers objects lower-case every name). */
export function canonicalHeaderName(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-');
}

/** A Headers object as ordered lines with readable names; each Set-Cookie stays its own line. */
export function headerLines(headers: Headers): HeaderLines {
  return [...headers].map(([name, value]) => [canonicalHeaderName(name), value] as const);
}

/** `GET /later-cookie HTTP/1.1`, `Host: localhost:5000`, then the other headers. */
export function formatRequestText(method: string, url: string, headers: HeaderLines): string {
  const target = new URL(url);
  const lines = [`${method} ${target.pathname}${target.search} HTTP/1.1`];
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  return lines.join('\n');
}

/** `HTTP/1.1 200 OK`, the headers, a blank line, then the body. */
export function formatResponseText(status: number, statusText: string, headers: HeaderLines, body: string): string {
  const lines = [`HTTP/1.1 ${status} ${statusText}`.trimEnd()];
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  return [...lines, '', body].join('\n');
}
