// Writes every route of the course as its own HTML file, with its text already in it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { companionSheets, selectorsOf, sheetsForPage } from './page-styles.mjs';

const root = resolve(import.meta.dirname, '..');
// node scripts/prerender.mjs [outDir] [ssrDir]   (scripts/build.mjs passes both)
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const ssrDir = resolve(process.argv[3] ?? join(root, 'dist-ssr'));

const builtTemplate = await readFile(join(dist, 'index.html'), 'utf8');
if (!builtTemplate.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> marker');

// Each page carries, inline, the CSS its HTML uses: the base stylesheet (src/main.tsx imports it) and
// every chunk's stylesheet with a rule that applies to an element of that page. So the first paint waits
// for no second request, and a page does not carry the CSS of parts it does not show. The CSP allows
// exactly those <style>s by their hashes (meta tag here, and the headers file for hosts that read it).
// Each inlined stylesheet also gets its <link>, disabled (so never fetched): Vite's loader sees the
// sheet is in the page and does not download it again when a chunk that lists it loads. Sheets a page
// does not carry load with the chunks that import them, after a client navigation, before those chunks
// render (Vite's CSS code splitting).
const entryLink = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(builtTemplate);
if (!entryLink) throw new Error('dist/index.html links no stylesheet: src/main.tsx should import src/styles/base.css');
const assetsHref = entryLink[1].replace(/[^/]*$/, '');
const entryFile = entryLink[1].slice(assetsHref.length);
const assetFiles = await readdir(join(dist, 'assets'));
// Vite's build manifest says which stylesheets each chunk brings; it is not part of the site.
const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
await rm(join(dist, '.vite'), { recursive: true, force: true });
const companions = companionSheets(manifest);
const stylesheets = await Promise.all(
  assetFiles
    .filter((file) => file.endsWith('.css'))
    .map(async (file) => {
      const css = (await readFile(join(dist, 'assets', file), 'utf8')).trim();
      if (css.includes('</style')) throw new Error(`${file} cannot be inlined`);
      // A stylesheet no chunk lists would never arrive after a client navigation.
      if (!companions.has(`assets/${file}`)) throw new Error(`no chunk loads ${file}: import it from the module that uses it`);
      return { file, path: `assets/${file}`, css, selectors: selectorsOf(css), link: `<link rel="stylesheet" disabled crossorigin href="${assetsHref}${file}">` };
    }),
);
const entrySheet = stylesheets.find((sheet) => sheet.file === entryFile);
if (!entrySheet) throw new Error(`${entryLink[1]} is not in dist/assets`);
/** The stylesheets a page's HTML uses: the base, every sheet with a rule for an element in it, and their companions. */
const sheetsFor = (html) => sheetsForPage(new JSDOM(html).window.document, stylesheets, { base: entrySheet, companions });
// The page is complete HTML: its scripts only hydrate it, so they must not compete with the first
// paint. Low fetch priority says so to the browser (and to Lighthouse, which counts any high-priority
// script fetched before the first paint as render-blocking).
const lowPriority = (html) =>
  html.replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin').replace(/<link rel="modulepreload" crossorigin/g, '<link rel="modulepreload" fetchpriority="low" crossorigin');
const template = lowPriority(builtTemplate);
/** Every <style> a page carries, by its CSP hash: the headers file allows them all. */
const inlineStyleHashes = new Set();
/**
 * The page with its stylesheets inline, in one <style> (base first, then the ones more pages use;
 * one element and one hash in its CSP instead of one per sheet: a hash is 50 bytes gzip cannot
 * shrink), followed by each sheet's disabled <link>.
 */
function withStyles(html, sheets) {
  const ordered = [entrySheet, ...sheets.filter((sheet) => sheet !== entrySheet).sort((a, b) => usedBy(b) - usedBy(a) || a.file.localeCompare(b.file))];
  const css = ordered.map((sheet) => sheet.css).join('\n');
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  inlineStyleHashes.add(hash);
  return html
    .replace(entryLink[0], () => `<style>${css}</style>${ordered.map((sheet) => sheet.link).join('')}`)
    .replace("style-src 'self'", () => `style-src 'self' ${hash}`);
}
const pagesUsing = new Map();
const usedBy = (sheet) => pagesUsing.get(sheet) ?? 0;
const { render, prerenderedRoutes, pathParamPatterns } = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** React 19 emits the page's <title> with the app's HTML; move it into <head>. */
function page(appHtml) {
  const titleMatch = /<title>([\s\S]*?)<\/title>/.exec(appHtml);
  const body = titleMatch ? appHtml.replace(titleMatch[0], '') : appHtml;
  let html = template.replace('<!--app-html-->', body);
  if (titleMatch) html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${titleMatch[1]}</title>`);
  return html;
}

const routes = prerenderedRoutes();
const pages = [];
for (const route of routes) {
  const html = page(await render(route));
  const sheets = sheetsFor(html);
  for (const sheet of sheets) pagesUsing.set(sheet, usedBy(sheet) + 1);
  pages.push({ route, html, sheets });
}
for (const { route, html, sheets } of pages) {
  const file = route === '/' ? join(dist, 'index.html') : join(dist, route, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, withStyles(html, sheets));
}
// Static hosts serve 404.html for paths no file matches (any colour in the URL-path lesson, the compare
// view's /compare/<name>/<value>): an empty root boots the app, whose router renders the right page. Any
// page may be rendered there, so it carries every stylesheet, and nothing is fetched before it shows.
await writeFile(join(dist, '404.html'), withStyles(template.replace('<!--app-html-->', '').replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml('How the web remembers things')}</title>`), stylesheets));
// The headers file's CSP is enforced beside each page's meta tag: it allows every page's inline styles.
const headersFile = join(dist, '_headers');
const headers = await readFile(headersFile, 'utf8');
await writeFile(headersFile, headers.replace("style-src 'self'", () => `style-src 'self' ${[...inlineStyleHashes].sort().join(' ')}`));
console.log(`inlined CSS: ${stylesheets.map((sheet) => `${sheet.file} on ${sheet === entrySheet ? 'every page' : `${usedBy(sheet)} pages`}`).join(', ')}`);
// …and the paths a lesson declares a value in (its pathParam, e.g. the URL-path lesson's colour) are
// listed for hosts that read _redirects, from that declaration.
const redirectsFile = join(dist, '_redirects');
const redirects = await readFile(redirectsFile, 'utf8');
await writeFile(redirectsFile, `${redirects}${pathParamPatterns().map((pattern) => `${pattern}  /404.html  200\n`).join('')}`);
await rm(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${routes.length} routes + 404.html into dist/`);

// The service worker precaches every built file, so the course works offline after one visit.
const base = template.match(/src="([^"]*)assets\//)?.[1] ?? '/';
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}
const files = (await listFiles(dist))
  .map((file) => relative(dist, file).split(sep).join('/'))
  .filter((file) => !/^(sw\.js|_headers|_redirects)$/.test(file) && !file.startsWith('downloads/'))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(await readFile(join(dist, file)));
const swTemplate = await readFile(join(root, 'scripts/sw-template.js'), 'utf8');
await writeFile(
  join(dist, 'sw.js'),
  swTemplate
    .replace('__VERSION__', hash.digest('hex').slice(0, 16))
    .replace('__BASE__', base)
    .replace('__PRECACHE__', JSON.stringify(files.map((file) => `${base}${file}`), null, 2)),
);
console.log(`service worker precaches ${files.length} files`);
