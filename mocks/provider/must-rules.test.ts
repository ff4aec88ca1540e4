import { describe, expect, it } from 'vitest';
import { SEED_USER } from '../../src/domain/mock/user-profile';
import { parseLoginPolicy } from '../../src/domain/mock/login-policy';
import { isSafeDescription } from './error-description';
import {
  ALL_SCOPES,
  CLIENT_ID,
  REDIRECT_URI,
  SEED_SUB,
  authorizeParams,
  exchange,
  formOf,
  redirectQuery,
  refresh,
  signIn,
  silentCode,
  testProvider,
  tokenBody,
} from './test-kit';

/**
 * The MUST rules of the specs the playground teaches, one test per rule of issue 12 (each failed
 * before its fix). The spec section is in the test name; the rule's code cites it with a link.
 */
const claims = (value: unknown) => JSON.stringify(value);

describe('the claims parameter names a user or an acr the sign-in cannot give (OIDC Core §5.5.1, §5.5.1.1)', () => {
  it('answers login_required, not a code, when prompt=none and claims.id_token.sub names another user', async () => {
    const test = testProvider();
    await signIn(test);

    const result = test.provider.continueSession(authorizeParams({ prompt: 'none', claims: claims({ id_token: { sub: { value: 'someone-else' } } }) }));

    expect(redirectQuery(result).get('error')).toBe('login_required');
    expect(redirectQuery(result).has('code')).toBe(false);
  });

  it('denies the sign-in (access_denied, no code) when claims.userinfo.sub names another user', () => {
    const test = testProvider();

    const result = test.provider.approve(authorizeParams({ claims: claims({ userinfo: { sub: { value: 'someone-else' } } }) }));

    expect(result.outcome).toBe('denied');
    expect(redirectQuery(result).get('error')).toBe('access_denied');
  });

  it('issues a code when claims.id_token.sub names the signed-in user', () => {
    const test = testProvider();

    const result = test.provider.approve(authorizeParams({ claims: claims({ id_token: { sub: { value: SEED_SUB } } }) }));

    expect(redirectQuery(result).get('code')).toHaveLength(14);
  });

  it('treats an essential acr it cannot meet as a failed authentication: access_denied, or login_required with prompt=none', async () => {
    const test = testProvider();
    const acr = claims({ id_token: { acr: { essential: true, values: ['urn:example:loa:3'] } } });

    expect(redirectQuery(test.provider.approve(authorizeParams({ claims: acr }))).get('error')).toBe('access_denied');
    expect(redirectQuery(test.provider.continueSession(authorizeParams({ prompt: 'none', claims: acr }))).get('error')).toBe('login_required');
  });
});

describe('refresh-token replay revokes the grant (RFC 9700 §4.14.2)', () => {
  it('answers invalid_grant to a rotated refresh token and revokes the newest refresh and access tokens', async () => {
    const test = testProvider();
    const first = await signIn(test);
    const second = tokenBody(await refresh(test, first.refresh_token));

    const replay = await refresh(test, first.refresh_token);

    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
    expect(test.provider.userinfo(`Bearer ${second.access_token}`).status).toBe(401);
    expect((await refresh(test, second.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('a replayed code also revokes the refresh tokens rotated from it (RFC 6749 §4.1.2)', async () => {
    const test = testProvider();
    const code = silentCode(test);
    const first = tokenBody(await exchange(test, code));
    const rotated = tokenBody(await refresh(test, first.refresh_token));

    await exchange(test, code);

    expect((await refresh(test, rotated.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('request objects are not supported (OIDC Core §6.1, §6.2)', () => {
  it.each([
    ['request', 'request_not_supported'],
    ['request_uri', 'request_uri_not_supported'],
  ])('answers %s with %s at the redirect URI', (name, error) => {
    const test = testProvider();

    const result = test.provider.checkAuthorize(authorizeParams({ [name]: 'eyJhbGciOiJub25lIn0.e30.' }));

    expect(result).toMatchObject({ outcome: 'redirect-error', error });
  });
});

describe('parameters sent twice (RFC 6749 §3.1, §3.2)', () => {
  const twice = (name: string, value: string) => {
    const params = authorizeParams();
    params.append(name, value);
    return params;
  };

  it.each(['client_id', 'redirect_uri'])('shows the error page when %s is duplicated: there is nowhere safe to redirect', (name) => {
    const test = testProvider();

    expect(test.provider.checkAuthorize(twice(name, name === 'client_id' ? CLIENT_ID : REDIRECT_URI))).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
  });

  it('redirects invalid_request when another authorize parameter is duplicated', () => {
    const test = testProvider();

    expect(test.provider.checkAuthorize(twice('scope', 'openid'))).toMatchObject({ outcome: 'redirect-error', error: 'invalid_request' });
  });

  it('answers invalid_request at the token endpoint when a parameter is duplicated', async () => {
    const test = testProvider();
    const code = silentCode(test);
    const form = formOf({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: 'x'.repeat(43) });
    form.append('code', 'another-code-00');

    expect((await test.provider.token(form)).body).toMatchObject({ error: 'invalid_request' });
  });
});

describe('response modes: only those implemented, and only they advertised', () => {
  it.each(['form_post', 'web_message', 'jwt'])('refuses response_mode=%s with invalid_request, in the query', (mode) => {
    const test = testProvider();

    const result = test.provider.approve(authorizeParams({ response_mode: mode }));
    expect(result).toMatchObject({ outcome: 'redirect-error', error: 'invalid_request' });
    expect(redirectQuery(result).get('error')).toBe('invalid_request');
  });

  it('accepts query and fragment, and advertises both', () => {
    const test = testProvider();

    expect(test.provider.checkAuthorize(authorizeParams({ response_mode: 'query' })).outcome).toBe('login');
    expect(test.provider.checkAuthorize(authorizeParams({ response_mode: 'fragment' })).outcome).toBe('login');
    expect(test.provider.discovery().body).toMatchObject({ response_modes_supported: ['query', 'fragment'] });
  });

  it('with response_mode=fragment, answers the code, state and iss after # and nothing in the query', () => {
    const test = testProvider();

    const result = test.provider.approve(authorizeParams({ response_mode: 'fragment', state: 'in-the-fragment' }));
    const url = new URL((result as { location: string }).location);
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(url.search).toBe('');
    expect(fragment.get('code')).toMatch(/^.{14}$/);
    expect(fragment.get('state')).toBe('in-the-fragment');
    expect(fragment.get('iss')).toBe(test.provider.issuerIdentifier());
  });

  it('with response_mode=fragment, answers an error in the fragment too', () => {
    const test = testProvider();

    const result = test.provider.deny(authorizeParams({ response_mode: 'fragment' }));
    const url = new URL((result as { location: string }).location);
    expect(new URLSearchParams(url.hash.slice(1)).get('error')).toBe('access_denied');
    expect(url.searchParams.has('error')).toBe(false);
  });
});

describe('id_token_hint with prompt=none (OIDC Core §3.1.2.1)', () => {
  it('answers login_required when the hint names another subject than the session’s', async () => {
    const test = testProvider();
    await signIn(test);
    const other = testProvider({ user: { ...SEED_USER, uuid: 'another-user-0001' } });
    const { id_token: foreignHint } = await signIn(other);

    const result = test.provider.continueSession(authorizeParams({ prompt: 'none', id_token_hint: foreignHint! }));

    expect(redirectQuery(result).get('error')).toBe('login_required');
  });

  it('continues the session when the hint names the signed-in user', async () => {
    const test = testProvider();
    const { id_token } = await signIn(test);

    expect(redirectQuery(test.provider.continueSession(authorizeParams({ prompt: 'none', id_token_hint: id_token! }))).has('code')).toBe(true);
  });
});

describe('refresh tokens follow the behaviour profile’s rule (OIDC Core §11; Next Identity reference)', () => {
  it('OIDC Core drops offline_access asked without prompt=consent: no refresh token, scope without it', async () => {
    const test = testProvider({ behaviour: 'oidc-core', allowedScopes: ALL_SCOPES });

    const body = await signIn(test, { scope: 'openid offline_access' });

    expect(body.scope).toBe('openid');
    expect(body).not.toHaveProperty('refresh_token');
  });

  it('OIDC Core grants offline_access with prompt=consent, and that refresh token outlives sign-out', async () => {
    const test = testProvider({ behaviour: 'oidc-core', allowedScopes: ALL_SCOPES });
    const body = await signIn(test, { scope: 'openid offline_access', prompt: 'consent' });
    expect(body.scope).toBe('openid offline_access');
    expect(body.refresh_token).toHaveLength(20);

    test.provider.clearSession();

    expect((await refresh(test, body.refresh_token)).status).toBe(200);
  });

  it('Next Identity returns a refresh token for openid email profile ad:user_custom, and sign-out ends it', async () => {
    const test = testProvider({ behaviour: 'next-identity' });
    const body = await signIn(test, { scope: 'openid email profile ad:user_custom' });
    expect(body.refresh_token).toHaveLength(20);

    await test.provider.confirmEndSession(new URLSearchParams());

    expect((await refresh(test, body.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('prompt=consent shows the login page (the mock’s consent step) even with a session', async () => {
    const test = testProvider();
    await signIn(test);

    expect(test.provider.checkAuthorize(authorizeParams({ prompt: 'consent' }))).toMatchObject({ outcome: 'login', reason: 'prompt-consent' });
  });
});

describe('custom claims cannot overwrite protocol claims (OIDC Core §5.3.2, §2)', () => {
  it.each([
    ['userinfo', 'sub'],
    ['id_token', 'nonce'],
    ['id_token', 'azp'],
  ])('refuses customClaims.%s.%s as a configuration error naming the claim', (target, claim) => {
    const parsed = parseLoginPolicy(JSON.stringify({ customClaims: { [target]: { [claim]: 'email' } } }));

    expect(parsed).toMatchObject({ outcome: 'invalid', message: expect.stringContaining(`"${claim}"`) });
  });
});

describe('smaller MUSTs', () => {
  it('answers a Basic-auth attempt from a public client with 401 and WWW-Authenticate (RFC 6749 §5.2)', async () => {
    const test = testProvider();

    const response = await test.provider.token(formOf({ grant_type: 'authorization_code', code: 'x' }), `Basic ${btoa('playground:secret')}`);

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_client' });
    expect(response.headers['WWW-Authenticate']).toMatch(/^Basic /);
  });

  it('ignores an unknown token_type_hint and revokes the token (RFC 7009 §2.1)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    const response = test.provider.revoke(formOf({ client_id: CLIENT_ID, token: access_token, token_type_hint: 'id_token' }));

    expect(response.status).toBe(200);
    expect(test.provider.userinfo(`Bearer ${access_token}`).status).toBe(401);
  });

  it('refuses userinfo with the token in both the header and the body (RFC 6750 §2)', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    const response = test.provider.userinfo(`Bearer ${access_token}`, formOf({ access_token }));

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request' });
  });

  it.each([
    ['a code_challenge too short', { code_challenge: 'abc' }, 'invalid_request'],
    ['a code_challenge with illegal characters', { code_challenge: `${'a'.repeat(42)}+` }, 'invalid_request'],
    ['a scope token with a double quote', { scope: 'openid em"ail' }, 'invalid_scope'],
    ['an unknown prompt value', { prompt: 'bogus' }, 'invalid_request'],
  ])('refuses %s (RFC 7636 §4.2, RFC 6749 §3.3, OIDC Core §3.1.2.1)', (_what, overrides, error) => {
    const test = testProvider();

    expect(test.provider.checkAuthorize(authorizeParams(overrides))).toMatchObject({ outcome: 'redirect-error', error });
  });

  it('keeps error_description within the allowed characters and does not echo request input (RFC 6749 §4.1.2.1)', async () => {
    const test = testProvider();
    const hostile = 'é"\\<script>';
    const results = [
      test.provider.checkAuthorize(authorizeParams({ response_type: hostile })),
      test.provider.checkAuthorize(authorizeParams({ client_id: hostile })),
      test.provider.checkAuthorize(authorizeParams({ redirect_uri: `https://x.test/${hostile}` })),
      test.provider.checkAuthorize(authorizeParams({ code_challenge_method: 'plain' })),
    ];
    const token = await test.provider.token(formOf({ grant_type: hostile, client_id: CLIENT_ID }));
    const descriptions = [...results.map((r) => ('description' in r ? r.description : '')), (token.body as { error_description: string }).error_description];

    for (const description of descriptions) {
      expect(isSafeDescription(description), description).toBe(true);
      expect(description).not.toContain('script');
    }
  });

  it('keeps the old kid in the JWKS after switching deterministic mode on, until its tokens expire (OIDC Core §10.1.1)', async () => {
    const test = testProvider();
    const { id_token } = await signIn(test);
    const oldKid = JSON.parse(atob((id_token!.split('.')[0] ?? '').replace(/-/g, '+').replace(/_/g, '/'))).kid;

    test.provider.configure({ ...test.provider.settings(), randomness: { kind: 'seeded', seed: 'demo' } });
    const kids = () => ((test.provider.jwks() as Promise<{ body: { keys: { kid: string }[] } }>).then((r) => r.body.keys.map((k) => k.kid)));

    expect(await kids()).toContain(oldKid);
    expect(await kids()).toHaveLength(2);
    test.advanceSeconds(3601);
    expect(await kids()).not.toContain(oldKid);
  });

  it('refuses the authorize request when the token policy leaves out openid: every token response needs an id_token (OIDC Core §3.1.3.3)', () => {
    const test = testProvider({ allowedScopes: ['profile', 'email'] });

    expect(test.provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'redirect-error', error: 'invalid_scope' });
  });

  it('answers a request without openid as plain OAuth 2.0: an access token, no id_token, and a userinfo that refuses it (OIDC Core §5.3)', async () => {
    const test = testProvider();
    const body = await signIn(test, { scope: 'profile email' });

    expect(body.access_token).toEqual(expect.any(String));
    expect(body).not.toHaveProperty('id_token');
    const response = test.provider.userinfo(`Bearer ${body.access_token}`);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'insufficient_scope' });
  });

  it('refuses at userinfo an access token issued without openid (a narrowed refresh) with insufficient_scope', async () => {
    const test = testProvider();
    const { refresh_token } = await signIn(test);
    const narrowed = tokenBody(await refresh(test, refresh_token, { scope: 'profile' }));

    const response = test.provider.userinfo(`Bearer ${narrowed.access_token}`);

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'insufficient_scope' });
  });
});
