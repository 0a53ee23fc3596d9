import type { SqlJsStatic } from 'sql.js';

/**
 * sql.js (SQLite in WebAssembly) for the page's pretend server, loaded only when a server-side
 * session demo first talks to it: never in a first load. The wasm file is emitted by the static
 * build (Vite's `?url` import: https://vite.dev/guide/assets#explicit-url-imports). WebAssembly
 * needs `'wasm-unsafe-eval'` in the CSP's script-src (csp.config.ts).
 */
let loading: Promise<SqlJsStatic> | null = null;

export function loadPageSql(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const [{ default: initSqlJs }, { default: wasmUrl }] = await Promise.all([import('sql.js'), import('sql.js/dist/sql-wasm-browser.wasm?url')]);
    // Under Node (unit tests), sql.js finds its own wasm file next to it.
    const inNode = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
    return inNode ? initSqlJs() : initSqlJs({ locateFile: () => wasmUrl });
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
