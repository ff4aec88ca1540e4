import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';

/**
 * The whole Authorization Code + PKCE flow, as a peer client would run it against the mock under
 * msw/node: discovery, authorize (the default user signs in at once), token, JWKS, userinfo.
 */
const ISSUER = 'https://op.test/mock-op';
const REDIRECT_URI = 'https://op.test/callback';
const CLIENT_ID = 'playground';
const SEED_SUB = '3c388dd9-5bcc-4883-9a91-d51129110a4a';

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// A fresh provider (and so a fresh in-memory store) for every test.
beforeEach(() => server.resetHandlers(...createHandlers({ issuer: ISSUER })));
afterAll(() => server.close());

interface SignInOptions {
  readonly scope: string;
  readonly claims?: unknown;
}

/** Authorize in a browser's stead: follow nothing, read the redirect to the callback. */
async function authorize(config: client.Configuration, { scope, claims }: SignInOptions) {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const expectedNonce = client.randomNonce();
  const expectedState = client.randomState();
  const parameters: Record<string, string> = {
    redirect_uri: REDIRECT_URI,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    nonce: expectedNonce,
    state: expectedState,
  };
  if (claims !== undefined) parameters.claims = JSON.stringify(claims);

  const response = await fetch(client.buildAuthorizationUrl(config, parameters), { redirect: 'manual' });
  const location = response.headers.get('Location');
  if (response.status !== 302 || !location) throw new Error(`expected a redirect, got ${response.status}: ${await response.text()}`);
  return { callbackUrl: new URL(location), checks: { pkceCodeVerifier, expectedNonce, expectedState } };
}

async function signIn(options: SignInOptions) {
  const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.None());
  const { callbackUrl, checks } = await authorize(config, options);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, checks);
  return { config, callbackUrl, checks, tokens };
}

describe('the mock provider under msw/node, driven by openid-client', () => {
  it('redirects to the callback on the issuer’s origin with a code and the state', async () => {
    const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.None());

    const { callbackUrl, checks } = await authorize(config, { scope: 'openid email' });

    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(REDIRECT_URI);
    expect(callbackUrl.searchParams.get('state')).toBe(checks.expectedState);
    expect(callbackUrl.searchParams.get('code')).toMatch(/^[a-z0-9]{14}$/);
  });

  it('answers the token request with the reference shapes', async () => {
    const { tokens } = await signIn({ scope: 'openid profile email' });

    expect(tokens.access_token).toMatch(/^[a-z0-9]{16}$/);
    expect(tokens.refresh_token).toMatch(/^[a-z0-9]{20}$/);
    // openid-client lower-cases token_type (RFC 6749 §5.1 makes it case-insensitive).
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.scope).toBe('openid profile email');
  });

  it('issues an id_token for this client and nonce, signed by a key from the JWKS', async () => {
    const { config, checks, tokens } = await signIn({ scope: 'openid email' });
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));

    const { payload, protectedHeader } = await jwtVerify(tokens.id_token!, jwks, { issuer: ISSUER, audience: CLIENT_ID });

    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ iss: ISSUER, aud: CLIENT_ID, nonce: checks.expectedNonce, sub: SEED_SUB });
    expect(tokens.claims()).toMatchObject({ iss: ISSUER, aud: CLIENT_ID, nonce: checks.expectedNonce, sub: SEED_SUB });
    const digest = createHash('sha256').update(tokens.access_token).digest();
    expect(payload.at_hash).toBe(digest.subarray(0, 16).toString('base64url'));
  });

  it('serves sub and the claims of the granted scopes at userinfo', async () => {
    const { config, tokens } = await signIn({ scope: 'openid profile email phone' });

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, SEED_SUB);

    expect(userinfo).toMatchObject({
      sub: SEED_SUB,
      email: 'karim.nafir@mail.com',
      email_verified: true,
      name: 'Karim J. Nafir',
      given_name: 'Karim',
      family_name: 'Nafir',
      gender: 'male',
      phone_number: '+1 503 555 0142',
      phone_number_verified: false,
    });
    expect(userinfo.global_sub).toEqual(expect.stringContaining(SEED_SUB));
  });

  it('drops address, which the default token policy does not allow', async () => {
    const { config, tokens } = await signIn({ scope: 'openid email address' });

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, SEED_SUB);

    expect(tokens.scope).toBe('openid email');
    expect(userinfo).toHaveProperty('email');
    expect(userinfo).not.toHaveProperty('address');
  });

  it('delivers gender asked for through the claims parameter to the id_token and userinfo, with only openid', async () => {
    const claims = { userinfo: { gender: null }, id_token: { gender: null } };

    const { config, tokens } = await signIn({ scope: 'openid', claims });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, SEED_SUB);

    expect(tokens.scope).toBe('openid');
    expect(tokens.claims()?.gender).toBe('male');
    expect(userinfo.gender).toBe('male');
  });

  it('refuses a code used a second time with invalid_grant', async () => {
    const { config, callbackUrl, checks } = await signIn({ scope: 'openid' });

    const reuse = client.authorizationCodeGrant(config, callbackUrl, checks);

    await expect(reuse).rejects.toBeInstanceOf(client.ResponseBodyError);
    await expect(reuse).rejects.toMatchObject({ error: 'invalid_grant', status: 400 });
  });

  it('refuses a code exchanged with the wrong PKCE verifier with invalid_grant', async () => {
    const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.None());
    const { callbackUrl, checks } = await authorize(config, { scope: 'openid' });

    const exchange = client.authorizationCodeGrant(config, callbackUrl, { ...checks, pkceCodeVerifier: client.randomPKCECodeVerifier() });

    await expect(exchange).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});
