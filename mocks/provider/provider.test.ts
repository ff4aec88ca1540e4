import { createHash } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import type { BehaviourProfile } from '../../src/domain/mock/behaviour-profile';
import { DEFAULT_PROVIDER_SETTINGS, type ProviderSettings } from './settings';
import { createProvider } from './provider';
import { memoryStore, type ProviderStore } from './store';
import {
  CLIENT_ID,
  ISSUER,
  OTHER_VERIFIER,
  REDIRECT_URI,
  SEED_SUB,
  START_MILLIS,
  START_SECONDS,
  VERIFIER,
  authorizeParams,
  keyedStore,
} from './test-kit';

/** RFC 7636 §4.2, computed with Node's own hashing. */
function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** OIDC Core §3.1.3.6: left half of SHA-256 of the access token, base64url. */
function expectedAtHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest().subarray(0, 16).toString('base64url');
}

function setup(store: ProviderStore = keyedStore()) {
  let clock = START_MILLIS;
  const provider = createProvider({ issuer: ISSUER, store, now: () => clock });
  return {
    provider,
    advanceSeconds: (seconds: number) => {
      clock += seconds * 1000;
    },
  };
}

type Provider = ReturnType<typeof setup>['provider'];


/** Signs the user in and answers the code from the redirect. */
function issueCode(provider: Provider, overrides: Record<string, string | null> = {}): string {
  const result = provider.approve(authorizeParams(overrides));
  if (result.outcome !== 'approved') throw new Error(`expected approval, got ${JSON.stringify(result)}`);
  const code = new URL(result.location).searchParams.get('code');
  if (!code) throw new Error(`no code in ${result.location}`);
  return code;
}

function exchange(provider: Provider, code: string, overrides: Record<string, string | null> = {}) {
  const values: Record<string, string | null> = {
    grant_type: 'authorization_code',
    client_id: CLIENT_ID,
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: VERIFIER,
    ...overrides,
  };
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== null) form.set(name, value);
  return provider.token(form);
}

interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
  id_token?: string;
}

async function signInAndExchange(provider: Provider, overrides: Record<string, string | null> = {}) {
  const response = await exchange(provider, issueCode(provider, overrides));
  if (response.status !== 200) throw new Error(`token request failed: ${JSON.stringify(response.body)}`);
  return response.body as TokenBody;
}

async function verifiedIdToken(provider: Provider, idToken: string | undefined): Promise<JWTPayload> {
  if (!idToken) throw new Error('no id_token in the token response');
  const keys = createLocalJWKSet((await provider.jwks()).body as JSONWebKeySet);
  const { payload } = await jwtVerify(idToken, keys, {
    issuer: ISSUER,
    audience: CLIENT_ID,
    algorithms: ['RS256'],
    currentDate: new Date(START_MILLIS),
  });
  return payload;
}

function configure(provider: Provider, settings: Partial<ProviderSettings>) {
  provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, ...settings });
}

describe('PKCE at the token endpoint (RFC 7636 §4.6)', () => {
  it('issues tokens for the verifier whose S256 challenge was sent', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const response = await exchange(provider, code);

    expect(response.status).toBe(200);
  });

  it('refuses a wrong verifier with invalid_grant', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const response = await exchange(provider, code, { code_verifier: OTHER_VERIFIER });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('code_challenge') });
  });

  it('refuses a missing verifier with invalid_grant', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const response = await exchange(provider, code, { code_verifier: null });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: 'code_verifier is missing.' });
  });

  it('refuses a verifier shorter than 43 characters', async () => {
    const { provider } = setup();
    const shortVerifier = 'too-short';
    const code = issueCode(provider, { code_challenge: s256(shortVerifier) });

    const response = await exchange(provider, code, { code_verifier: shortVerifier });

    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('the authorization code', () => {
  it('can be exchanged once only', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const first = await exchange(provider, code);
    const second = await exchange(provider, code);

    expect(first.status).toBe(200);
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is spent by a failed attempt, so a right verifier after a wrong one fails too', async () => {
    const { provider } = setup();
    const code = issueCode(provider);
    await exchange(provider, code, { code_verifier: OTHER_VERIFIER });

    const retry = await exchange(provider, code);

    expect(retry.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is refused to a client other than the one it was issued to', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const response = await exchange(provider, code, { client_id: 'someone-else' });

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_client' });
  });

  it('is refused with a redirect_uri other than the one used to authorize', async () => {
    const { provider } = setup();
    const code = issueCode(provider);

    const response = await exchange(provider, code, { redirect_uri: 'https://op.test/elsewhere' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('redirect_uri') });
  });

  it('still works 59 seconds after it was issued', async () => {
    const { provider, advanceSeconds } = setup();
    const code = issueCode(provider);
    advanceSeconds(59);

    const response = await exchange(provider, code);

    expect(response.status).toBe(200);
  });

  it('expires after 60 seconds', async () => {
    const { provider, advanceSeconds } = setup();
    const code = issueCode(provider);
    advanceSeconds(61);

    const response = await exchange(provider, code);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('expired') });
  });

  it('is refused when unknown', async () => {
    const { provider } = setup();

    const response = await exchange(provider, 'abcdefghijklmn');

    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('is 14 lower-case letters and digits', () => {
    const { provider } = setup();

    const code = issueCode(provider);

    expect(code).toMatch(/^[a-z0-9]{14}$/);
  });
});

describe('the token response', () => {
  it('has the reference shapes: 16-character access token, 20-character refresh token, Bearer, 3600 s', async () => {
    const { provider } = setup();

    const body = await signInAndExchange(provider);

    expect(body.access_token).toMatch(/^[a-z0-9]{16}$/);
    expect(body.refresh_token).toMatch(/^[a-z0-9]{20}$/);
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    expect(body.id_token?.split('.')).toHaveLength(3);
  });

  it('states the granted scopes: requested ∩ allowedScopes, unknown ones left out', async () => {
    const { provider } = setup();

    const body = await signInAndExchange(provider, { scope: 'openid email address bob' });

    expect(body.scope).toBe('openid email');
  });

  it('grants address once the token policy allows it', async () => {
    const { provider } = setup();
    configure(provider, { allowedScopes: ['openid', 'email', 'address'] });

    const body = await signInAndExchange(provider, { scope: 'openid email address' });

    expect(body.scope).toBe('openid email address');
  });

  it('is marked not to be cached', async () => {
    const { provider } = setup();

    const response = await exchange(provider, issueCode(provider));

    expect(response.headers['Cache-Control']).toBe('no-store');
  });

  it('refuses a grant type it does not support', async () => {
    const { provider } = setup();

    const response = await exchange(provider, issueCode(provider), { grant_type: 'password' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('the id_token', () => {
  it('is signed RS256 with the key the JWKS publishes under the same kid', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider);
    const jwks = (await provider.jwks()).body as JSONWebKeySet;

    const header = decodeProtectedHeader(body.id_token!);
    await verifiedIdToken(provider, body.id_token);

    expect(header.alg).toBe('RS256');
    expect(jwks.keys).toHaveLength(1);
    expect(header.kid).toBe(jwks.keys[0]?.kid);
  });

  it('publishes only the public part of the key', async () => {
    const { provider } = setup();

    const [key] = ((await provider.jwks()).body as JSONWebKeySet).keys;

    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    for (const privateMember of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(privateMember);
  });

  it('keeps signing with the same key when the provider restarts over the same store', async () => {
    const store = memoryStore();
    const before = ((await setup(store).provider.jwks()).body as JSONWebKeySet).keys[0]?.kid;

    const after = ((await setup(store).provider.jwks()).body as JSONWebKeySet).keys[0]?.kid;

    expect(after).toBe(before);
  });

  it('carries iss, aud, sub, nonce, auth_time and an at_hash of the access token', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider);

    const payload = await verifiedIdToken(provider, body.id_token);

    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: CLIENT_ID,
      sub: SEED_SUB,
      nonce: 'nonce-1',
      auth_time: START_SECONDS,
      at_hash: expectedAtHash(body.access_token),
      iat: START_SECONDS,
      exp: START_SECONDS + 3600,
    });
  });

  it('gives the sign-in time as auth_time, not the time of the exchange', async () => {
    const { provider, advanceSeconds } = setup();
    const code = issueCode(provider);
    advanceSeconds(30);

    const body = (await exchange(provider, code)).body as TokenBody;
    const payload = await verifiedIdToken(provider, body.id_token);

    expect(payload.auth_time).toBe(START_SECONDS);
    expect(payload.iat).toBe(START_SECONDS + 30);
  });

  it('has no nonce when the authorize request sent none', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider, { nonce: null });

    const payload = await verifiedIdToken(provider, body.id_token);

    expect(payload).not.toHaveProperty('nonce');
  });

  it('fails verification when its payload is altered', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider);
    const [header, payload = '', signature] = body.id_token!.split('.');
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString(
      'base64url',
    );

    await expect(verifiedIdToken(provider, [header, altered, signature].join('.'))).rejects.toThrow(/signature verification failed/);
  });
});

describe('claims per behaviour profile', () => {
  async function signInAs(behaviour: BehaviourProfile, overrides: Record<string, string | null> = {}) {
    const { provider } = setup();
    configure(provider, { behaviour });
    const body = await signInAndExchange(provider, overrides);
    const idToken = await verifiedIdToken(provider, body.id_token);
    const userinfo = provider.userinfo(`Bearer ${body.access_token}`);
    return { idToken, userinfo: userinfo.body as Record<string, unknown>, status: userinfo.status };
  }

  it('Hosted Login: email only at userinfo, with global_sub', async () => {
    const { idToken, userinfo, status } = await signInAs('hosted-login', { scope: 'openid email' });

    expect(idToken).not.toHaveProperty('email');
    expect(status).toBe(200);
    expect(userinfo).toEqual({
      sub: SEED_SUB,
      global_sub: `capture-v1://op.test/playground/user/${SEED_SUB}`,
      email: 'karim.nafir@mail.com',
      email_verified: true,
    });
  });

  it('Next Identity: email in the id_token too, and no global_sub', async () => {
    const { idToken, userinfo } = await signInAs('next-identity', { scope: 'openid email' });

    expect(idToken).toMatchObject({ email: 'karim.nafir@mail.com', email_verified: true });
    expect(userinfo).toEqual({ sub: SEED_SUB, email: 'karim.nafir@mail.com', email_verified: true });
  });

  it('OIDC Core: scope claims at userinfo only, and no global_sub', async () => {
    const { idToken, userinfo } = await signInAs('oidc-core', { scope: 'openid email' });

    expect(idToken).not.toHaveProperty('email');
    expect(userinfo).toEqual({ sub: SEED_SUB, email: 'karim.nafir@mail.com', email_verified: true });
  });

  it('delivers gender to the id_token and userinfo when the claims parameter asks, with only openid', async () => {
    const claims = JSON.stringify({ userinfo: { gender: null }, id_token: { gender: null } });

    const { idToken, userinfo } = await signInAs('hosted-login', { scope: 'openid', claims });

    expect(idToken.gender).toBe('male');
    expect(userinfo.gender).toBe('male');
  });

  it('releases claims of the user configured in the settings', async () => {
    const { provider } = setup();
    configure(provider, { user: { uuid: 'user-2', email: 'toni@example.com' } });
    const body = await signInAndExchange(provider, { scope: 'openid email' });

    const userinfo = provider.userinfo(`Bearer ${body.access_token}`).body;

    expect(userinfo).toMatchObject({ sub: 'user-2', email: 'toni@example.com', email_verified: false });
  });
});

describe('userinfo', () => {
  it('answers an unknown token with 401 and a WWW-Authenticate challenge', () => {
    const { provider } = setup();

    const response = provider.userinfo('Bearer not-a-real-token');

    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toMatch(/^Bearer error="invalid_token"/);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
  });

  it('answers a request with no token with 401', () => {
    const { provider } = setup();

    const response = provider.userinfo(null);

    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toContain('Bearer');
  });

  it('answers an access token older than an hour with 401', async () => {
    const { provider, advanceSeconds } = setup();
    const body = await signInAndExchange(provider);
    advanceSeconds(3601);

    const response = provider.userinfo(`Bearer ${body.access_token}`);

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_token', error_description: expect.stringContaining('expired') });
  });

  it('accepts the token in a form body (RFC 6750 §2.2)', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider);

    const response = provider.userinfo(null, new URLSearchParams({ access_token: body.access_token }));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sub: SEED_SUB });
  });

  it('is marked not to be cached', async () => {
    const { provider } = setup();
    const body = await signInAndExchange(provider);

    const response = provider.userinfo(`Bearer ${body.access_token}`);

    expect(response.headers['Cache-Control']).toBe('no-store');
  });
});

describe('the authorize endpoint', () => {
  it('sends the browser back to the registered redirect URI with the code and the state', () => {
    const { provider } = setup();

    const result = provider.approve(authorizeParams());

    expect(result.outcome).toBe('approved');
    if (result.outcome !== 'approved') return;
    const location = new URL(result.location);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('state-1');
    expect(location.searchParams.get('code')).toMatch(/^[a-z0-9]{14}$/);
  });

  it('shows an error page, never a redirect, for an unknown client', () => {
    const { provider } = setup();

    const result = provider.checkAuthorize(authorizeParams({ client_id: 'stranger' }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_client' });
  });

  it('shows an error page for a missing client_id', () => {
    const { provider } = setup();

    const result = provider.checkAuthorize(authorizeParams({ client_id: null }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
  });

  it('shows an error page, never a redirect, for an unregistered redirect_uri', () => {
    const { provider } = setup();

    const result = provider.approve(authorizeParams({ redirect_uri: 'https://attacker.test/callback' }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
    expect(result).not.toHaveProperty('location');
  });

  it.each([
    ['a missing code_challenge', { code_challenge: null }, 'invalid_request'],
    ['the plain PKCE method', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['a missing code_challenge_method', { code_challenge_method: null }, 'invalid_request'],
    ['an empty scope', { scope: '' }, 'invalid_scope'],
    ['response_type token', { response_type: 'token' }, 'unsupported_response_type'],
    ['a claims parameter that is not JSON', { claims: '{"userinfo":' }, 'invalid_request'],
    ['a negative max_age', { max_age: '-1' }, 'invalid_request'],
  ])('redirects %s back with the error and the state', (_what, overrides: Record<string, string | null>, error) => {
    const { provider } = setup();

    const result = provider.approve(authorizeParams(overrides));

    expect(result).toMatchObject({ outcome: 'redirect-error', error });
    if (result.outcome !== 'redirect-error') return;
    const location = new URL(result.location);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('error_description')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('state-1');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('redirects a denial back as access_denied with the state', () => {
    const { provider } = setup();

    const result = provider.deny(authorizeParams());

    expect(result.outcome).toBe('denied');
    if (result.outcome !== 'denied') return;
    const location = new URL(result.location);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('state-1');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('asks for the login page for a good request, with the parsed claims', () => {
    const { provider } = setup();

    const result = provider.checkAuthorize(authorizeParams({ claims: '{"id_token":{"gender":null}}', max_age: '300' }));

    expect(result.outcome).toBe('login');
    if (result.outcome !== 'login') return;
    expect(result.request).toMatchObject({
      scopes: ['openid', 'profile', 'email'],
      claims: { id_token: { gender: null } },
      maxAge: 300,
      nonce: 'nonce-1',
    });
  });
});

describe('discovery', () => {
  it('publishes the endpoints under the issuer and what the provider supports', () => {
    const { provider } = setup();

    const response = provider.discovery();

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      userinfo_endpoint: `${ISSUER}/userinfo`,
      jwks_uri: `${ISSUER}/jwks`,
      code_challenge_methods_supported: ['S256'],
      claims_parameter_supported: true,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect((response.body as { scopes_supported: string[] }).scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'profile', 'email', 'address', 'phone']),
    );
  });

  it('says what it does not support, where an omitted member would mean support (OIDC Discovery 1.0 §3)', () => {
    const { provider } = setup();

    const response = provider.discovery();

    // request_uri_parameter_supported defaults to true when omitted: the mock fetches no request_uri by URL.
    // Request objects by value are supported (RFC 9101, mocks/provider/request-object.ts).
    expect(response.body).toMatchObject({ request_uri_parameter_supported: false, request_parameter_supported: true });
  });

  it('publishes code with S256 for the public client, and client credentials with a secret for the confidential one', () => {
    const { provider } = setup();

    const response = provider.discovery();

    expect(response.body).toMatchObject({
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
      code_challenge_methods_supported: ['S256'],
      end_session_endpoint: `${ISSUER}/end-session`,
      introspection_endpoint: `${ISSUER}/introspect`,
      revocation_endpoint: `${ISSUER}/revoke`,
    });
  });

  it('lists the Next Identity custom scope and its claim only under that profile', () => {
    const { provider } = setup();
    configure(provider, { behaviour: 'next-identity', allowedScopes: ['openid'] });

    const body = provider.discovery().body as { scopes_supported: string[]; claims_supported: string[] };

    expect(body.scopes_supported).toContain('ad:user_custom:read');
    expect(body.claims_supported).toContain('company_name');
    expect(body.claims_supported).not.toContain('global_sub');
  });
});

describe('the signing key, made when the provider starts', () => {
  it('is generated and kept by prepareKey, before any request, and the JWKS publishes that key', async () => {
    const store = memoryStore();
    const provider = createProvider({ issuer: ISSUER, store });
    expect(store.get('signing-key')).toBeUndefined();
    provider.prepareKey();
    await expect.poll(() => store.get<{ kid: string }>('signing-key')?.kid, { timeout: 10_000 }).toBeTypeOf('string');
    const kid = store.get<{ kid: string }>('signing-key')!.kid;
    const published = (await provider.jwks()).body as JSONWebKeySet;
    expect(published.keys.map((key) => key.kid)).toEqual([kid]);
  });
});
