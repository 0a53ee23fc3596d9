/* The course's service worker, written into dist/sw.js at build time with its precache list.
 * Pages: network first, so a connected learner always gets the latest; the cached copy offline.
 * Hashed assets: cache first. A new version waits until the page asks it to take over. */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = __PRECACHE__;
const CACHE = `stl-course-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('stl-course-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'stl:skip-waiting') self.skipWaiting();
});

function pageKey(url) {
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${path}index.html`;
}

async function fromNetworkThenCache(request) {
  const url = new URL(request.url);
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    return (
      (await cache.match(pageKey(url))) ??
      (await cache.match(url.pathname)) ??
      (await cache.match(`${BASE}404.html`)) ??
      Response.error()
    );
  }
}

async function fromCacheThenNetwork(request) {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') event.respondWith(fromNetworkThenCache(request));
  else if (url.pathname.startsWith(`${BASE}assets/`)) event.respondWith(fromCacheThenNetwork(request));
});
