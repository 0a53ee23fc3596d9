import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { useIsClient } from './use-is-client.ts';

/** What a lesson declares about the query params its state lives in (Lesson.carriesQuery). */
export interface CarriesQuery {
  readonly carriesQuery?: readonly string[];
}

/** The declared params `search` has, in a query string to pass on ("?fav-color=blue"), or ''. */
export function carriedSearch(search: string, names: readonly string[]): string {
  if (names.length === 0) return '';
  const here = new URLSearchParams(search);
  const carried = new URLSearchParams();
  for (const name of names) for (const value of here.getAll(name)) carried.append(name, value);
  const query = carried.toString();
  return query === '' ? '' : `?${query}`;
}

export interface CarriedQuery {
  /** The query string links inside the lesson add: '' while prerendering and hydrating (the HTML had no query). */
  readonly search: string;
  /**
   * For each such link: names what it carries, so a click before the router owns the link still
   * carries it (src/app/early-actions.ts adds them to the prerendered href).
   */
  readonly linkProps: { readonly 'data-carry-query'?: string };
}

/** The state a lesson keeps in this tab's query string, for the links between its steps. */
export function useCarriedQuery(lesson: CarriesQuery | undefined): CarriedQuery {
  const { search } = useLocation();
  const isClient = useIsClient();
  const names = lesson?.carriesQuery;
  return useMemo(
    () => ({
      search: isClient && names ? carriedSearch(search, names) : '',
      linkProps: names && names.length > 0 ? { 'data-carry-query': names.join(' ') } : {},
    }),
    [isClient, names, search],
  );
}
