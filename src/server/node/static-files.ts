import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The built site, served as a static host serves it (GitHub Pages rules, like
 * scripts/static_server.py): a file as is, a folder's index.html, a folder without its slash
 * redirected to it, and 404.html with status 404 for anything else.
 */
const TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json'],
  ['.webmanifest', 'application/manifest+json'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.wasm', 'application/wasm'],
  ['.woff2', 'font/woff2'],
]);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function fileResponse(path: string, status: number, head: boolean): Promise<Response> {
  const body = await readFile(path);
  const headers = new Headers({ 'Content-Type': TYPES.get(extname(path)) ?? 'application/octet-stream', 'Content-Length': String(body.length) });
  // Hashed build assets never change; everything else is checked on each visit.
  headers.set('Cache-Control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(head ? null : body, { status, headers });
}

export function staticFiles(root: string, base: string) {
  const top = resolve(root);
  const notFound = join(top, '404.html');
  return async (request: Request): Promise<Response> => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    const url = new URL(request.url);
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return new Response('Bad Request: the path is not valid percent-encoding.', { status: 400 });
    }
    if (!relative.startsWith(base) && `${relative}/` !== base) {
      return (await isFile(notFound)) ? fileResponse(notFound, 404, head) : new Response('Not Found', { status: 404 });
    }
    const inside = relative.slice(base.length);
    const target = resolve(top, `.${sep}${inside}`);
    if (target !== top && !target.startsWith(`${top}${sep}`)) return new Response('Not Found', { status: 404 });
    if (relative.endsWith('/') || target === top) {
      const index = join(target, 'index.html');
      if (await isFile(index)) return fileResponse(index, 200, head);
    } else if (await isFile(target)) {
      return fileResponse(target, 200, head);
    } else if (await isFile(join(target, 'index.html'))) {
      return new Response(null, { status: 301, headers: { Location: `${url.pathname}/${url.search}` } });
    }
    return (await isFile(notFound)) ? fileResponse(notFound, 404, head) : new Response('Not Found', { status: 404 });
  };
}
