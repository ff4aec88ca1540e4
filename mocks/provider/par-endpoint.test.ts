import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { createProvider } from './provider';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import type { WithProtocolSettings } from './protocol-settings';
import { PUSHED_REQUEST_LIFETIME_SECONDS } from '../../src/domain/protocols/pushed-request';
import { CLIENT_ID, ISSUER, REDIRECT_URI, authorizeParams, exchange, keyedStore, redirectQuery, testProvider, type TestProvider } from './test-kit';

async function push(test: TestProvider, overrides: Record<string, string | null> = {}) {
  return test.provider.par(authorizeParams(overrides));
}

async function requestUriOf(test: TestProvider, overrides: Record<string, string | null> = {}): Promise<string> {
  const answer = await push(test, overrides);
  if (answer.status !== 201) throw new Error(`push failed: ${JSON.stringify(answer)}`);
  return (answer.body as { request_uri: string }).request_uri;
}

const byReference = (requestUri: string, clientId: string | null = CLIENT_ID) => {
  const params = new URLSearchParams();
  if (clientId !== null) params.set('client_id', clientId);
  params.set('request_uri', requestUri);
  return params;
};

describe('the PAR endpoint (RFC 9126)', () => {
  it('answers 201 with a request_uri URN and a short expires_in (§2.2)', async () => {
    const answer = await push(testProvider());
    expect(answer.status).toBe(201);
    expect(answer.headers['Cache-Control']).toBe('no-store');
    expect(answer.body).toMatchObject({ request_uri: expect.stringMatching(/^urn:ietf:params:oauth:request_uri:[a-z0-9]{24}$/), expires_in: PUSHED_REQUEST_LIFETIME_SECONDS });
  });

  it('refuses request_uri inside a pushed request (§2.1)', async () => {
    expect(await push(testProvider(), { request_uri: 'urn:ietf:params:oauth:request_uri:x' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('refuses an unknown client with 401 invalid_client (§2.3)', async () => {
    expect(await push(testProvider(), { client_id: 'no-such-client' })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('answers the authorize endpoint’s own errors in JSON instead of at the redirect URI (§2.3)', async () => {
    expect(await push(testProvider(), { redirect_uri: 'https://elsewhere.test/cb' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await push(testProvider(), { response_type: 'token' })).toMatchObject({ status: 400, body: { error: 'unsupported_response_type' } });
    expect(await push(testProvider(), { code_challenge: null })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('signs in with client_id and request_uri alone, with the pushed parameters (§4)', async () => {
    const test = testProvider();
    const query = redirectQuery(test.provider.approve(byReference(await requestUriOf(test, { state: 'pushed-state' }))));
    expect(query.get('state')).toBe('pushed-state');
    expect((await exchange(test, query.get('code')!)).status).toBe(200);
  });

  it('shows the login page for the pushed request without using it up', async () => {
    const test = testProvider();
    const requestUri = await requestUriOf(test);
    expect(test.provider.checkAuthorize(byReference(requestUri))).toMatchObject({ outcome: 'login' });
    expect(test.provider.approve(byReference(requestUri))).toMatchObject({ outcome: 'approved' });
  });

  it('refuses a replayed request_uri on the error page (§7.3)', async () => {
    const test = testProvider();
    const requestUri = await requestUriOf(test);
    test.provider.approve(byReference(requestUri));
    expect(test.provider.approve(byReference(requestUri))).toMatchObject({ outcome: 'error-page', error: 'invalid_request_uri' });
  });

  it('refuses an expired request_uri, and one without client_id', async () => {
    const test = testProvider();
    const requestUri = await requestUriOf(test);
    expect(test.provider.approve(byReference(requestUri, null))).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
    test.advanceSeconds(PUSHED_REQUEST_LIFETIME_SECONDS);
    expect(test.provider.approve(byReference(requestUri))).toMatchObject({ outcome: 'error-page', error: 'invalid_request_uri' });
  });

  it('ignores parameters outside the pushed request (§4)', async () => {
    const test = testProvider();
    const params = byReference(await requestUriOf(test, { state: 'pushed' }));
    params.set('state', 'outside');
    expect(redirectQuery(test.provider.approve(params)).get('state')).toBe('pushed');
  });

  it('with require_pushed_authorization_requests server-wide, refuses a request in the URL and says so in discovery (§5, §6)', async () => {
    const test = testProvider();
    test.provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, protocols: { requirePushedAuthorizationRequests: true } } as WithProtocolSettings);
    expect(test.provider.discovery().body).toMatchObject({ require_pushed_authorization_requests: true, pushed_authorization_request_endpoint: `${ISSUER}/par` });
    expect(redirectQuery(test.provider.approve(authorizeParams())).get('error')).toBe('invalid_request');
    expect(test.provider.approve(byReference(await requestUriOf(test)))).toMatchObject({ outcome: 'approved' });
  });

  it('with require_pushed_authorization_requests in the client’s metadata, refuses that client’s request in the URL; discovery stays false (§6)', async () => {
    const test = testProvider();
    test.provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, protocols: { clients: { [CLIENT_ID]: { requirePushedAuthorizationRequests: true } } } } as WithProtocolSettings);
    expect(test.provider.discovery().body).toMatchObject({ require_pushed_authorization_requests: false });
    expect(redirectQuery(test.provider.approve(authorizeParams())).get('error')).toBe('invalid_request');
    expect(test.provider.approve(byReference(await requestUriOf(test)))).toMatchObject({ outcome: 'approved' });
  });

  it('requires pushing only of the client whose metadata says so', () => {
    const test = testProvider();
    test.provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, protocols: { clients: { 'another-client': { requirePushedAuthorizationRequests: true } } } } as WithProtocolSettings);
    expect(test.provider.approve(authorizeParams())).toMatchObject({ outcome: 'approved' });
  });
});

describe('PAR as openid-client sends it', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('pushes, then signs in through a URL that carries client_id and request_uri only', async () => {
    server.resetHandlers(...createHandlers({ issuer: ISSUER, provider: createProvider({ issuer: ISSUER, store: keyedStore() }) }));
    const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.None());
    const pkceCodeVerifier = client.randomPKCECodeVerifier();
    const url = await client.buildAuthorizationUrlWithPAR(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
      code_challenge_method: 'S256',
      state: 'par-state',
    });
    expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    const response = await fetch(url, { redirect: 'manual' });
    const callback = new URL(response.headers.get('Location')!);
    const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier, expectedState: 'par-state' });
    expect(tokens.scope).toBe('openid profile');
    const replay = await fetch(url, { redirect: 'manual' });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_request_uri' });
  });
});
