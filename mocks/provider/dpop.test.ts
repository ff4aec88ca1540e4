import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { accessTokenHash } from '../../src/domain/protocols/dpop-proof';
import { createProvider, type MockProvider } from './provider';
import { CLIENT_ID, ISSUER, REDIRECT_URI, keyedStore } from './test-kit';

/**
 * DPoP (RFC 9449) at the mock, with openid-client as the independent client: its DPoP handle signs
 * the proofs and retries on use_dpop_nonce by itself; the wire is recorded to show the retry.
 */
const server = setupServer();
let provider: MockProvider;
const wire: { method: string; url: string; dpop: string | null; authorization: string | null; status?: number; error?: string }[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  provider = createProvider({ issuer: ISSUER, store: keyedStore() });
  server.resetHandlers(...createHandlers({ issuer: ISSUER, provider }));
  wire.length = 0;
});
afterAll(() => server.close());
server.events.on('response:mocked', async ({ request, response }) => {
  const body = response.headers.get('content-type')?.includes('json') ? ((await response.clone().json()) as { error?: string }) : {};
  wire.push({ method: request.method, url: request.url, dpop: request.headers.get('DPoP'), authorization: request.headers.get('Authorization'), status: response.status, error: body.error });
});

async function signIn(scope = 'openid profile') {
  const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.None());
  const keyPair = await client.randomDPoPKeyPair('ES256');
  const DPoP = client.getDPoPHandle(config, keyPair);
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope,
    prompt: 'consent',
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    state: 's',
  });
  const response = await fetch(url, { redirect: 'manual' });
  const tokens = await client.authorizationCodeGrant(config, new URL(response.headers.get('Location')!), { pkceCodeVerifier, expectedState: 's' }, undefined, { DPoP });
  return { config, DPoP, keyPair, tokens };
}

describe('DPoP at the mock, driven by openid-client', () => {
  it('asks for its nonce, and the client’s retry gets a DPoP token (§8, §5)', async () => {
    const { tokens } = await signIn();
    expect(tokens.token_type).toBe('dpop');
    const calls = wire.filter((c) => c.url.endsWith('/token'));
    expect(calls.map((c) => [c.status, c.error ?? null])).toEqual([[400, 'use_dpop_nonce'], [200, null]]);
    expect(calls.every((c) => c.dpop !== null)).toBe(true);
  });

  it('serves userinfo to Authorization: DPoP with a proof that hashes the token (§7)', async () => {
    const { config, DPoP, tokens } = await signIn();
    const claims = await client.fetchUserInfo(config, tokens.access_token, client.skipSubjectCheck, { DPoP });
    expect(claims.sub).toBeTruthy();
    const call = wire.findLast((c) => c.url.endsWith('/userinfo'))!;
    expect(call.authorization).toBe(`DPoP ${tokens.access_token}`);
    const proof = JSON.parse(atob(call.dpop!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { ath: string };
    expect(proof.ath).toBe(await accessTokenHash(tokens.access_token));
  });

  it('refuses the bound token presented as Bearer, with a DPoP challenge (§7.1)', async () => {
    const { tokens } = await signIn();
    const response = await fetch(`${ISSUER}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^DPoP algs="[^"]+", error="invalid_token"/);
  });

  it('names the key in introspection as cnf.jkt (§6.2)', async () => {
    const { tokens, keyPair } = await signIn();
    const answer = provider.introspect(new URLSearchParams({ client_id: CLIENT_ID, token: tokens.access_token }));
    const { calculateJwkThumbprint } = await import('jose');
    expect(answer.body).toMatchObject({ active: true, token_type: 'DPoP', cnf: { jkt: await calculateJwkThumbprint(await exportJWK(keyPair.publicKey)) } });
  });

  it('refreshes a bound refresh token only with a proof of the same key (§5)', async () => {
    const { config, DPoP, tokens } = await signIn('openid offline_access');
    expect(tokens.refresh_token).toBeTruthy();
    const without = await provider.token(new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: tokens.refresh_token! }));
    expect(without).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const otherKey = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'));
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!, undefined, { DPoP: otherKey })).rejects.toThrow();
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!, undefined, { DPoP });
    expect(refreshed.token_type).toBe('dpop');
  });
});

describe('DPoP proofs the mock refuses', () => {
  async function proof(claims: Record<string, unknown>) {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    return new SignJWT({ htm: 'POST', htu: `${ISSUER}/token`, iat: Math.floor(Date.now() / 1000), jti: crypto.randomUUID(), ...claims })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
  }
  const tokenCall = (dpop: string) =>
    provider.token(new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT_ID, code: 'x' }), null, { proof: dpop, method: 'POST', url: `${ISSUER}/token` });
  const nonce = async () => {
    const first = await tokenCall(await proof({}));
    return first.headers['DPoP-Nonce']!;
  };

  it('answers use_dpop_nonce with a DPoP-Nonce header to a proof without the nonce (§8)', async () => {
    const answer = await tokenCall(await proof({}));
    expect(answer).toMatchObject({ status: 400, body: { error: 'use_dpop_nonce' } });
    expect(answer.headers['DPoP-Nonce']).toMatch(/^[a-z0-9]{22}$/);
  });

  it('refuses a proof for another method or endpoint as invalid_dpop_proof (§4.3)', async () => {
    const n = await nonce();
    expect(await tokenCall(await proof({ nonce: n, htm: 'GET' }))).toMatchObject({ status: 400, body: { error: 'invalid_dpop_proof' } });
    expect(await tokenCall(await proof({ nonce: n, htu: `${ISSUER}/userinfo` }))).toMatchObject({ status: 400, body: { error: 'invalid_dpop_proof' } });
  });

  it('refuses a replayed jti (§11.1)', async () => {
    const n = await nonce();
    const once = await proof({ nonce: n, jti: 'same-jti' });
    expect((await tokenCall(once)).body).toMatchObject({ error: 'invalid_grant' });
    expect(await tokenCall(once)).toMatchObject({ status: 400, body: { error: 'invalid_dpop_proof' } });
  });

  it('advertises its proof algorithms (§5.1)', () => {
    expect(provider.discovery().body).toMatchObject({ dpop_signing_alg_values_supported: expect.arrayContaining(['ES256', 'RS256']) });
  });
});
