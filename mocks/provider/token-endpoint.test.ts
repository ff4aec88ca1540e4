import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { CodeRecord, GrantRecord } from './records';
import {
  ALL_SCOPES,
  CHALLENGE,
  CLIENT_ID,
  ISSUER,
  OTHER_VERIFIER,
  SEED_SUB,
  START_SECONDS,
  VERIFIER,
  exchange,
  formOf,
  introspect,
  refresh,
  s256,
  signIn,
  signInCode,
  testProvider,
  tokenBody,
  verifiedIdToken,
  type TestProvider,
} from './test-kit';

const DAY = 24 * 3600;

/**
 * Only one client is registered, so "another client" can only be staged by rewriting the stored
 * record: the record says who the code or token was issued to, and the endpoint must check it.
 */
function reassign<T extends CodeRecord | GrantRecord>(test: TestProvider, key: string, clientId: string) {
  const record = test.store.get<T>(key);
  if (!record) throw new Error(`nothing stored at ${key}`);
  test.store.set(key, { ...record, clientId });
}

describe('PKCE at the token endpoint (RFC 7636 §4.6)', () => {
  it('computes the S256 challenge the way RFC 7636 §4.2 says', async () => {
    expect(CHALLENGE).toBe(createHash('sha256').update(VERIFIER, 'ascii').digest('base64url'));
    expect(await s256(VERIFIER)).toBe(CHALLENGE);
  });

  it('issues tokens for the verifier whose S256 challenge was sent', async () => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test));

    expect(response.status).toBe(200);
  });

  it.each([
    ['a wrong verifier', { code_verifier: OTHER_VERIFIER }, 'code_challenge'],
    ['a missing verifier', { code_verifier: null }, 'missing'],
    ['a verifier shorter than 43 characters', { code_verifier: 'too-short' }, '43'],
    ['a verifier with characters outside the unreserved set', { code_verifier: `${'a'.repeat(43)}!` }, '43'],
  ])('refuses %s with invalid_grant', async (_what, overrides: Record<string, string | null>, hint) => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test), overrides);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining(hint) });
  });
});

describe('the authorization code at the token endpoint', () => {
  it('is valid for 60 seconds', async () => {
    const test = testProvider();
    const code = signInCode(test);
    test.advanceSeconds(60);

    expect((await exchange(test, code)).status).toBe(200);
  });

  it('has expired at 61 seconds: invalid_grant', async () => {
    const test = testProvider();
    const code = signInCode(test);
    test.advanceSeconds(61);

    const response = await exchange(test, code);

    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('expired') });
  });

  it('is refused when unknown: invalid_grant', async () => {
    const test = testProvider();

    expect((await exchange(test, 'abcdefghijklmn')).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is refused the second time: invalid_grant', async () => {
    const test = testProvider();
    const code = signInCode(test);
    await exchange(test, code);

    const second = await exchange(test, code);

    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('already used') });
  });

  it('revokes the access token it issued when it is presented again (RFC 6749 §4.1.2)', async () => {
    const test = testProvider();
    const code = signInCode(test);
    const first = tokenBody(await exchange(test, code));

    await exchange(test, code);

    expect(test.provider.userinfo(`Bearer ${first.access_token}`).status).toBe(401);
    expect(introspect(test, first.access_token)).toEqual({ active: false });
  });

  it('revokes the refresh token it issued when it is presented again', async () => {
    const test = testProvider();
    const code = signInCode(test);
    const first = tokenBody(await exchange(test, code));

    await exchange(test, code);

    expect((await refresh(test, first.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is spent by a failed exchange, so the right verifier afterwards fails too', async () => {
    const test = testProvider();
    const code = signInCode(test);
    await exchange(test, code, { code_verifier: OTHER_VERIFIER });

    expect((await exchange(test, code)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is refused with a redirect_uri other than the one used to authorize: invalid_grant', async () => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test), { redirect_uri: 'https://op.test/elsewhere' });

    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('redirect_uri') });
  });

  it('is refused without the redirect_uri used to authorize: invalid_grant', async () => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test), { redirect_uri: null });

    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is refused to a registered client other than the one it was issued to: invalid_grant', async () => {
    const test = testProvider();
    const code = signInCode(test);
    reassign<CodeRecord>(test, `code:${code}`, 'another-client');

    const response = await exchange(test, code);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('another client') });
  });
});

describe('requests the token endpoint refuses before looking at the grant', () => {
  it.each([
    ['an unknown client_id', { client_id: 'stranger' }, 401, 'invalid_client'],
    ['a missing client_id', { client_id: null }, 401, 'invalid_client'],
    ['an unsupported grant_type', { grant_type: 'password' }, 400, 'unsupported_grant_type'],
    ['a missing grant_type', { grant_type: null }, 400, 'invalid_request'],
    ['a missing code', { code: null }, 400, 'invalid_request'],
  ])('refuses %s', async (_what, overrides: Record<string, string | null>, status, error) => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test), overrides);

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error, error_description: expect.any(String) });
  });

  it('refuses a refresh request without a refresh_token: invalid_request', async () => {
    const test = testProvider();

    const response = await test.provider.token(formOf({ grant_type: 'refresh_token', client_id: CLIENT_ID }));

    expect(response.body).toMatchObject({ error: 'invalid_request' });
  });
});

describe('Cache-Control: no-store on every token response (RFC 6749 §5.1, §5.2)', () => {
  it('marks a successful response not to be cached', async () => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test));

    expect(response.headers).toMatchObject({ 'Cache-Control': 'no-store', Pragma: 'no-cache', 'Content-Type': 'application/json' });
  });

  it.each([
    ['invalid_grant', { code_verifier: OTHER_VERIFIER }],
    ['invalid_client', { client_id: 'stranger' }],
    ['unsupported_grant_type', { grant_type: 'password' }],
    ['invalid_request', { code: null }],
  ])('marks an error response (%s) not to be cached', async (_error, overrides: Record<string, string | null>) => {
    const test = testProvider();

    const response = await exchange(test, signInCode(test), overrides);

    expect(response.headers['Cache-Control']).toBe('no-store');
  });

  it('marks a refresh response not to be cached', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);

    expect((await refresh(test, refresh_token)).headers['Cache-Control']).toBe('no-store');
  });
});

describe('the token response', () => {
  it('has the reference shapes: 16-character access token, 20-character refresh token, Bearer, 3600 s', async () => {
    const body = await signIn(testProvider());

    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^[a-z0-9]{16}$/);
    expect(body.refresh_token).toMatch(/^[a-z0-9]{20}$/);
  });

  it('always states the granted scope, even when it is all that was asked for', async () => {
    const body = await signIn(testProvider(), { scope: 'openid' });

    expect(body.scope).toBe('openid');
  });

  it('carries an RS256 id_token with iss, aud, sub, nonce, auth_time, iat, exp and at_hash', async () => {
    const test = testProvider();
    const body = await signIn(test);

    const payload = await verifiedIdToken(test, body.id_token);

    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: CLIENT_ID,
      sub: SEED_SUB,
      nonce: 'nonce-1',
      auth_time: START_SECONDS,
      iat: START_SECONDS,
      exp: START_SECONDS + 3600,
      at_hash: createHash('sha256').update(body.access_token).digest().subarray(0, 16).toString('base64url'),
    });
  });
});

describe('the refresh grant (RFC 6749 §6, OIDC Core §12)', () => {
  async function signedInThenRefreshed(scope = 'openid profile email offline_access') {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope });
    test.advanceSeconds(1800);
    const response = await refresh(test, first.refresh_token);
    return { test, first, response, second: tokenBody(response) };
  }

  it('rotates: a new access token and a new refresh token', async () => {
    const { first, second } = await signedInThenRefreshed();

    expect(second.access_token).toMatch(/^[a-z0-9]{16}$/);
    expect(second.refresh_token).toMatch(/^[a-z0-9]{20}$/);
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
  });

  it('refuses the old refresh token once it has been used: invalid_grant', async () => {
    const { test, first } = await signedInThenRefreshed();

    const again = await refresh(test, first.refresh_token);

    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('accepts the new refresh token', async () => {
    const { test, second } = await signedInThenRefreshed();

    expect((await refresh(test, second.refresh_token)).status).toBe(200);
  });

  it('issues an id_token that keeps iss, sub, aud and auth_time, with a new iat (OIDC Core §12.2)', async () => {
    const { test, first, second } = await signedInThenRefreshed();
    const before = decodeJwt(first.id_token!);

    const after = await verifiedIdToken(test, second.id_token);

    expect(after).toMatchObject({ iss: before.iss, sub: before.sub, aud: before.aud, auth_time: START_SECONDS });
    expect(after.iat).toBe(START_SECONDS + 1800);
  });

  it('puts no nonce in the refreshed id_token: there was no authorize request to echo', async () => {
    const { second } = await signedInThenRefreshed();

    expect(decodeJwt(second.id_token!)).not.toHaveProperty('nonce');
  });

  it('gives the refreshed id_token the at_hash of the new access token', async () => {
    const { second } = await signedInThenRefreshed();

    expect(decodeJwt(second.id_token!).at_hash).toBe(createHash('sha256').update(second.access_token).digest().subarray(0, 16).toString('base64url'));
  });

  it('keeps the granted scope when the request names none', async () => {
    const { second } = await signedInThenRefreshed();

    expect(second.scope).toBe('openid profile email offline_access');
  });

  it('may narrow the scope of the new access token', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope: 'openid profile email' });

    const narrowed = tokenBody(await refresh(test, first.refresh_token, { scope: 'openid email' }));

    expect(narrowed.scope).toBe('openid email');
    expect(introspect(test, narrowed.access_token)).toMatchObject({ active: true, scope: 'openid email' });
  });

  it('keeps the original scope on the new refresh token after a narrowed refresh (RFC 6749 §6: "identical")', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope: 'openid profile email' });
    const narrowed = tokenBody(await refresh(test, first.refresh_token, { scope: 'openid email' }));

    const next = await refresh(test, narrowed.refresh_token);

    expect(introspect(test, narrowed.refresh_token)).toMatchObject({ active: false });
    expect(tokenBody(next).scope).toBe('openid profile email');
  });

  it('introspects the new refresh token after a narrowed refresh with the original scope', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope: 'openid profile email' });

    const narrowed = tokenBody(await refresh(test, first.refresh_token, { scope: 'openid email' }));

    expect(introspect(test, narrowed.refresh_token)).toMatchObject({ active: true, token_type: 'refresh_token', scope: 'openid profile email' });
  });

  it('refuses to widen the scope beyond the original grant: invalid_scope, without echoing the scopes asked for (RFC 6749 §4.1.2.1)', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope: 'openid email' });

    const widened = await refresh(test, first.refresh_token, { scope: 'openid email phone' });

    expect(widened.status).toBe(400);
    expect(widened.body).toMatchObject({ error: 'invalid_scope', error_description: expect.not.stringContaining('phone') });
  });

  it('does not spend the refresh token on a refused widening', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });
    const first = await signIn(test, { scope: 'openid email' });
    await refresh(test, first.refresh_token, { scope: 'openid email phone' });

    expect((await refresh(test, first.refresh_token)).status).toBe(200);
  });

  it('refuses an access token presented as a refresh token: invalid_grant', async () => {
    const test = testProvider();
    const first = await signIn(test);

    expect((await refresh(test, first.access_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an unknown refresh token: invalid_grant', async () => {
    const test = testProvider();

    expect((await refresh(test, 'abcdefghijklmnopqrst')).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a refresh token older than 30 days: invalid_grant', async () => {
    const test = testProvider();
    const first = await signIn(test);
    test.advanceSeconds(30 * DAY + 1);

    expect((await refresh(test, first.refresh_token)).body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('expired') });
  });

  it('refuses a refresh token issued to another client: invalid_grant', async () => {
    const test = testProvider();
    const first = await signIn(test);
    reassign<GrantRecord>(test, `token:${first.refresh_token}`, 'another-client');

    expect((await refresh(test, first.refresh_token)).body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('another client') });
  });

  it('refuses a refresh token presented by an unregistered client: invalid_client', async () => {
    const test = testProvider();
    const first = await signIn(test);

    const response = await refresh(test, first.refresh_token, { client_id: 'stranger' });

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_client' });
  });
});
