// @vitest-environment node
import { expect, test } from 'vitest';

/**
 * The handlers are pure Fetch code (no DOM, no React, no storage), and the page loads them (Hono,
 * sql.js) only behind a dynamic import(): the pretend browser and the compare run pull them in.
 */
const server = import.meta.glob<string>(['/src/server/**/*.ts', '!/src/server/node/**'], { query: '?raw', import: 'default', eager: true });
const page = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/server/**', '!/src/cli/**'], { query: '?raw', import: 'default', eager: true });
const toolkit = import.meta.glob<string>('/src/lib/cookies/*.ts', { query: '?raw', import: 'default', eager: true });

function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
    if (match[1] === undefined && match[2] !== undefined) found.push(match[2]);
  }
  return found;
}

/** Page modules that may import the handlers: each is itself loaded with import() only. */
const MAY_LOAD_HANDLERS = ['/src/stores/pretend-http/pretend-sites.ts', '/src/stores/pretend-http/fixation-scenario.ts', '/src/stores/experiments/compare-pretend-site.ts'];

test('the handlers and the cookie toolkit know no DOM, no React and no storage', () => {
  expect(Object.keys(server).length).toBeGreaterThan(8);
  for (const [path, source] of Object.entries({ ...server, ...toolkit })) {
    const imports = runtimeImports(source);
    expect(imports.filter((target) => /^react|components|hooks|\/app\//.test(target)), path).toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(code, path).not.toMatch(/\b(document|window|localStorage|sessionStorage)\./);
  }
});

test('only the pretend sites and the compare site import the handlers; page code imports at most the echo reader', () => {
  const offenders: string[] = [];
  for (const [path, source] of Object.entries(page)) {
    for (const target of runtimeImports(source)) {
      const heavy = target === 'hono' || target.startsWith('hono/') || target === 'sql.js' || target.startsWith('@hono/');
      const handler = /\/server\/(?!exchange-echo\.ts$)/.test(target);
      if ((heavy || handler) && !MAY_LOAD_HANDLERS.includes(path)) offenders.push(`${path} → ${target}`);
    }
  }
  expect(offenders).toEqual([]);
});
