import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { useIsClient } from './use-is-client.ts';

export interface UrlPart {
  readonly id: string;
  readonly name: string;
  readonly value: string;
}

/**
 * The query params of this tab's real URL, in order, duplicates kept. Null while prerendering or
 * hydrating: the prerendered HTML was made without any query string.
 */
export function useLiveQuery(): { parts: readonly UrlPart[]; raw: string } | null {
  const { search } = useLocation();
  const isClient = useIsClient();
  const parts = useMemo(
    () => [...new URLSearchParams(search)].map(([name, value], i) => ({ id: `${i}:${name}`, name, value })),
    [search],
  );
  return isClient ? { parts, raw: search } : null;
}

/** The path segments below the course's base, decoded, named by position. */
export function useLivePath(): { parts: readonly UrlPart[]; raw: string } {
  const { pathname } = useLocation();
  const parts = useMemo(
    () =>
      pathname
        .split('/')
        .filter(Boolean)
        .map((segment, i) => ({ id: String(i), name: String(i + 1), value: safeDecode(segment) })),
    [pathname],
  );
  return { parts, raw: pathname };
}

/** The value of one query param, or null; null while prerendering and hydrating. */
export function useLiveQueryParam(name: string): string | null | undefined {
  const live = useLiveQuery();
  if (live === null) return undefined;
  return live.parts.find((part) => part.name === name)?.value ?? null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
