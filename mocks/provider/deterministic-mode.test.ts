import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import { createProvider } from './provider';
import { memoryStore } from './store';
import { CHALLENGE, CLIENT_ID, ISSUER, REDIRECT_URI, VERIFIER, authorizeParams, formOf, redirectQuery } from './test-kit';

/** One sign-in on a fresh provider in deterministic mode (settings.clock and settings.seed). */
async function seededSignIn(seed: string) {
  const provider = createProvider({ issuer: ISSUER, store: memoryStore() });
  provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, clock: { kind: 'fixed', millis: Date.parse('2026-01-15T09:30:00Z') }, randomness: { kind: 'seeded', seed } });
  const code = redirectQuery(provider.approve(authorizeParams({ code_challenge: CHALLENGE }))).get('code')!;
  const token = await provider.token(formOf({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER }));
  return { code, body: token.body as { id_token: string; access_token: string }, jwks: (await provider.jwks()).body };
}

describe('deterministic mode (settings.clock, settings.seed)', () => {
  it('makes the same code, tokens and id_token signature on every run', async () => {
    const first = await seededSignIn('conformance');
    const second = await seededSignIn('conformance');

    expect(second.code).toBe(first.code);
    expect(second.body).toEqual(first.body);
    expect(second.jwks).toEqual(first.jwks);
  });

  it('uses the clock setting as "now"', async () => {
    const { body } = await seededSignIn('conformance');

    expect(decodeJwt(body.id_token)).toMatchObject({ iat: Date.UTC(2026, 0, 15, 9, 30) / 1000, auth_time: Date.UTC(2026, 0, 15, 9, 30) / 1000 });
  });

  it('makes different codes and tokens for a different seed', async () => {
    const first = await seededSignIn('one');
    const second = await seededSignIn('two');

    expect(second.code).not.toBe(first.code);
    expect(second.body.access_token).not.toBe(first.body.access_token);
  });
});
