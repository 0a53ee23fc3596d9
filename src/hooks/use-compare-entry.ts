import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { parseComparePath } from '../stores/experiments/compare-keys.ts';
import type { CompareEntry } from '../config/paths.ts';

/**
 * The name/value the experiments are about: the URL (`/compare/<name>/<value>`) is the one source.
 * The same object while the path stays: the lazily loaded experiments it is passed to keep their
 * server HTML until their code arrives only if their props do not change (lazy-view.tsx).
 */
export function useCompareEntry(): CompareEntry | null {
  const { pathname } = useLocation();
  return useMemo(() => parseComparePath(pathname), [pathname]);
}
