import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import { createProvider } from './provider';
import { memoryStore } from './store';
import { DETERMINISTIC_MOCK_ISSUER } from '../../src/domain/mock/mock-issuer';
import { CHALLENGE, CLIENT_ID, ISSUER, REDIRECT_URI, VERIFIER, authorizeParams, formOf, redirectQuery } from './test-kit';

/** One sign-in on a fresh provider in deterministic mode (settings.clock and settings.seed). */
async function seededSignIn(seed: string, place = { issuer: ISSUER, appUrl: 'https://op.test/', redirectUri: REDIRECT_URI }, user = DEFAULT_PROVIDER_SETTINGS.user) {
  const provider = createProvider({ issuer: place.issuer, appUrl: place.appUrl, store: memoryStore() });
  provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, user, clock: { kind: 'fixed', millis: Date.parse('2026-01-15T09:30:00Z') }, randomness: { kind: 'seeded', seed } });
  const code = redirectQuery(provider.approve(authorizeParams({ code_challenge: CHALLENGE, redirect_uri: place.redirectUri }))).get('code')!;
  const token = await provider.token(formOf({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: place.redirectUri, code_verifier: VERIFIER }));
  const accessToken = (token.body as { access_token: string }).access_token;
  return {
    code,
    body: token.body as { id_token: string; access_token: string },
    jwks: (await provider.jwks()).body,
    discovery: provider.discovery().body as Record<string, string>,
    userinfo: provider.userinfo(`Bearer ${accessToken}`).body,
  };
}

describe('deterministic mode (settings.clock, settings.seed)', () => {
  it('makes the same code, tokens and id_token signature on every run', async () => {
    const first = await seededSignIn('conformance');
    const second = await seededSignIn('conformance');

    expect(second.code).toBe(first.code);
    expect(second.body).toEqual(first.body);
    expect(second.jwks).toEqual(first.jwks);
  });

  it('mints other codes and tokens for the same seed under other settings, even when two tabs read the shared counter at once', async () => {
    // A fresh store each: both draw at counter 0, as two tabs do when they read the counter together.
    const first = await seededSignIn('conformance');
    const otherUser = await seededSignIn('conformance', undefined, { ...DEFAULT_PROVIDER_SETTINGS.user, uuid: '00000000-0000-4000-8000-000000000001' });

    expect(otherUser.code).not.toBe(first.code);
    expect(otherUser.body.access_token).not.toBe(first.body.access_token);
  });

  it('uses the clock setting as "now"', async () => {
    const { body } = await seededSignIn('conformance');

    expect(decodeJwt(body.id_token)).toMatchObject({ iat: Date.UTC(2026, 0, 15, 9, 30) / 1000, auth_time: Date.UTC(2026, 0, 15, 9, 30) / 1000 });
  });

  it('issues the same id_token, signature included, and the same userinfo from any origin and base path', async () => {
    const first = await seededSignIn('ports', { issuer: 'http://127.0.0.1:4173/mock-op', appUrl: 'http://127.0.0.1:4173/', redirectUri: 'http://127.0.0.1:4173/callback' });
    const second = await seededSignIn('ports', { issuer: 'http://localhost:5173/x/mock-op', appUrl: 'http://localhost:5173/x/', redirectUri: 'http://localhost:5173/x/callback' });

    expect(second.body.id_token).toBe(first.body.id_token);
    expect(second.body).toEqual(first.body);
    expect(second.userinfo).toEqual(first.userinfo);
    expect(first.userinfo).toMatchObject({ sub: expect.any(String), email: expect.any(String) });
    expect(decodeJwt(first.body.id_token).iss).toBe(DETERMINISTIC_MOCK_ISSUER);
    // The redirect URI (which carries the origin) is in no token.
    expect(JSON.stringify(first.body)).not.toContain('4173');
    expect(JSON.stringify(decodeJwt(first.body.id_token))).not.toContain('callback');
    // The document names the fixed identifier; its endpoints stay where the provider lives.
    expect(first.discovery.issuer).toBe(DETERMINISTIC_MOCK_ISSUER);
    expect(first.discovery.token_endpoint).toBe('http://127.0.0.1:4173/mock-op/token');
    expect(second.discovery.userinfo_endpoint).toBe('http://localhost:5173/x/mock-op/userinfo');
  });

  it('keeps the issuer at the provider’s own URL outside deterministic mode', () => {
    const provider = createProvider({ issuer: ISSUER, store: memoryStore() });
    expect((provider.discovery().body as { issuer: string }).issuer).toBe(ISSUER);
  });

  it('makes different codes and tokens for a different seed', async () => {
    const first = await seededSignIn('one');
    const second = await seededSignIn('two');

    expect(second.code).not.toBe(first.code);
    expect(second.body.access_token).not.toBe(first.body.access_token);
  });
});
