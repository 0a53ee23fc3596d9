/**
 * The lesson slug in a URL path under the deploy base (`/base/lessons/<slug>/…`), if any, so its
 * prose can load alongside the app. Imports nothing: the first script stays its own small chunk.
 */
export function lessonInUrl(pathname: string, base: string): string | null {
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return /^\/lessons\/([a-z0-9-]+)(?:\/|$)/.exec(path)?.[1] ?? null;
}
