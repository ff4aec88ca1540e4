// A unit test of this team's token handling without a server: the package's MSW handlers under msw/node.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { setupServer } from 'msw/node';
import { createHandlers } from 'oidc-playground/msw';

const issuer = 'https://op.test';
const server = setupServer(...createHandlers({ issuer }));
server.listen({ onUnhandledRequest: 'error' });
try {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL(`${issuer}/authorize`);
  for (const [name, value] of Object.entries({ client_id: 'playground', redirect_uri: `${issuer}/callback`, response_type: 'code', scope: 'openid email', code_challenge: challenge, code_challenge_method: 'S256' })) {
    authorize.searchParams.set(name, value);
  }
  const code = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('Location')).searchParams.get('code');
  const token = await fetch(`${issuer}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'playground', redirect_uri: `${issuer}/callback`, code_verifier: verifier }),
  }).then((r) => r.json());
  const userinfo = await fetch(`${issuer}/userinfo`, { headers: { Authorization: `Bearer ${token.access_token}` } }).then((r) => r.json());
  const jwks = await fetch(`${issuer}/jwks`).then((r) => r.json());
  assert.equal(userinfo.email, 'karim.nafir@mail.com');
  assert.equal(jwks.keys.length, 1);
  assert.match(token.id_token, /^ey/);
  console.log('msw handlers: token, userinfo and JWKS answered under msw/node');
} finally {
  server.close();
}
