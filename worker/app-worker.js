/*
 * The app's one service worker for its scope (the base path): it keeps the built app shell and its
 * chunks so a reload works with the network off, and it imports MSW's generated worker so the mock
 * provider's handlers still answer (MSW's "merging service workers" recipe: one worker per scope,
 * `importScripts` the generated file, `worker.start({ serviceWorker: { url } })` with this URL).
 *
 * This file is a template: the build (vite.config.ts, appServiceWorker) writes it to
 * `<outDir>/app-worker.js` with the precache placeholder below replaced by the list of emitted files
 * and a version computed from their contents. public/mockServiceWorker.js is never edited.
 */
const PRECACHE = self.__APP_PRECACHE__;
const CACHE_PREFIX = 'oidc-playground-shell-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
/** The scope: this file sits at the base path, so `./` is `<origin><base>`. */
const SCOPE = new URL('./', self.location.href).href;
const SHELL = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(PRECACHE.files.map((file) => new URL(file, SCOPE).href));

// Only the shell document is fetched at install (a few kB), so the worker activates at once (MSW's
// install handler skips waiting) and a first visit's mock provider does not wait for the whole build
// to download. The cache fills as the app's files pass through (below) and, once the page is idle,
// with the rest (APP_WORKER_FILL_CACHE).
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.add(SHELL)));
});

self.addEventListener('activate', (event) => {
  // Another build's files are never served: its cache goes as soon as this version takes over.
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)))),
  );
});

// Registered before MSW's own listener (imported below), so it answers first for the app's files.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    if (!url.href.startsWith(SCOPE)) return;
    // The network first, so an online visit always gets the newest document (and with it the
    // newest chunks); with no network, the cached shell, which routes every app path itself.
    event.respondWith(fetch(request).catch(() => fromCache(SHELL)));
    return;
  }
  const key = url.origin + url.pathname;
  if (!PRECACHED.has(key)) return; // MSW's listener decides (the mock provider, or the network).
  // Hashed file names: a cached copy is exactly what the network would send, and what the network
  // sends is kept for next time.
  event.stopImmediatePropagation();
  event.respondWith(fromCache(key).catch(() => fetchAndKeep(key, request, event)));
});

// The page asks, once it is idle (src/app/prefetch.ts), for every file of the build to be kept, and
// hears back when they are: from then on a reload works with the network off.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'APP_WORKER_FILL_CACHE') return;
  const [port] = event.ports;
  event.waitUntil(
    fillCache().then(
      (count) => port?.postMessage({ type: 'APP_WORKER_CACHE_FILLED', files: count }),
      (error) => port?.postMessage({ type: 'APP_WORKER_CACHE_INCOMPLETE', message: String(error) }),
    ),
  );
});

async function fillCache() {
  const cache = await caches.open(CACHE_NAME);
  const kept = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...PRECACHED].filter((url) => !kept.has(url));
  await cache.addAll(missing);
  return PRECACHED.size;
}

async function fetchAndKeep(key, request, event) {
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.put(key, copy)));
  }
  return response;
}

async function fromCache(url) {
  const cached = await caches.match(url, { cacheName: CACHE_NAME });
  if (!cached) throw new TypeError(`${url} is not in ${CACHE_NAME}`);
  return cached;
}

// MSW's worker unregisters itself when the last page it knows of says CLIENT_CLOSED (on unload):
// right for a worker that only mocks, wrong for this one, which must still be there when the person
// comes back offline after closing the tab. So that message stops here; MSW only loses a stale
// client id, and each new page announces itself again (MOCK_ACTIVATE).
self.addEventListener('message', (event) => {
  if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation();
});

// A page this worker does not control although it is active (a Shift+Reload bypasses the worker)
// asks to be taken over, instead of MSW reloading it (mocks/until-worker-controls-page.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'APP_WORKER_CLAIM') event.waitUntil(self.clients.claim());
});

importScripts('./mockServiceWorker.js');
