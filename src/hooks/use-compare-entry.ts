import { useLocation } from 'react-router-dom';
import { parseComparePath } from '../stores/experiments/compare-keys.ts';
import type { CompareEntry } from '../config/paths.ts';

/** The name/value the experiments are about: the URL (`/compare/<name>/<value>`) is the one source. */
export function useCompareEntry(): CompareEntry | null {
  return parseComparePath(useLocation().pathname);
}
