/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
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

const src = (pattern: string) => new RegExp(`/src/(?:${pattern})\\.tsx?$`);
/**
 * The small modules a first screen needs, as a few chunks instead of thirty: each file a page fetches
 * costs its own gzip dictionary and request (about 0.3 KiB gzip here). `framework`: the shell with the
 * Web Storage stores, which the home, lesson and compare pages all use; `lesson-shell`: the lesson
 * page with the course outline and progress (home, lessons); `panels`: the storage panels' building
 * blocks (lessons, compare; the home page too, as the lesson page imports them); `cookies-panel`: the
 * Cookies panel with the course server's status, on the pages that show it. Demos, the pretend
 * server, the codec and the tools stay chunks
 * of their own, loaded when near the viewport or used.
 */
const FIRST_SCREEN_GROUPS = [
  // The controls stylesheet the lesson, comparison and Flask tool pages share: a chunk of its own (CSS
  // only, so the build drops it and lists its stylesheet with each importer), so the Flask tool page
  // does not take the lesson shell along with it.
  { name: 'controls', priority: 5, test: /\/src\/styles\/controls\.css$/ },
  // Vite's helper that fetches a lazy chunk's imports in parallel: the first script (src/main.tsx)
  // uses it too, so it must not land in a chunk that brings React (the first script would then wait
  // for React before keeping what the learner types). It goes into the first script's own chunk,
  // named `index` like it, which imports nothing; the chunks that need the helper import it from
  // there (already loaded): one request, and about 0.2 KiB gzip, less on every page.
  { name: 'index', priority: 4, test: /preload-helper|\/src\/(?:main\.tsx|app\/(?:early-actions|trusted-types-policy|after-first-paint)\.ts)$/ },
  // What the app shell itself runs (React, the router, the routes, the Web Storage stores): first, so the groups
  // below, which take their modules' dependencies along, leave it to the shell.
  {
    name: 'framework',
    priority: 3,
    test: (id: string) =>
      /\/node_modules\/(?:react|react-dom|scheduler|react-router|react-router-dom)\//.test(id) ||
      src(
        // The routes need only the lessons' path params; the course outline comes with the pages that show it.
        'config/(?:paths|env|experiment-keys)|content/course-path-params\\.generated|components/ui/error-boundary' +
          // lazy-view, use-is-client and stable-store: every page's first screen uses them (the Flask tool's too).
          '|stores/(?:service-worker|stable-store)|components/ui/lazy-view|hooks/use-is-client' +
          // The Web Storage stores (the panels', and the progress the home page and the lessons read):
          // every page but the Flask tool uses them, and a chunk of their own would cost those pages
          // more than the Flask tool pays for carrying them (about 2.5 KiB gzip).
          '|stores/(?:same-tab-writes|sorted-entries|web-storage-store|browser-stores|storage-errors|safe-storage|result)|hooks/use-web-storage|lib/byte-size|config/app-keys' +
          // What boot.tsx runs (the routes, the root layout): only ever loaded with the shell, so inside it.
          '|boot|app/(?:app-routes|root-layout|route-view|may-have-leftovers|frame-guard)',
      ).test(id),
  },
  // The storage panels' building blocks (and their stylesheet), which lessons and the compare view share;
  // each panel itself is a chunk of its own. The five mechanism ids and panel names come with them.
  {
    name: 'panels',
    priority: 1,
    test: (id: string) =>
      /\/src\/styles\/panels\.css$/.test(id) ||
      src(
        'components/panels/(?:lazy-panels|panel-frame|entry-form|entry-table|value-text|write-outcome|storage-panel)' +
          // The live / simulated / real server badge: the panels', and every demo's and experiment's frame.
          '|components/ui/(?:alert-line|source-badge)|config/mechanisms',
      ).test(id),
  },
  // The lesson page itself (its stylesheets come with it): its text's loader, Previous/Next and the step's panels.
  // With it, the course outline and the learner's progress (the sidebar, Previous/Next), which only
  // the lesson pages and the home page show: one chunk for the lessons, which all need both.
  {
    name: 'lesson-shell',
    priority: 1,
    test: src(
      'app/pages/lesson-page|components/lesson/(?:lesson-prose|step-nav|step-panels|course-outline)' +
        '|content/(?:outline|course-outline\\.generated)|stores/progress|hooks/(?:use-progress|use-carried-query)',
    ),
  },
  // The two URL panels (and the live URL they read), on the steps that show one; the Web Storage
  // panel is a chunk of its own, as the Cookies panel is.
  { name: 'url-panels', priority: 1, test: src('components/panels/(?:query-string-panel|url-path-panel)|hooks/use-live-url') },
  // A step's text is in the prerendered page: the code that renders it (and its lesson's demo
  // table) loads when the learner uses the text or a demo in it nears the viewport (lesson-prose.tsx).
  {
    name: 'lesson-prose',
    priority: 1,
    test: src(
      'components/lesson/(?:lesson-prose-view|block-view|step-content|callout|demos/demo-view|demos/demo-tables|demos/lazy-demo|demos/demo-frame)|components/ui/(?:code-block|inline-text)' +
        '|content/lesson-loader',
    ),
  },
  // A lesson's text and its table of demos: both load when the text is used or a demo in it nears
  // the viewport, so one chunk per lesson (lesson-<slug>) instead of two.
  {
    name: (id: string) => {
      const lesson = /\/src\/lessons\/([a-z0-9-]+)\/(?:lesson|demos)\.ts$/.exec(id);
      return lesson ? `lesson-${lesson[1]}` : null;
    },
    priority: 1,
  },
  // Opening a tab and collecting its report (the sessionStorage lab, the compare view's new-tab
  // experiment, the opened tab's notice): one chunk, loaded with the first of them.
  { name: 'tab-probe', priority: 1, test: src('stores/(?:tab-probe|tab-probe-channel)|hooks/use-probe-session') },
  {
    name: 'cookies-panel',
    priority: 1,
    test: src(
      'components/panels/(?:cookies-panel|cookie-options-fields|cookie-draft)|stores/(?:cookie-reader|browser-cookie-reader|document-cookie)' +
        '|lib/cookies/cookie-columns|hooks/(?:use-live-cookies|use-real-server)|stores/real-server/real-server-status',
    ),
  },
  // What the Cookies panel's writes need, loaded when the learner starts using its form (focus or a
  // press in it), or with the first Save or Delete: the cookie rules and the store that writes with them.
  {
    name: 'cookie-writes',
    priority: 1,
    test: src('stores/(?:cookie-store|browser-cookie-store)|lib/cookies/(?:cookie-rules|cookie-header)|hooks/use-cookies'),
  },
  // What the Flask tool's boxes share with its codec and the lessons' Flask demos (limits, option
  // names, the codec loader): one small chunk instead of four.
  {
    name: 'flask-basics',
    priority: 1,
    test: src('stores/flask-session/(?:input-limits|tool-options|signer-settings)|components/flask-session/display-limits|hooks/use-flask-codec|stores/flask-codec-loader'),
  },
  // Splitting Cookie and Set-Cookie headers (no `cookie` package): the Cookies panel, the pretend
  // server and the Flask tool's codec share it, so it must not bring the Cookies panel to the codec.
  { name: 'cookie-split', priority: 2, test: src('lib/cookies/cookie-split') },
  // The `cookie` library: the Cookies panel's writes check and build their header with it (a first screen never fetches it).
  { name: 'cookie-writes', priority: 1, test: /\/node_modules\/cookie\// },
  // The course's server as a page talks to it (the real one, or the pretend browser's loader and
  // its HTTP log): the server demos, and the Cookies panel's "What the server received" when a
  // real server answers, load it; a first screen without them does not.
  {
    name: 'course-server',
    priority: 1,
    test: src(
      'components/panels/server-received-cookies|hooks/(?:use-course-server|use-pretend-http-log|use-pretend-browser)|stores/real-server/real-exchange|lib/cookies/set-cookie-header' +
        '|stores/pretend-http/(?:http-log-store|page-pretend-browser|site-origins|http-status|http-message-text)|server/exchange-echo',
    ),
  },
];

/**
 * React Router's package points every condition at its development build, whose only difference is
 * `ENABLE_DEV_WARNINGS = true` (warnings and a "hey developer" error page). The client build takes
 * its production build instead, published beside it in the same package (dist/production): about
 * 0.5 KiB gzip less on every first screen. `npm run dev`, the tests and the prerender keep the warnings.
 */
const reactRouterProduction = (file: string): string => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: {
    alias:
      command === 'build' && !isSsrBuild
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : [],
  },
  // courseServerPlugin: the course's real server under <base>api/ for `npm run dev` (src/server/node/vite-plugin.ts).
  plugins: [react(), contentSecurityPolicy(), courseServerPlugin()],
  // No modulepreload polyfill: every browser the course supports has <link rel=modulepreload>
  // (https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel/modulepreload), and the
  // polyfill would ship in every first load.
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Which stylesheets each chunk brings: scripts/prerender.mjs reads it (and removes it from the build).
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: FIRST_SCREEN_GROUPS } } },
  },
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
}));
