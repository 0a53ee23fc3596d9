// Writes every route of the course as its own HTML file, with its text already in it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
// node scripts/prerender.mjs [outDir] [ssrDir]   (scripts/build.mjs passes both)
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const ssrDir = resolve(process.argv[3] ?? join(root, 'dist-ssr'));

const builtTemplate = await readFile(join(dist, 'index.html'), 'utf8');
if (!builtTemplate.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> marker');

// The stylesheet is inlined into every page, so the first paint waits for no second request; the CSP
// allows exactly that <style> by its hash (meta tag here, and the headers file for hosts that read it).
async function inlineStylesheet(html) {
  const link = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(html);
  if (!link) return { html, hash: null };
  const file = join(dist, link[1].replace(/^.*?assets\//, 'assets/'));
  const css = (await readFile(file, 'utf8')).trim();
  if (css.includes('</style')) throw new Error(`${file} cannot be inlined`);
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  // The <link> stays, disabled (so never fetched): Vite's loader sees the sheet is in the page and
  // does not download it again for the chunks that list it.
  const withStyle = html.replace(link[0], `<style>${css}</style>${link[0].replace('<link ', '<link disabled ')}`).replace("style-src 'self'", `style-src 'self' ${hash}`);
  return { html: withStyle, hash };
}
// The page is complete HTML: its scripts only hydrate it, so they must not compete with the first
// paint. Low fetch priority says so to the browser (and to Lighthouse, which counts any high-priority
// script fetched before the first paint as render-blocking).
const lowPriority = (html) =>
  html.replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin').replace(/<link rel="modulepreload" crossorigin/g, '<link rel="modulepreload" fetchpriority="low" crossorigin');
// One stylesheet, inlined: a chunk that brought its own CSS would be unstyled in the prerendered HTML.
const assetFiles = await readdir(join(dist, 'assets'));
const stylesheets = assetFiles.filter((file) => file.endsWith('.css'));
if (stylesheets.length !== 1) throw new Error(`expected one stylesheet in dist/assets, found ${stylesheets.join(', ')}: import CSS in src/main.tsx only`);
const { html: template, hash: styleHash } = await inlineStylesheet(lowPriority(builtTemplate));
if (styleHash) {
  const headersFile = join(dist, '_headers');
  const headers = await readFile(headersFile, 'utf8');
  await writeFile(headersFile, headers.replace("style-src 'self'", `style-src 'self' ${styleHash}`));
}
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
for (const route of routes) {
  const html = page(await render(route));
  const file = route === '/' ? join(dist, 'index.html') : join(dist, route, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}
// Static hosts serve 404.html for paths no file matches (any colour in the URL-path lesson):
// an empty root boots the app, whose router renders the right page.
await writeFile(join(dist, '404.html'), template.replace('<!--app-html-->', '').replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml('How the web remembers things')}</title>`));
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
