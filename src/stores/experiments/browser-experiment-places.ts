import type { ExperimentPlaces } from './experiment-guard.ts';

/** This page's real Web Storage, `document.cookie` and Web Locks, for the experiments and their cleanup. */
export function browserExperimentPlaces(cookiePath: string): ExperimentPlaces {
  return {
    localStorage: () => window.localStorage,
    sessionStorage: () => window.sessionStorage,
    cookies: {
      read: () => document.cookie,
      write: (header) => {
        document.cookie = header;
      },
    },
    cookiePath,
    // Web Locks exist only in secure contexts (https, localhost): elsewhere `navigator.locks` is undefined.
    locks: typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined,
  };
}
