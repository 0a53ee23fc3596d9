/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './csp.config.ts';
import { courseServerPlugin } from './src/server/node/vite-plugin.ts';

/** Production pages carry a strict CSP as the first thing in <head> (the dev server needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'stl-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

export default defineConfig({
  // courseServerPlugin: the course's real server under <base>api/ for `npm run dev` (src/server/node/vite-plugin.ts).
  plugins: [react(), contentSecurityPolicy(), courseServerPlugin()],
  // No modulepreload polyfill: every browser the course supports has <link rel=modulepreload>
  // (https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel/modulepreload), and the
  // polyfill would ship in every first load.
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    // *.flask.test.ts need a live Flask: `npm run test:flask` (vitest.flask.config.ts) runs them.
    exclude: ['tests/e2e/**', 'tests/**/*.flask.test.ts', 'node_modules/**'],
    // Lesson pages load their prose, demos and the cookie jar as separate chunks, as in the browser;
    // the first test of a file also pays for transforming them.
    testTimeout: 20_000,
  },
});
