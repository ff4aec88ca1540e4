import { describe, expect, it } from 'vitest';
import { SEED_SUB, formOf, refresh, signIn, testProvider } from './test-kit';

describe('userinfo (OIDC Core §5.3, RFC 6750)', () => {
  it('accepts the access token in the Authorization header (GET, or POST with the header)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test, { scope: 'openid email' });

    const response = test.provider.userinfo(`Bearer ${access_token}`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sub: SEED_SUB, email: 'karim.nafir@mail.com' });
  });

  it('accepts the scheme name in any case (RFC 7235 §2.1)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    expect(test.provider.userinfo(`bearer ${access_token}`).status).toBe(200);
  });

  it('accepts the access token in a form body (POST, RFC 6750 §2.2)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test, { scope: 'openid email' });

    const response = test.provider.userinfo(null, formOf({ access_token }));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sub: SEED_SUB, email: 'karim.nafir@mail.com' });
  });

  it('is marked not to be cached', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    expect(test.provider.userinfo(`Bearer ${access_token}`).headers['Cache-Control']).toBe('no-store');
  });

  it('answers an unknown token with 401, invalid_token and a WWW-Authenticate challenge naming it (RFC 6750 §3.1)', () => {
    const { provider } = testProvider();

    const response = provider.userinfo('Bearer not-a-real-token');

    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toMatch(/^Bearer error="invalid_token"/);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
  });

  it.each([
    ['no token at all', null],
    ['another authentication scheme', 'Basic cGxheWdyb3VuZDo='],
    ['a scheme with no token', 'Bearer '],
  ])('answers %s with 401 and a Bearer challenge (RFC 6750 §3)', (_what, authorization) => {
    const { provider } = testProvider();

    const response = provider.userinfo(authorization);

    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toMatch(/^Bearer\b/);
  });

  it('answers a refresh token used as an access token with 401', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);

    expect(test.provider.userinfo(`Bearer ${refresh_token}`).status).toBe(401);
  });

  it('answers an access token older than an hour with 401 and says it expired', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);
    test.advanceSeconds(3601);

    const response = test.provider.userinfo(`Bearer ${access_token}`);

    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toContain('expired');
  });

  it('still answers an access token 3600 seconds old', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);
    test.advanceSeconds(3600);

    expect(test.provider.userinfo(`Bearer ${access_token}`).status).toBe(200);
  });

  it('answers with the narrowed scope’s claims for an access token from a narrowed refresh', async () => {
    const test = testProvider();
    const first = await signIn(test, { scope: 'openid email phone' });
    const narrowed = (await refresh(test, first.refresh_token, { scope: 'openid email' })).body as { access_token: string };

    const body = test.provider.userinfo(`Bearer ${narrowed.access_token}`).body;

    expect(body).toHaveProperty('email');
    expect(body).not.toHaveProperty('phone_number');
  });
});
