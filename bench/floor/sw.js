// Answers the floor's provider requests straight from the worker: the least a mock behind a
// service worker can cost.
const ISSUER = new URL('./mock-op', self.registration.scope).href;
const ANSWERS = {
  '/.well-known/openid-configuration': () => ({ issuer: ISSUER, token_endpoint: `${ISSUER}/token`, userinfo_endpoint: `${ISSUER}/userinfo`, jwks_uri: `${ISSUER}/jwks` }),
  '/token': () => ({ access_token: 'floor', token_type: 'Bearer', expires_in: 300, id_token: 'floor.floor.floor' }),
  '/userinfo': () => ({ sub: 'floor', name: 'Floor' }),
  '/jwks': () => ({ keys: [{ kty: 'EC', crv: 'P-256', x: 'floor', y: 'floor' }] }),
};

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (!url.href.startsWith(`${ISSUER}/`)) return;
  const answer = ANSWERS[url.href.slice(ISSUER.length)];
  event.respondWith(answer ? Response.json(answer()) : new Response('not found', { status: 404 }));
});
