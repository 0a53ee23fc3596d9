/* The course's service worker, written into dist/sw.js at build time with its precache list.
 * Pages: network first, so a connected learner always gets the latest; the cached copy offline.
 * Hashed assets: cache first. A new version waits until the page asks it to take over. */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = __PRECACHE__;
const CACHE = `stl-course-${VERSION}`;

/**
 * The offline copy, all or nothing as cache.addAll would keep it, but at low priority and a few
 * files at a time: it starts right after a first visit's load, and a page's own requests made
 * meanwhile (the code a learner's first click on "Next" needs) must not queue behind ~200 files
 * (a browser opens about six connections to a host over HTTP/1.1; addAll asks for every file at once).
 * https://developer.mozilla.org/en-US/docs/Web/API/RequestInit#priority
 * https://developer.mozilla.org/en-US/docs/Web/API/Cache/addAll
 */
const PRECACHE_AT_ONCE = 2;
async function precache() {
  const cache = await caches.open(CACHE);
  const fetched = [];
  let next = 0;
  const fetchSome = async () => {
    while (next < PRECACHE.length) {
      const url = PRECACHE[next++];
      const response = await fetch(url, { priority: 'low' });
      if (!response.ok) throw new TypeError(`${url}: HTTP ${response.status}`);
      // Read now, so a connection is free for the next file (and for the page).
      fetched.push([url, new Response(await response.blob(), response)]);
    }
  };
  await Promise.all(Array.from({ length: PRECACHE_AT_ONCE }, fetchSome));
  await Promise.all(fetched.map(([url, response]) => cache.put(url, response)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
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
