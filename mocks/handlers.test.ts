import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../src/domain/mock/mock-faults';
import { DEFAULT_PROVIDER_SETTINGS } from './provider/settings';
import { createHandlers } from './handlers';
import { createProvider, type MockProvider } from './provider/provider';
import { CLIENT_ID, ISSUER, REDIRECT_URI, SIGNED_OUT_URI, START_MILLIS, VERIFIER, authorizeParams, formOf, keyedStore } from './provider/test-kit';

/** The HTTP channels of mocks/handlers.ts: what reaches the client as status, headers and body. */
const server = setupServer();
let provider: MockProvider;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  provider = createProvider({ issuer: ISSUER, store: keyedStore(), now: () => START_MILLIS });
  server.resetHandlers(...createHandlers({ issuer: ISSUER, provider }));
});
afterAll(() => server.close());

const post = (path: string, form: Record<string, string | null>, headers: Record<string, string> = {}) =>
  fetch(`${ISSUER}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: formOf(form) });

function authorize(overrides: Record<string, string | null> = {}) {
  return fetch(`${ISSUER}/authorize?${authorizeParams(overrides)}`, { redirect: 'manual' });
}

async function signIn(): Promise<{ access_token: string; refresh_token: string; id_token: string }> {
  const code = new URL((await authorize()).headers.get('Location')!).searchParams.get('code');
  const response = await post('/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });
  return response.json();
}

describe('authorize over HTTP', () => {
  it('answers a good request with 302 to the callback, with the code and the state', async () => {
    const response = await authorize();

    const location = new URL(response.headers.get('Location')!);
    expect(response.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('code')).toMatch(/^[a-z0-9]{14}$/);
    expect(location.searchParams.get('state')).toBe('state-1');
  });

  it.each([
    ['an unknown client_id', { client_id: 'stranger' }, 'invalid_client'],
    ['an unregistered redirect_uri', { redirect_uri: 'https://attacker.test/callback' }, 'invalid_request'],
  ])('answers %s with a 400 error page and no Location', async (_what, overrides, error) => {
    const response = await authorize(overrides);

    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.json()).toMatchObject({ error, error_description: expect.any(String) });
  });

  it.each([
    ['a missing code_challenge', { code_challenge: null }, 'invalid_request'],
    ['code_challenge_method=plain', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['an empty scope', { scope: '' }, 'invalid_scope'],
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['malformed claims JSON', { claims: '{"userinfo":' }, 'invalid_request'],
  ])('answers %s with 302 to the callback carrying the error and the state', async (_what, overrides, error) => {
    const response = await authorize(overrides);

    const location = new URL(response.headers.get('Location')!);
    expect(response.status).toBe(302);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('state-1');
  });

  it('answers a disallowed scope in reject mode with 302 and invalid_scope', async () => {
    provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, allowedScopes: ['openid'], disallowedScopes: 'reject' });

    const response = await authorize({ scope: 'openid address' });

    expect(new URL(response.headers.get('Location')!).searchParams.get('error')).toBe('invalid_scope');
  });
});

describe('the token endpoint over HTTP', () => {
  it('sends Cache-Control: no-store and Pragma: no-cache with the tokens', async () => {
    const code = new URL((await authorize()).headers.get('Location')!).searchParams.get('code');

    const response = await post('/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });

    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Pragma')).toBe('no-cache');
    expect(response.headers.get('Content-Type')).toContain('application/json');
  });

  it('sends Cache-Control: no-store with an error too', async () => {
    const response = await post('/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code: 'unknown', redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });

    expect(response.status).toBe(400);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers invalid_grant once when the token fault is armed, then issues tokens again', async () => {
    provider.armFaults({ ...NO_FAULTS, tokenInvalidGrant: true });
    const exchange = async () => {
      const code = new URL((await authorize()).headers.get('Location')!).searchParams.get('code');
      return post('/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });
    };

    const broken = await exchange();
    const next = await exchange();

    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'invalid_grant' });
    expect(next.status).toBe(200);
  });

  it('reads only form bodies (RFC 6749 §4.1.3): a JSON body has no grant_type, so it is invalid_request (§5.2)', async () => {
    const response = await fetch(`${ISSUER}/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ grant_type: 'authorization_code' }) });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('userinfo over HTTP', () => {
  it('answers GET with the Bearer header', async () => {
    const { access_token } = await signIn();

    const response = await fetch(`${ISSUER}/userinfo`, { headers: { Authorization: `Bearer ${access_token}` } });

    expect(response.status).toBe(200);
  });

  it('answers POST with the Bearer header', async () => {
    const { access_token } = await signIn();

    const response = await fetch(`${ISSUER}/userinfo`, { method: 'POST', headers: { Authorization: `Bearer ${access_token}` } });

    expect(response.status).toBe(200);
  });

  it('answers POST with the token in a form body', async () => {
    const { access_token } = await signIn();

    expect((await post('/userinfo', { access_token })).status).toBe(200);
  });

  it('answers a bad Bearer token with 401 and a WWW-Authenticate header', async () => {
    const response = await fetch(`${ISSUER}/userinfo`, { headers: { Authorization: 'Bearer nope' } });

    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it('answers 500 once when the userinfo fault is armed', async () => {
    provider.armFaults({ ...NO_FAULTS, userinfoServerError: true });
    const { access_token } = await signIn();
    const bearer = { headers: { Authorization: `Bearer ${access_token}` } };

    expect((await fetch(`${ISSUER}/userinfo`, bearer)).status).toBe(500);
    expect((await fetch(`${ISSUER}/userinfo`, bearer)).status).toBe(200);
  });
});

describe('introspection and revocation over HTTP, through openid-client', () => {
  const discover = () => client.discovery(new URL(ISSUER), CLIENT_ID, { [client.clockSkew]: Math.round((START_MILLIS - Date.now()) / 1000) }, client.None());

  it('introspects an active token, revokes it, and then introspects it as inactive', async () => {
    const config = await discover();
    const { access_token } = await signIn();

    const before = await client.tokenIntrospection(config, access_token);
    await client.tokenRevocation(config, access_token);
    const after = await client.tokenIntrospection(config, access_token);

    expect(before).toMatchObject({ active: true, client_id: CLIENT_ID, token_type: 'Bearer' });
    expect(after).toEqual({ active: false });
  });

  it('answers the revocation with 200 and an empty body', async () => {
    const { refresh_token } = await signIn();

    const response = await post('/revoke', { client_id: CLIENT_ID, token: refresh_token, token_type_hint: 'refresh_token' });

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('end-session over HTTP', () => {
  const endSession = (params: Record<string, string>) => fetch(`${ISSUER}/end-session?${new URLSearchParams(params)}`, { redirect: 'manual' });

  it('redirects to the registered post_logout_redirect_uri with the state, and ends the session', async () => {
    const { id_token } = await signIn();

    const response = await endSession({ id_token_hint: id_token, post_logout_redirect_uri: SIGNED_OUT_URI, state: 'bye' });

    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(`${location.origin}${location.pathname}`).toBe(SIGNED_OUT_URI);
    expect(location.searchParams.get('state')).toBe('bye');
    expect(provider.hasSession()).toBe(false);
  });

  it('answers an unregistered post_logout_redirect_uri with a 400 error page and keeps the session', async () => {
    const { id_token } = await signIn();

    const response = await endSession({ id_token_hint: id_token, post_logout_redirect_uri: 'https://attacker.test/' });

    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(provider.hasSession()).toBe(true);
  });

  it('asks for confirmation without an id_token_hint; the POST of the form signs out with nowhere to go back to', async () => {
    await signIn();

    const asked = await endSession({});
    expect(await asked.json()).toEqual({ confirmation_required: true });

    const confirmed = await fetch(`${ISSUER}/end-session`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(await confirmed.json()).toEqual({ signed_out: true });
  });
});

describe('JWKS over HTTP', () => {
  it('holds the answer about 3 seconds once when the slow-JWKS fault is armed, then answers at once', async () => {
    provider.armFaults({ ...NO_FAULTS, slowJwks: true });

    const started = performance.now();
    const slow = await fetch(`${ISSUER}/jwks`);
    const slowMs = performance.now() - started;
    const again = performance.now();
    await fetch(`${ISSUER}/jwks`);
    const fastMs = performance.now() - again;

    expect(slow.status).toBe(200);
    expect(slowMs).toBeGreaterThanOrEqual(2900);
    expect(fastMs).toBeLessThan(1000);
  });
});

describe('a provider whose storage fails', () => {
  it('answers the token request with server_error and a sentence, never the exception or its stack', async () => {
    const store = keyedStore();
    let full = false;
    const failing = createProvider({
      issuer: ISSUER,
      now: () => START_MILLIS,
      store: {
        ...store,
        // Once full, every write fails the way a full local storage does.
        set: (key, value) => {
          if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          store.set(key, value);
        },
      },
    });
    server.resetHandlers(...createHandlers({ issuer: ISSUER, provider: failing }));
    const code = new URL((await authorize()).headers.get('Location')!).searchParams.get('code');
    full = true;

    const response = await post('/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });
    const body = await response.json();

    expect(response.status).toBe(500);
    expect(body).toEqual({ error: 'server_error', error_description: expect.stringContaining("Clear the mock provider's data") });
    expect(JSON.stringify(body)).not.toMatch(/stack|QuotaExceededError|exceeded/);
  });
});
