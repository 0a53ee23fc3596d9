// @vitest-environment node
import { expect, test } from 'vitest';

/**
 * tough-cookie (with its public suffix list, ~123 KB gzip) must stay behind a dynamic import():
 * only these modules may load it, so the UI can import everything else statically.
 */
const MAY_LOAD_TOUGH_COOKIE = ['fixation-scenario.ts', 'pretend-browser.ts', 'pretend-cookie-jar.ts', 'site-for-cookies.ts'];

const sources = import.meta.glob<string>('/src/stores/pretend-http/*.ts', { query: '?raw', import: 'default', eager: true });

function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
    if (match[1] === undefined && match[2] !== undefined) found.push(match[2]);
  }
  return found;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

test('only the jar, the browser and the site helper pull in tough-cookie', () => {
  const graph = new Map(Object.entries(sources).map(([path, source]) => [fileName(path), runtimeImports(source)]));
  const loadsToughCookie = (file: string, seen: Set<string> = new Set()): boolean =>
    (graph.get(file) ?? []).some((target) => {
      if (target === 'tough-cookie') return true;
      if (!target.startsWith('./')) return false;
      const next = target.slice(2);
      if (seen.has(next)) return false;
      seen.add(next);
      return loadsToughCookie(next, seen);
    });

  expect(graph.size).toBeGreaterThan(10);
  const heavy = [...graph.keys()].filter((file) => loadsToughCookie(file)).sort();
  expect(heavy).toEqual(MAY_LOAD_TOUGH_COOKIE);
});
