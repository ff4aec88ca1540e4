import { describe, expect, it } from 'vitest';
import { CLIENT_ID, ISSUER, SEED_SUB, START_SECONDS, formOf, introspect, refresh, signIn, testProvider } from './test-kit';

describe('introspection (RFC 7662)', () => {
  it('describes an active access token: scope, client, subject, type, times and issuer', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test, { scope: 'openid email' });

    expect(introspect(test, access_token)).toEqual({
      active: true,
      scope: 'openid email',
      client_id: CLIENT_ID,
      sub: SEED_SUB,
      token_type: 'Bearer',
      iat: START_SECONDS,
      exp: START_SECONDS + 3600,
      iss: ISSUER,
    });
  });

  it('describes an active refresh token as a refresh_token, valid for 30 days', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);

    expect(introspect(test, refresh_token)).toMatchObject({ active: true, token_type: 'refresh_token', exp: START_SECONDS + 30 * 24 * 3600 });
  });

  it('answers an unknown token with active:false and nothing else (§2.2)', () => {
    const test = testProvider();

    expect(introspect(test, 'not-a-real-token')).toEqual({ active: false });
  });

  it('answers an access token older than an hour with active:false', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);
    test.advanceSeconds(3601);

    expect(introspect(test, access_token)).toEqual({ active: false });
  });

  it('answers a rotated refresh token with active:false', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);
    await refresh(test, refresh_token);

    expect(introspect(test, refresh_token)).toEqual({ active: false });
  });

  it('marks its answer not to be cached', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    expect(test.provider.introspect(formOf({ client_id: CLIENT_ID, token: access_token })).headers['Cache-Control']).toBe('no-store');
  });

  it.each([
    ['without a client_id', { token: 'x' }, 401, 'invalid_client'],
    ['from an unregistered client', { client_id: 'stranger', token: 'x' }, 401, 'invalid_client'],
    ['without a token', { client_id: CLIENT_ID }, 400, 'invalid_request'],
  ])('refuses a request %s', (_what, values: Record<string, string>, status, error) => {
    const { provider } = testProvider();

    const response = provider.introspect(formOf(values));

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error });
  });
});

describe('revocation (RFC 7009)', () => {
  const revoke = (test: ReturnType<typeof testProvider>, token: string, extra: Record<string, string> = {}) =>
    test.provider.revoke(formOf({ client_id: CLIENT_ID, token, ...extra }));

  it('answers 200 with an empty body', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    const response = revoke(test, access_token);

    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  it('makes a revoked access token fail at userinfo with 401 invalid_token', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    revoke(test, access_token);
    const userinfo = test.provider.userinfo(`Bearer ${access_token}`);

    expect(userinfo.status).toBe(401);
    expect(userinfo.body).toMatchObject({ error: 'invalid_token' });
  });

  it('makes a revoked access token introspect as active:false', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    revoke(test, access_token);

    expect(introspect(test, access_token)).toEqual({ active: false });
  });

  it('makes a revoked refresh token fail at the token endpoint with invalid_grant', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);

    revoke(test, refresh_token, { token_type_hint: 'refresh_token' });

    expect((await refresh(test, refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('revokes the token even when the hint names the other type (§2.1: the hint only speeds the lookup)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    revoke(test, access_token, { token_type_hint: 'refresh_token' });

    expect(introspect(test, access_token)).toEqual({ active: false });
  });

  it('answers 200 for a token it does not know (§2.2)', () => {
    const test = testProvider();

    expect(revoke(test, 'never-issued').status).toBe(200);
  });

  it('leaves the other tokens of the grant alone when one access token is revoked', async () => {
    const test = testProvider();
    const { access_token, refresh_token } = await signIn(test);

    revoke(test, access_token);

    expect(introspect(test, refresh_token)).toMatchObject({ active: true });
  });

  it.each([
    ['a request without a client_id', { token: 'x' }, 401, 'invalid_client'],
    ['a request from an unregistered client', { client_id: 'stranger', token: 'x' }, 401, 'invalid_client'],
    ['a request without a token', { client_id: CLIENT_ID }, 400, 'invalid_request'],
  ])('refuses %s', (_what, values: Record<string, string>, status, error) => {
    const { provider } = testProvider();

    const response = provider.revoke(formOf(values));

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error });
  });
});
