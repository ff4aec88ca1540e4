import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, type MockSettings } from '../src/domain/composed-request';
import { CONSENT_CLAIMS_POLICY } from '../src/domain/login-policy';
import { createHandlers } from './handlers';
import { createProvider, type MockProvider } from './provider/provider';
import { memoryStore } from './provider/store';

/**
 * The OpenID Foundation Basic OP test-plan modules that apply to a public PKCE client, run with
 * openid-client against the mock under msw/node (docs/conformance.md maps each rule to a test).
 * Under Node, GET {issuer}/authorize signs the default user in at once, or continues the session.
 */
const ISSUER = 'https://op.test/mock-op';
const REDIRECT_URI = 'https://op.test/callback';
const ALL_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];

let now = Date.now();
let provider: MockProvider;
const server = setupServer();

function configure(settings: Partial<MockSettings> = {}) {
  provider.configure({ ...DEFAULT_MOCK_SETTINGS, allowedScopes: ALL_SCOPES, ...settings });
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  now = Date.now();
  provider = createProvider({ issuer: ISSUER, store: memoryStore(), now: () => now });
  server.resetHandlers(...createHandlers({ issuer: ISSUER, provider }));
  configure();
});
afterAll(() => server.close());

const discover = () => client.discovery(new URL(ISSUER), 'playground', undefined, client.None());

async function authorize(config: client.Configuration, parameters: Record<string, string>) {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const expectedNonce = client.randomNonce();
  const expectedState = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    nonce: expectedNonce,
    state: expectedState,
    ...parameters,
  });
  const response = await fetch(url, { redirect: 'manual' });
  return { response, location: new URL(response.headers.get('Location') ?? REDIRECT_URI), checks: { pkceCodeVerifier, expectedNonce, expectedState } };
}

async function signIn(parameters: Record<string, string>) {
  const config = await discover();
  const { location, checks } = await authorize(config, parameters);
  const tokens = await client.authorizationCodeGrant(config, location, checks);
  return { config, tokens, idToken: tokens.claims()!, checks, location };
}

describe('OpenID Foundation Basic OP modules (public client, PKCE)', () => {
  it('oidcc-server: discovery, authorize, token and a verified-shape id_token', async () => {
    const { idToken, tokens } = await signIn({ scope: 'openid' });
    expect(idToken).toMatchObject({ iss: ISSUER, aud: 'playground' });
    expect(tokens.token_type).toBe('bearer');
  });

  it('oidcc-userinfo-get: userinfo by GET with the Bearer header', async () => {
    const { config, tokens, idToken } = await signIn({ scope: 'openid email' });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
    expect(userinfo.email).toBe('karim.nafir@mail.com');
  });

  it('oidcc-userinfo-post-header: userinfo by POST with the Bearer header', async () => {
    const { tokens } = await signIn({ scope: 'openid email' });
    const response = await fetch(`${ISSUER}/userinfo`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(response.status).toBe(200);
    expect((await response.json()).email).toBe('karim.nafir@mail.com');
  });

  it('oidcc-userinfo-post-body: userinfo by POST with the token in the form body', async () => {
    const { tokens } = await signIn({ scope: 'openid email' });
    const response = await fetch(`${ISSUER}/userinfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: tokens.access_token }),
    });
    expect((await response.json()).email).toBe('karim.nafir@mail.com');
  });

  it.each([
    ['oidcc-scope-profile', 'profile', ['name', 'given_name', 'family_name', 'middle_name', 'preferred_username', 'gender', 'birthdate', 'updated_at']],
    ['oidcc-scope-email', 'email', ['email', 'email_verified']],
    ['oidcc-scope-address', 'address', ['address']],
    ['oidcc-scope-phone', 'phone', ['phone_number', 'phone_number_verified']],
    ['oidcc-scope-all', 'profile email address phone', ['given_name', 'email', 'address', 'phone_number']],
  ])('%s: the scope’s claims at userinfo', async (_module, scope, claims) => {
    const { config, tokens, idToken } = await signIn({ scope: `openid ${scope}` });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
    for (const claim of claims) expect(userinfo).toHaveProperty(claim);
    expect(typeof userinfo.updated_at === 'undefined' || typeof userinfo.updated_at === 'number').toBe(true);
  });

  it('oidcc-prompt-login: prompt=login signs in again, with a new auth_time', async () => {
    const first = await signIn({ scope: 'openid' });
    now += 120_000;
    const second = await signIn({ scope: 'openid', prompt: 'login' });
    expect(second.idToken.auth_time).toBe(first.idToken.auth_time! + 120);
  });

  it('oidcc-prompt-none-logged-in: prompt=none with a session returns a code, same auth_time', async () => {
    const first = await signIn({ scope: 'openid' });
    now += 60_000;
    const second = await signIn({ scope: 'openid', prompt: 'none' });
    expect(second.idToken.auth_time).toBe(first.idToken.auth_time);
  });

  it('oidcc-prompt-none-not-logged-in: prompt=none without a session redirects login_required', async () => {
    const { location } = await authorize(await discover(), { scope: 'openid', prompt: 'none' });
    expect(location.searchParams.get('error')).toBe('login_required');
    expect(location.searchParams.get('state')).toBeTruthy();
  });

  it('oidcc-max-age-1: after more than max_age seconds the user signs in again', async () => {
    const first = await signIn({ scope: 'openid' });
    now += 2_000;
    const second = await signIn({ scope: 'openid', max_age: '1' });
    expect(second.idToken.auth_time).toBeGreaterThan(first.idToken.auth_time!);
  });

  it('oidcc-max-age-10000: within max_age the session continues, same auth_time', async () => {
    const first = await signIn({ scope: 'openid' });
    now += 5_000;
    const second = await signIn({ scope: 'openid', max_age: '10000' });
    expect(second.idToken.auth_time).toBe(first.idToken.auth_time);
  });

  it('oidcc-codereuse: a second exchange of a code fails and revokes the tokens it issued', async () => {
    const config = await discover();
    const { location, checks } = await authorize(config, { scope: 'openid email' });
    const tokens = await client.authorizationCodeGrant(config, location, checks);
    await expect(client.authorizationCodeGrant(config, location, checks)).rejects.toMatchObject({ error: 'invalid_grant' });
    const userinfo = await fetch(`${ISSUER}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.status).toBe(401);
  });

  it('oidcc-ensure-registered-redirect-uri: an unregistered redirect_uri gets an error page, not a redirect', async () => {
    const { response } = await authorize(await discover(), { scope: 'openid', redirect_uri: 'https://evil.test/callback' });
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
  });

  it('oidcc-claims-essential: an essential claim asked for through claims is delivered', async () => {
    const { config, tokens, idToken } = await signIn({ scope: 'openid', claims: JSON.stringify({ userinfo: { email: { essential: true } } }) });
    expect((await client.fetchUserInfo(config, tokens.access_token, idToken.sub)).email).toBe('karim.nafir@mail.com');
  });

  it('oidcc-refresh-token: a refresh rotates tokens; the new id_token keeps iss, sub, aud and auth_time', async () => {
    const { config, tokens, idToken } = await signIn({ scope: 'openid offline_access' });
    now += 30_000;
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    const next = refreshed.claims()!;
    expect(next).toMatchObject({ iss: idToken.iss, sub: idToken.sub, aud: idToken.aud, auth_time: idToken.auth_time });
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('oidcc-unknown-parameter: an unknown authorize parameter is ignored', async () => {
    const { idToken } = await signIn({ scope: 'openid', extra_unknown_parameter: 'ignored' });
    expect(idToken.sub).toBeTruthy();
  });

  it('oidcc-login-hint: login_hint is accepted (the browser login page pre-fills it)', async () => {
    const check = provider.checkAuthorize(new URLSearchParams({
      client_id: 'playground', redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid',
      code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'), code_challenge_method: 'S256', login_hint: 'karim.nafir@mail.com',
    }));
    expect(check).toMatchObject({ outcome: 'login', request: { loginHint: 'karim.nafir@mail.com' } });
  });

  it('oidcc-ui-locales: ui_locales is accepted', async () => {
    const { idToken } = await signIn({ scope: 'openid', ui_locales: 'fr-CA fr en' });
    expect(idToken.sub).toBeTruthy();
  });

  it('oidcc-id-token-hint: prompt=none with id_token_hint while signed in returns a code', async () => {
    const first = await signIn({ scope: 'openid' });
    const second = await signIn({ scope: 'openid', prompt: 'none', id_token_hint: first.tokens.id_token! });
    expect(second.idToken.sub).toBe(first.idToken.sub);
  });
});

describe('provider rules beyond the OIDF modules', () => {
  it('rejects a disallowed scope with invalid_scope when the policy says reject', async () => {
    configure({ allowedScopes: ['openid', 'email'], disallowedScopes: 'reject' });
    const { location } = await authorize(await discover(), { scope: 'openid email address' });
    expect(location.searchParams.get('error')).toBe('invalid_scope');
  });

  it('drops a disallowed scope silently by default', async () => {
    configure({ allowedScopes: ['openid', 'email'] });
    const { tokens } = await signIn({ scope: 'openid email address' });
    expect(tokens.scope).toBe('openid email');
  });

  it('puts Hosted Login consent custom claims in the id_token', async () => {
    configure({ loginPolicyText: JSON.stringify(CONSENT_CLAIMS_POLICY) });
    const { idToken } = await signIn({ scope: 'openid' });
    expect(idToken).toMatchObject({ consent_email_marketing: true, consent_ui_preferences: false });
  });

  it('grants the Next Identity custom scope without its suffix and releases company_name', async () => {
    configure({ behaviour: 'next-identity', allowedScopes: ['openid', 'ad:user_custom:read'] });
    const { idToken, tokens } = await signIn({ scope: 'openid ad:user_custom' });
    expect(tokens.scope).toBe('openid ad:user_custom');
    expect(idToken.company_name).toBe('Bizcorp');
  });

  it('answers malformed claims JSON with invalid_request on the redirect', async () => {
    const { location } = await authorize(await discover(), { scope: 'openid', claims: '{"userinfo":' });
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('introspects an active access token and, once revoked, reports it inactive and refuses it at userinfo', async () => {
    const { tokens } = await signIn({ scope: 'openid email' });
    const form = (body: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
    const active = await (await fetch(`${ISSUER}/introspect`, form({ token: tokens.access_token, client_id: 'playground' }))).json();
    expect(active).toMatchObject({ active: true, scope: 'openid email', client_id: 'playground' });
    expect((await fetch(`${ISSUER}/revoke`, form({ token: tokens.access_token, client_id: 'playground' }))).status).toBe(200);
    expect(await (await fetch(`${ISSUER}/introspect`, form({ token: tokens.access_token, client_id: 'playground' }))).json()).toEqual({ active: false });
    expect((await fetch(`${ISSUER}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).status).toBe(401);
  });

  it('ends the session at end-session, sends state back to a registered post_logout_redirect_uri, and then needs a login', async () => {
    const { tokens } = await signIn({ scope: 'openid' });
    const end = await fetch(`${ISSUER}/end-session?${new URLSearchParams({ id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'https://op.test/signed-out', state: 'bye' })}`, { redirect: 'manual' });
    expect(end.status).toBe(302);
    expect(new URL(end.headers.get('Location')!).searchParams.get('state')).toBe('bye');
    const { location } = await authorize(await discover(), { scope: 'openid', prompt: 'none' });
    expect(location.searchParams.get('error')).toBe('login_required');
  });

  it('refuses an unregistered post_logout_redirect_uri with an error page', async () => {
    const { tokens } = await signIn({ scope: 'openid' });
    const end = await fetch(`${ISSUER}/end-session?${new URLSearchParams({ id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'https://evil.test/' })}`, { redirect: 'manual' });
    expect(end.status).toBe(400);
    expect(provider.hasSession()).toBe(true);
  });

  it('breaks the next token request once when the invalid_grant switch is on', async () => {
    configure({ faults: { tokenInvalidGrant: true, userinfoServerError: false, slowJwks: false } });
    const config = await discover();
    const first = await authorize(config, { scope: 'openid' });
    await expect(client.authorizationCodeGrant(config, first.location, first.checks)).rejects.toMatchObject({ error: 'invalid_grant' });
    const second = await authorize(config, { scope: 'openid' });
    await expect(client.authorizationCodeGrant(config, second.location, second.checks)).resolves.toBeTruthy();
  });

  it('answers userinfo with 500 once when the switch is on', async () => {
    configure({ faults: { tokenInvalidGrant: false, userinfoServerError: true, slowJwks: false } });
    const { tokens } = await signIn({ scope: 'openid' });
    const bearer = { headers: { Authorization: `Bearer ${tokens.access_token}` } };
    expect((await fetch(`${ISSUER}/userinfo`, bearer)).status).toBe(500);
    expect((await fetch(`${ISSUER}/userinfo`, bearer)).status).toBe(200);
  });

  it('is deterministic with a clock and a seed: same codes, tokens and signature', async () => {
    const runOnce = async () => {
      provider = createProvider({ issuer: ISSUER, store: memoryStore() });
      server.resetHandlers(...createHandlers({ issuer: ISSUER, provider }));
      configure({ clock: '2026-01-15T09:30:00Z', seed: 'conformance' });
      const verifier = 'v'.repeat(43);
      const approved = provider.approve(new URLSearchParams({
        client_id: 'playground', redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid email', nonce: 'n', state: 's',
        code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
      }));
      if (approved.outcome !== 'approved') throw new Error(approved.outcome);
      const code = new URL(approved.location).searchParams.get('code')!;
      const token = await provider.token(new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'playground', redirect_uri: REDIRECT_URI, code_verifier: verifier }));
      return { code, body: token.body as Record<string, string> };
    };
    const first = await runOnce();
    const second = await runOnce();
    expect(second.code).toBe(first.code);
    expect(second.body).toEqual(first.body);
    expect(decodeJwt(first.body.id_token).iat).toBe(Date.UTC(2026, 0, 15, 9, 30) / 1000);
  });
});
