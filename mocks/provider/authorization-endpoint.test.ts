import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_POLICY } from '../../src/domain/mock/login-policy';
import {
  ALL_SCOPES,
  REDIRECT_URI,
  START_SECONDS,
  authorizeParams,
  exchange,
  redirectQuery,
  redirectTarget,
  signIn,
  signInCode,
  silentCode,
  testProvider,
  tokenBody,
  verifiedIdToken,
  type TestProvider,
} from './test-kit';

const DAY = 24 * 3600;

async function idTokenFor(test: TestProvider, code: string) {
  return verifiedIdToken(test, tokenBody(await exchange(test, code)).id_token);
}

async function grantedScope(test: TestProvider, scope: string): Promise<string> {
  return (await signIn(test, { scope })).scope;
}

describe('where the authorize endpoint sends its errors (RFC 6749 §4.1.2.1)', () => {
  it.each([
    ['a missing client_id', { client_id: null }, 'invalid_request'],
    ['an unknown client_id', { client_id: 'stranger' }, 'invalid_client'],
    ['a missing redirect_uri', { redirect_uri: null }, 'invalid_request'],
    ['an unregistered redirect_uri', { redirect_uri: 'https://attacker.test/callback' }, 'invalid_request'],
    ['a redirect_uri that differs by a trailing slash', { redirect_uri: `${REDIRECT_URI}/` }, 'invalid_request'],
    ['a redirect_uri with an added query', { redirect_uri: `${REDIRECT_URI}?next=/admin` }, 'invalid_request'],
  ])('shows an error page, never a redirect, for %s', (_what, overrides: Record<string, string | null>, error) => {
    const { provider } = testProvider();

    const results = [provider.checkAuthorize(authorizeParams(overrides)), provider.approve(authorizeParams(overrides)), provider.continueSession(authorizeParams(overrides))];

    for (const result of results) {
      expect(result).toMatchObject({ outcome: 'error-page', error, description: expect.any(String) });
      expect(result).not.toHaveProperty('location');
    }
  });

  it('names the registered redirect URIs on the error page', () => {
    const { provider } = testProvider();

    const result = provider.checkAuthorize(authorizeParams({ redirect_uri: 'https://attacker.test/callback' }));

    expect(result).toMatchObject({ description: expect.stringContaining(REDIRECT_URI) });
  });

  it.each([
    ['a missing response_type', { response_type: null }, 'invalid_request'],
    ['response_type=token (implicit)', { response_type: 'token' }, 'unsupported_response_type'],
    ['response_type=code id_token (hybrid)', { response_type: 'code id_token' }, 'unsupported_response_type'],
    ['a missing code_challenge', { code_challenge: null }, 'invalid_request'],
    ['code_challenge_method=plain', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['a missing code_challenge_method', { code_challenge_method: null }, 'invalid_request'],
    ['an empty scope', { scope: '' }, 'invalid_scope'],
    ['a claims parameter that is not JSON', { claims: '{"userinfo":' }, 'invalid_request'],
    ['a claims parameter that is a JSON array', { claims: '[]' }, 'invalid_request'],
    ['a claims member that is not an object', { claims: '{"userinfo":"email"}' }, 'invalid_request'],
    ['prompt=none combined with login', { prompt: 'none login' }, 'invalid_request'],
    ['a max_age that is not a number', { max_age: 'soon' }, 'invalid_request'],
    ['a negative max_age', { max_age: '-1' }, 'invalid_request'],
  ])('redirects %s back to the client with the error, a description and the state', (_what, overrides: Record<string, string | null>, error) => {
    const { provider } = testProvider();

    const result = provider.checkAuthorize(authorizeParams(overrides));

    expect(result).toMatchObject({ outcome: 'redirect-error', error });
    const query = redirectQuery(result);
    expect(redirectTarget(result)).toBe(REDIRECT_URI);
    expect(query.get('error')).toBe(error);
    expect(query.get('error_description')).toBeTruthy();
    expect(query.get('state')).toBe('state-1');
    expect(query.has('code')).toBe(false);
  });

  it('leaves state out of an error redirect when the request had none', () => {
    const { provider } = testProvider();

    const result = provider.checkAuthorize(authorizeParams({ state: null, code_challenge: null }));

    expect(redirectQuery(result).has('state')).toBe(false);
  });

  it('ignores parameters it does not know, and ui_locales, claims_locales, display and acr_values', () => {
    const { provider } = testProvider();

    const result = provider.checkAuthorize(
      authorizeParams({ extra: 'foobar', ui_locales: 'fr-CA fr en', claims_locales: 'de', display: 'popup', acr_values: 'urn:mace:incommon:iap:silver' }),
    );

    expect(result.outcome).toBe('login');
  });

  it('passes login_hint to the login page', () => {
    const { provider } = testProvider();

    const result = provider.checkAuthorize(authorizeParams({ login_hint: 'karim.nafir@mail.com' }));

    expect(result).toMatchObject({ outcome: 'login', request: { loginHint: 'karim.nafir@mail.com' } });
  });

  it('redirects a denial back as access_denied with the state, and starts no session', () => {
    const test = testProvider();

    const result = test.provider.deny(authorizeParams());

    expect(result.outcome).toBe('denied');
    expect(redirectQuery(result).get('error')).toBe('access_denied');
    expect(redirectQuery(result).get('state')).toBe('state-1');
    expect(test.provider.hasSession()).toBe(false);
  });

  it('shows the error page, not access_denied, when the user denies a request from an unknown client', () => {
    const { provider } = testProvider();

    const result = provider.deny(authorizeParams({ client_id: 'stranger' }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_client' });
  });
});

describe('scopes against the token policy', () => {
  it('drops a scope the policy does not allow, by default, without an error', async () => {
    const test = testProvider();

    expect(await grantedScope(test, 'openid email address')).toBe('openid email');
  });

  it('ignores an unknown scope (bob) without an error', async () => {
    const test = testProvider();

    expect(await grantedScope(test, 'openid email bob')).toBe('openid email');
  });

  it('grants address once the policy allows it', async () => {
    const test = testProvider({ allowedScopes: ['openid', 'email', 'address'] });

    expect(await grantedScope(test, 'openid email address')).toBe('openid email address');
  });

  it('in reject mode, redirects invalid_scope naming every refused scope, with the state', () => {
    const { provider } = testProvider({ allowedScopes: ['openid', 'email'], disallowedScopes: 'reject' });

    const result = provider.checkAuthorize(authorizeParams({ scope: 'openid email address phone' }));

    expect(result).toMatchObject({ outcome: 'redirect-error', error: 'invalid_scope' });
    const query = redirectQuery(result);
    expect(query.get('error_description')).toContain('address, phone');
    expect(query.get('state')).toBe('state-1');
  });

  it('in reject mode, still ignores an unknown scope rather than rejecting it', async () => {
    const test = testProvider({ allowedScopes: ['openid', 'email'], disallowedScopes: 'reject' });

    expect(await grantedScope(test, 'openid email bob')).toBe('openid email');
  });

  it('in reject mode, rejects before looking at the session, so even a signed-in user gets invalid_scope', () => {
    const test = testProvider({ allowedScopes: ['openid', 'email'], disallowedScopes: 'reject' });
    signInCode(test, { scope: 'openid' });

    const result = test.provider.continueSession(authorizeParams({ scope: 'openid address' }));

    expect(result).toMatchObject({ outcome: 'redirect-error', error: 'invalid_scope' });
  });

  describe('Next Identity custom scopes (prefix:scope_name:suffix)', () => {
    const nextIdentity = (allowedScopes: string[], extra: Parameters<typeof testProvider>[0] = {}) =>
      testProvider({ behaviour: 'next-identity', loginPolicy: DEFAULT_LOGIN_POLICY, allowedScopes, ...extra });

    it('grants ad:user_custom when the policy allows ad:user_custom:read: the suffix is optional in the request', async () => {
      const test = nextIdentity(['openid', 'ad:user_custom:read']);

      expect(await grantedScope(test, 'openid ad:user_custom')).toBe('openid ad:user_custom');
    });

    it('grants the full name ad:user_custom:read too', async () => {
      const test = nextIdentity(['openid', 'ad:user_custom:read']);

      expect(await grantedScope(test, 'openid ad:user_custom:read')).toBe('openid ad:user_custom:read');
    });

    it('grants ad:user_custom when the policy lists the suffix-less name itself', async () => {
      const test = nextIdentity(['openid', 'ad:user_custom']);

      expect(await grantedScope(test, 'openid ad:user_custom')).toBe('openid ad:user_custom');
    });

    it('drops the custom scope when the policy does not allow it', async () => {
      const test = nextIdentity(['openid', 'email']);

      expect(await grantedScope(test, 'openid ad:user_custom')).toBe('openid');
    });

    it('rejects the custom scope with invalid_scope in reject mode when the policy does not allow it', () => {
      const { provider } = nextIdentity(['openid', 'email'], { disallowedScopes: 'reject' });

      const result = provider.checkAuthorize(authorizeParams({ scope: 'openid ad:user_custom' }));

      expect(result).toMatchObject({ outcome: 'redirect-error', error: 'invalid_scope' });
    });

    it('does not let a different suffix stand for the defined one (ad:user_custom:write is unknown)', async () => {
      const test = nextIdentity(['openid', 'ad:user_custom:read']);

      expect(await grantedScope(test, 'openid ad:user_custom:write')).toBe('openid');
    });

    it('does not let the prefix alone stand for the scope (only the suffix is optional)', async () => {
      const test = nextIdentity(['openid', 'ad:user_custom:read']);

      expect(await grantedScope(test, 'openid ad')).toBe('openid');
    });

    it('does not know ad:user_custom under Hosted Login, which has no custom scopes', async () => {
      const test = testProvider({ behaviour: 'hosted-login', allowedScopes: ['openid', 'ad:user_custom:read'] });

      expect(await grantedScope(test, 'openid ad:user_custom')).toBe('openid');
    });
  });

  it('grants every standard scope when the policy allows them all', async () => {
    const test = testProvider({ allowedScopes: ALL_SCOPES });

    expect(await grantedScope(test, ALL_SCOPES.join(' '))).toBe(ALL_SCOPES.join(' '));
  });
});

describe('the browser SSO session', () => {
  it('asks for the login page when there is no session', () => {
    const { provider } = testProvider();

    expect(provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'login', reason: 'no-session' });
  });

  it('starts a session when the user signs in', () => {
    const test = testProvider();

    signInCode(test);

    expect(test.provider.hasSession()).toBe(true);
  });

  it('skips the login page on a second authorization from the same browser', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(600);

    expect(test.provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'session', session: { authTime: START_SECONDS } });
  });

  it('asks for the login page again when the configured user changed since the sign-in', () => {
    const test = testProvider();
    signInCode(test);
    test.provider.configure({ ...test.provider.settings(), user: { uuid: 'another-user', email: 'other@mail.test' } });

    expect(test.provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'login', reason: 'no-session' });
  });

  it('keeps the session for 14 days less a second', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(14 * DAY - 1);

    expect(test.provider.checkAuthorize(authorizeParams()).outcome).toBe('session');
  });

  it('ends the session after 14 days, so the login page comes back', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(14 * DAY);

    expect(test.provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'login', reason: 'no-session' });
    expect(test.provider.hasSession()).toBe(false);
  });

  it('gives a continued session’s auth_time as the time of the real sign-in', async () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(3 * 3600);

    const payload = await idTokenFor(test, silentCode(test));

    expect(payload.auth_time).toBe(START_SECONDS);
    expect(payload.iat).toBe(START_SECONDS + 3 * 3600);
  });

  it('gives auth_time as the sign-in time, not the time of the code exchange', async () => {
    const test = testProvider();
    const code = signInCode(test);
    test.advanceSeconds(45);

    const payload = await idTokenFor(test, code);

    expect(payload.auth_time).toBe(START_SECONDS);
  });

  it('a new sign-in at the login page restarts the session with a new auth_time', async () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(600);

    const payload = await idTokenFor(test, signInCode(test));

    expect(payload.auth_time).toBe(START_SECONDS + 600);
  });

  it('asks for the login page with prompt=login even with a session', () => {
    const test = testProvider();
    signInCode(test);

    expect(test.provider.checkAuthorize(authorizeParams({ prompt: 'login' }))).toMatchObject({ outcome: 'login', reason: 'prompt-login' });
  });

  it('signs in again for prompt=login where no page can be shown, with a new auth_time', async () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(120);

    const payload = await idTokenFor(test, silentCode(test, { prompt: 'login' }));

    expect(payload.auth_time).toBe(START_SECONDS + 120);
  });

  it('answers prompt=none without a session with login_required on the redirect, with the state', () => {
    const { provider } = testProvider();

    const result = provider.continueSession(authorizeParams({ prompt: 'none' }));

    expect(result).toMatchObject({ outcome: 'redirect-error', error: 'login_required' });
    expect(redirectQuery(result).get('state')).toBe('state-1');
    expect(redirectQuery(result).has('code')).toBe(false);
    expect(provider.hasSession()).toBe(false);
  });

  it('answers prompt=none with a session with a code and the session’s auth_time', async () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(60);

    const payload = await idTokenFor(test, silentCode(test, { prompt: 'none' }));

    expect(payload.auth_time).toBe(START_SECONDS);
  });

  it('asks for the login page once the session is older than max_age', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(301);

    expect(test.provider.checkAuthorize(authorizeParams({ max_age: '300' }))).toMatchObject({ outcome: 'login', reason: 'max-age-exceeded' });
  });

  it('continues a session exactly max_age old: only a greater elapsed time forces a sign-in (OIDC Core §3.1.2.1)', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(300);

    expect(test.provider.checkAuthorize(authorizeParams({ max_age: '300' })).outcome).toBe('session');
  });

  it('treats max_age=0 as prompt=login, even in the second the session started (OIDC Core §3.1.2.1, errata set 2)', () => {
    const test = testProvider();
    signInCode(test);

    expect(test.provider.checkAuthorize(authorizeParams({ max_age: '0' }))).toMatchObject({ outcome: 'login' });
  });

  it('answers prompt=none with max_age=0 with login_required', () => {
    const test = testProvider();
    signInCode(test);

    expect(test.provider.checkAuthorize(authorizeParams({ prompt: 'none', max_age: '0' }))).toMatchObject({ outcome: 'redirect-error', error: 'login_required' });
  });

  it('signs in again when max_age is exceeded, with a new auth_time', async () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(2);

    const payload = await idTokenFor(test, silentCode(test, { max_age: '1' }));

    expect(payload.auth_time).toBe(START_SECONDS + 2);
  });

  it('answers prompt=none with login_required when the session is older than max_age', () => {
    const test = testProvider();
    signInCode(test);
    test.advanceSeconds(301);

    const result = test.provider.continueSession(authorizeParams({ prompt: 'none', max_age: '300' }));

    expect(result).toMatchObject({ outcome: 'redirect-error', error: 'login_required' });
  });

  it('forgets the session when it is cleared', () => {
    const test = testProvider();
    signInCode(test);

    test.provider.clearSession();

    expect(test.provider.checkAuthorize(authorizeParams({ prompt: 'none' }))).toMatchObject({ error: 'login_required' });
  });
});

describe('the code on the redirect', () => {
  it('goes back to the registered redirect URI with the state', () => {
    const { provider } = testProvider();

    const result = provider.approve(authorizeParams());

    expect(redirectTarget(result)).toBe(REDIRECT_URI);
    expect(redirectQuery(result).get('state')).toBe('state-1');
    expect(redirectQuery(result).get('code')).toMatch(/^[a-z0-9]{14}$/);
  });

  it('leaves state out when the request had none', () => {
    const { provider } = testProvider();

    expect(redirectQuery(provider.approve(authorizeParams({ state: null }))).has('state')).toBe(false);
  });

  it('is different every time', () => {
    const test = testProvider();

    expect(signInCode(test)).not.toBe(signInCode(test));
  });
});
