import { exportJWK, generateKeyPair } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server';
import { REDIRECT_URI, discover, startTestServer } from './test-server';

/**
 * A client registers the public half of its request-object key with the server (the control API,
 * loopback only), and openid-client signs its authorization requests (RFC 9101) with the private
 * half: by value in the URL, and pushed through PAR (RFC 9126), as the playground's page does.
 */
let server: RunningServer;
let es256: CryptoKeyPair;
beforeAll(async () => {
  server = await startTestServer();
  es256 = await generateKeyPair('ES256');
});
afterAll(() => server.close());

async function register(clients: unknown): Promise<Response> {
  return fetch(`${server.controlUrl}/settings`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clients }) });
}

/** Authorize parameters signed into a request object; login_hint signs in without the page. */
async function signedRequest(config: client.Configuration, key: CryptoKey) {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithJAR(
    config,
    { redirect_uri: REDIRECT_URI, scope: 'openid email', code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier), code_challenge_method: 'S256', state, login_hint: 'full' },
    key,
  );
  return { url, checks: { pkceCodeVerifier, expectedState: state } };
}

async function codeFlow(config: client.Configuration, url: URL, checks: { pkceCodeVerifier: string; expectedState: string }) {
  const response = await fetch(url, { redirect: 'manual' });
  if (response.status !== 302) return { status: response.status, page: await response.text() };
  return { status: 302, tokens: await client.authorizationCodeGrant(config, new URL(response.headers.get('Location')!), checks) };
}

describe('request-object keys registered with the mock server (RFC 9101 §6.2)', () => {
  it('refuses a request object before its client registered a key (invalid_request_object)', async () => {
    const config = await discover(server);
    const { url, checks } = await signedRequest(config, es256.privateKey);
    const answer = await codeFlow(config, url, checks);
    expect(answer.status).toBe(400);
    expect(answer.page).toContain('invalid_request_object');
  });

  it('verifies ES256 objects by value and pushed through PAR once the public JWK is registered', async () => {
    expect((await register({ playground: { jwks: { keys: [{ ...(await exportJWK(es256.publicKey)), alg: 'ES256', use: 'sig' }] } } })).status).toBe(200);
    const config = await discover(server);
    const byValue = await signedRequest(config, es256.privateKey);
    expect([...byValue.url.searchParams.keys()].sort()).toEqual(['client_id', 'request']);
    expect((await codeFlow(config, byValue.url, byValue.checks)).tokens?.scope).toBe('openid email');

    const pushed = await signedRequest(config, es256.privateKey);
    const byReference = await client.buildAuthorizationUrlWithPAR(config, pushed.url.searchParams);
    expect([...byReference.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    expect((await codeFlow(config, byReference, pushed.checks)).tokens?.scope).toBe('openid email');
  });

  it('refuses an object signed with a key that was not registered', async () => {
    const other = await generateKeyPair('ES256');
    const config = await discover(server);
    const { url, checks } = await signedRequest(config, other.privateKey);
    expect((await codeFlow(config, url, checks)).page).toContain('invalid_request_object');
  });

  it('takes an RS256 key beside the ES256 one, from an options file too', async () => {
    const rsa = await generateKeyPair('RS256');
    const file = JSON.stringify({
      format: 'oidc-playground-request',
      version: 2,
      request: {},
      server: { clients: [{ clientId: 'playground', redirectUris: [REDIRECT_URI], jwks: { keys: [await exportJWK(rsa.publicKey)] } }] },
    });
    const fromFile = await startTestServer(['--config', 'op.json'], undefined, () => file);
    try {
      const config = await discover(fromFile);
      const { url, checks } = await signedRequest(config, rsa.privateKey);
      expect((await codeFlow(config, url, checks)).tokens?.scope).toBe('openid email');
    } finally {
      await fromFile.close();
    }
  });

  it('names what is wrong with a key, refuses a private one, and an unknown client', async () => {
    const privateJwk = await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
    const refused = await register({ playground: { jwks: { keys: [privateJwk] } } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error_description).toBe('clients.playground.jwks.keys[0] holds private key material; register the public key only.');
    expect(await (await register({ nobody: { requirePushedAuthorizationRequests: true } })).json()).toMatchObject({ error_description: expect.stringContaining('clients.nobody: no client is registered') });
  });
});
