import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS, type ProviderSettings } from './provider/settings';
import { createHandlers } from './handlers';
import { createProvider, type MockProvider } from './provider/provider';
import { ALL_SCOPES, CLIENT_ID, ISSUER, REDIRECT_URI, SEED_SUB, START_MILLIS, keyedStore } from './provider/test-kit';

/**
 * The modules of the OpenID Foundation's Basic OP test plan (oidcc-basic-certification-test-plan)
 * that apply to a public client with PKCE, run with openid-client against the mock under
 * msw/node. Each test is named after its module and checks what the module checks.
 * Under Node, GET {issuer}/authorize signs the default user in at once, or continues the
 * session, so "logged in" modules authorize twice against one provider. The provider's clock is
 * injected; openid-client is told the skew, so it judges tokens by the same clock.
 */
const server = setupServer();
let clock = START_MILLIS;
let provider: MockProvider;

function configure(settings: Partial<ProviderSettings> = {}) {
  provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, allowedScopes: ALL_SCOPES, ...settings });
}
const advanceSeconds = (seconds: number) => {
  clock += seconds * 1000;
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  clock = START_MILLIS;
  provider = createProvider({ issuer: ISSUER, store: keyedStore(), now: () => clock });
  server.resetHandlers(...createHandlers({ issuer: ISSUER, provider }));
  configure();
});
afterAll(() => server.close());

/** Discovery, with the client's clock set to the provider's. */
function discover(): Promise<client.Configuration> {
  const skew = Math.round((clock - Date.now()) / 1000);
  return client.discovery(new URL(ISSUER), CLIENT_ID, { [client.clockSkew]: skew }, client.None());
}

/** The browser's part: send the authorize request, follow nothing, read where it redirects. */
async function authorize(config: client.Configuration, parameters: Record<string, string>) {
  const checks = {
    pkceCodeVerifier: client.randomPKCECodeVerifier(),
    expectedNonce: client.randomNonce() as string | undefined,
    expectedState: client.randomState(),
  };
  const values: Record<string, string> = {
    redirect_uri: REDIRECT_URI,
    code_challenge: await client.calculatePKCECodeChallenge(checks.pkceCodeVerifier),
    code_challenge_method: 'S256',
    nonce: checks.expectedNonce!,
    state: checks.expectedState,
    ...parameters,
  };
  if (parameters.nonce === '') {
    delete values.nonce;
    checks.expectedNonce = undefined;
  }
  const response = await fetch(client.buildAuthorizationUrl(config, values), { redirect: 'manual' });
  const location = response.headers.get('Location');
  return { response, callback: location ? new URL(location) : undefined, checks };
}

/** A whole sign-in: authorize, then the code grant with every check openid-client makes. */
async function signIn(parameters: Record<string, string>, extraChecks: { maxAge?: number } = {}) {
  const config = await discover();
  const { callback, checks } = await authorize(config, parameters);
  if (!callback) throw new Error('the authorize endpoint did not redirect');
  const tokens = await client.authorizationCodeGrant(config, callback, { ...checks, ...extraChecks });
  const claims = tokens.claims();
  if (!claims) throw new Error('no id_token');
  return { config, tokens, claims, callback, checks };
}

/** OIDC Core §3.1.3.7: the id_token's signature checks out with a key from the published JWKS. */
function verifySignature(idToken: string) {
  return jwtVerify(idToken, createRemoteJWKSet(new URL(`${ISSUER}/jwks`)), {
    issuer: ISSUER,
    audience: CLIENT_ID,
    algorithms: ['RS256'],
    currentDate: new Date(clock),
  });
}

const userinfoOf = (config: client.Configuration, accessToken: string) => client.fetchUserInfo(config, accessToken, SEED_SUB);

describe('OpenID Foundation Basic OP test plan, public client with PKCE', () => {
  it('oidcc-server: discovery, authorize, code grant; a Bearer token, no-store, and an id_token for this client and nonce', async () => {
    const config = await discover();
    const cacheControl: (string | null)[] = [];
    config[client.customFetch] = async (url, options) => {
      const response = await fetch(url, options as RequestInit);
      cacheControl.push(response.headers.get('Cache-Control'));
      return response;
    };
    const { callback, checks } = await authorize(config, { scope: 'openid' });

    const tokens = await client.authorizationCodeGrant(config, callback!, checks);

    expect(callback!.searchParams.get('state')).toBe(checks.expectedState);
    expect(tokens.token_type).toBe('bearer');
    expect(cacheControl).toEqual(['no-store']);
    expect(tokens.claims()).toMatchObject({ iss: ISSUER, aud: CLIENT_ID, sub: SEED_SUB, nonce: checks.expectedNonce, iat: clock / 1000, exp: clock / 1000 + 3600 });
  });

  it('oidcc-response-type-missing: a request without response_type gets invalid_request on the redirect (RFC 6749 §4.1.2.1: a missing parameter)', async () => {
    const config = await discover();
    const url = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid', state: 'st', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' });
    url.searchParams.delete('response_type');

    const response = await fetch(url, { redirect: 'manual' });

    const callback = new URL(response.headers.get('Location')!);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('state')).toBe('st');
  });

  it('oidcc-idtoken-signature: the id_token is RS256, its kid is in the JWKS, and the signature verifies', async () => {
    const { tokens } = await signIn({ scope: 'openid' });

    const { protectedHeader } = await verifySignature(tokens.id_token!);

    expect(protectedHeader.alg).toBe('RS256');
    expect(decodeProtectedHeader(tokens.id_token!).kid).toBeTruthy();
  });

  it('oidcc-userinfo-get: userinfo by GET with the Bearer header', async () => {
    const { config, tokens } = await signIn({ scope: 'openid email' });

    const userinfo = await userinfoOf(config, tokens.access_token);

    expect(userinfo).toMatchObject({ sub: SEED_SUB, email: 'karim.nafir@mail.com' });
  });

  it('oidcc-userinfo-post-header: userinfo by POST with the Bearer header', async () => {
    const { config, tokens } = await signIn({ scope: 'openid email' });

    const response = await client.fetchProtectedResource(config, tokens.access_token, new URL(`${ISSUER}/userinfo`), 'POST');

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sub: SEED_SUB, email: 'karim.nafir@mail.com' });
  });

  it('oidcc-userinfo-post-body: userinfo by POST with the access token in the form body', async () => {
    const { tokens } = await signIn({ scope: 'openid email' });

    const response = await fetch(`${ISSUER}/userinfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: tokens.access_token }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sub: SEED_SUB, email: 'karim.nafir@mail.com' });
  });

  it('oidcc-ensure-request-without-nonce-succeeds-for-code-flow: no nonce sent, none in the id_token', async () => {
    const { claims } = await signIn({ scope: 'openid', nonce: '' });

    expect(claims).not.toHaveProperty('nonce');
  });

  it.each([
    ['oidcc-scope-profile', 'profile', ['name', 'given_name', 'family_name', 'middle_name', 'preferred_username', 'gender', 'birthdate', 'updated_at']],
    ['oidcc-scope-email', 'email', ['email', 'email_verified']],
    ['oidcc-scope-address', 'address', ['address']],
    ['oidcc-scope-phone', 'phone', ['phone_number', 'phone_number_verified']],
    ['oidcc-scope-all', 'profile email address phone', ['name', 'given_name', 'family_name', 'email', 'email_verified', 'address', 'phone_number', 'phone_number_verified']],
  ])('%s: the token response grants the scope and userinfo serves its claims', async (_module, scope, claimNames) => {
    const { config, tokens } = await signIn({ scope: `openid ${scope}` });

    const userinfo = await userinfoOf(config, tokens.access_token);

    expect(tokens.scope).toBe(`openid ${scope}`);
    for (const name of claimNames) expect(userinfo).toHaveProperty(name);
  });

  it('oidcc-ensure-other-scope-order-succeeds: "email openid" works like "openid email"', async () => {
    const { config, tokens } = await signIn({ scope: 'email openid' });

    expect((await userinfoOf(config, tokens.access_token)).email).toBe('karim.nafir@mail.com');
  });

  it.each([['oidcc-display-page', 'page'], ['oidcc-display-popup', 'popup']])('%s: display=%s is accepted', async (_module, display) => {
    const { claims } = await signIn({ scope: 'openid', display });

    expect(claims.sub).toBe(SEED_SUB);
  });

  it('oidcc-prompt-login: the second authorization with prompt=login signs in again; auth_time is later, sub the same', async () => {
    const first = await signIn({ scope: 'openid' });
    advanceSeconds(120);

    const second = await signIn({ scope: 'openid', prompt: 'login' });

    expect(second.claims.sub).toBe(first.claims.sub);
    expect(second.claims.auth_time).toBe(first.claims.auth_time! + 120);
  });

  it('oidcc-prompt-none-not-logged-in: prompt=none without a session answers login_required with the state', async () => {
    const config = await discover();

    const { callback, checks } = await authorize(config, { scope: 'openid', prompt: 'none' });

    expect(callback!.searchParams.get('state')).toBe(checks.expectedState);
    await expect(client.authorizationCodeGrant(config, callback!, checks)).rejects.toMatchObject({ error: 'login_required' });
  });

  it('oidcc-prompt-none-logged-in: prompt=none with a session answers a code at once; sub and auth_time unchanged', async () => {
    const first = await signIn({ scope: 'openid' });
    advanceSeconds(60);

    const second = await signIn({ scope: 'openid', prompt: 'none' });

    expect(second.claims.sub).toBe(first.claims.sub);
    expect(second.claims.auth_time).toBe(first.claims.auth_time);
  });

  it('oidcc-max-age-1: two seconds after a sign-in, max_age=1 makes the user sign in again; a later auth_time', async () => {
    const first = await signIn({ scope: 'openid' });
    advanceSeconds(2);

    const second = await signIn({ scope: 'openid', max_age: '1' }, { maxAge: 1 });

    expect(second.claims.auth_time).toBe(first.claims.auth_time! + 2);
  });

  it('oidcc-max-age-10000: within max_age=10000 the session continues; auth_time present and unchanged', async () => {
    const first = await signIn({ scope: 'openid' });
    advanceSeconds(5);

    const second = await signIn({ scope: 'openid', max_age: '10000' }, { maxAge: 10000 });

    expect(second.claims.auth_time).toBe(first.claims.auth_time);
  });

  it('oidcc-ensure-request-with-unknown-parameter-succeeds (oidcc-unknown-parameter): extra=foobar is ignored', async () => {
    const { claims } = await signIn({ scope: 'openid', extra: 'foobar' });

    expect(claims.sub).toBe(SEED_SUB);
  });

  it('oidcc-id-token-hint: prompt=none with the first id_token as id_token_hint while signed in answers a code; sub and auth_time consistent', async () => {
    const first = await signIn({ scope: 'openid' });
    advanceSeconds(30);

    const second = await signIn({ scope: 'openid', prompt: 'none', id_token_hint: first.tokens.id_token! });

    expect(second.claims.sub).toBe(first.claims.sub);
    expect(second.claims.auth_time).toBe(first.claims.auth_time);
  });

  it('oidcc-login-hint: a login_hint causes no error, and reaches the login page', async () => {
    const hint = 'buffy@op.test';
    const config = await discover();
    const request = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', login_hint: hint });

    const check = provider.checkAuthorize(request.searchParams);
    const { claims } = await signIn({ scope: 'openid', login_hint: hint });

    expect(check).toMatchObject({ outcome: 'login', request: { loginHint: hint } });
    expect(claims.sub).toBe(SEED_SUB);
  });

  it('oidcc-ui-locales: ui_locales is accepted (the mock login page is in English only)', async () => {
    const { claims } = await signIn({ scope: 'openid', ui_locales: 'se' });

    expect(claims.sub).toBe(SEED_SUB);
  });

  it('oidcc-claims-locales: claims_locales is accepted (claims have one language)', async () => {
    const { config, tokens } = await signIn({ scope: 'openid profile', claims_locales: 'se' });

    expect((await userinfoOf(config, tokens.access_token)).name).toBe('Karim J. Nafir');
  });

  it('oidcc-ensure-request-with-acr-values-succeeds: acr_values is accepted', async () => {
    const { claims } = await signIn({ scope: 'openid', acr_values: '1 2' });

    expect(claims.sub).toBe(SEED_SUB);
  });

  it('oidcc-codereuse: a code presented a second time at once is refused with invalid_grant', async () => {
    const { config, callback, checks } = await signIn({ scope: 'openid' });

    const reuse = client.authorizationCodeGrant(config, callback, checks);

    await expect(reuse).rejects.toBeInstanceOf(client.ResponseBodyError);
    await expect(reuse).rejects.toMatchObject({ error: 'invalid_grant', status: 400 });
  });

  it('oidcc-codereuse-30seconds: a code presented again 30 s later is refused, and the access token it issued is revoked', async () => {
    const { config, callback, checks, tokens } = await signIn({ scope: 'openid email' });
    advanceSeconds(30);

    await expect(client.authorizationCodeGrant(config, callback, checks)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(userinfoOf(config, tokens.access_token)).rejects.toMatchObject({ status: 401 });
  });

  it('oidcc-ensure-registered-redirect-uri: an unregistered redirect_uri gets an error page, never a redirect', async () => {
    const { response } = await authorize(await discover(), { scope: 'openid', redirect_uri: 'https://op.test/callback/not-registered' });

    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('oidcc-claims-essential: name asked for as essential in userinfo is served there, and not in the id_token', async () => {
    const { config, tokens, claims } = await signIn({ scope: 'openid', claims: JSON.stringify({ userinfo: { name: { essential: true } } }) });

    const userinfo = await userinfoOf(config, tokens.access_token);

    expect(userinfo.name).toBe('Karim J. Nafir');
    expect(claims).not.toHaveProperty('name');
  });

  it('oidcc-refresh-token: the refresh rotates the tokens, the new id_token keeps iss, sub, aud and auth_time, the new access token works', async () => {
    const first = await signIn({ scope: 'openid email offline_access' });
    advanceSeconds(600);

    const refreshed = await client.refreshTokenGrant(first.config, first.tokens.refresh_token!);

    expect(refreshed.refresh_token).toMatch(/^[a-z0-9]{20}$/);
    expect(refreshed.refresh_token).not.toBe(first.tokens.refresh_token);
    const { iss, sub, aud, auth_time } = first.claims;
    expect(refreshed.claims()).toMatchObject({ iss, sub, aud, auth_time });
    expect((await userinfoOf(first.config, refreshed.access_token)).email).toBe('karim.nafir@mail.com');
  });

  it('oidcc-refresh-token (rotation): the used refresh token is refused afterwards with invalid_grant', async () => {
    const first = await signIn({ scope: 'openid offline_access' });
    await client.refreshTokenGrant(first.config, first.tokens.refresh_token!);

    await expect(client.refreshTokenGrant(first.config, first.tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('oidcc-ensure-request-with-valid-pkce-succeeds: the S256 verifier for the challenge sent is accepted', async () => {
    const config = await discover();
    const { callback, checks } = await authorize(config, { scope: 'openid' });

    const tokens = await client.authorizationCodeGrant(config, callback!, checks);

    expect(tokens.access_token).toMatch(/^[a-z0-9]{16}$/);
  });
});
