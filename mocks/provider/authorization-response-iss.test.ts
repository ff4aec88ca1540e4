import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { addIssuer } from './authorization-response-iss';
import { ISSUER, REDIRECT_URI, authorizeParams, redirectQuery, testProvider } from './test-kit';

describe('RFC 9207: iss in every authorization response', () => {
  it('names the issuer beside the code', () => {
    const { provider } = testProvider();
    const query = redirectQuery(provider.approve(authorizeParams()));
    expect(query.get('code')).toBeTruthy();
    expect(query.get('iss')).toBe(ISSUER);
  });

  it('names the issuer beside an error redirected to the client', () => {
    const { provider } = testProvider();
    const query = redirectQuery(provider.approve(authorizeParams({ response_type: 'token' })));
    expect(query.get('error')).toBe('unsupported_response_type');
    expect(query.get('iss')).toBe(ISSUER);
  });

  it('names the issuer when the user declines and when prompt=none finds no session', () => {
    const { provider } = testProvider();
    expect(redirectQuery(provider.deny(authorizeParams())).get('iss')).toBe(ISSUER);
    expect(redirectQuery(provider.continueSession(authorizeParams({ prompt: 'none' }))).get('iss')).toBe(ISSUER);
  });

  it('leaves an error page without iss: nothing is redirected to the client', () => {
    const { provider } = testProvider();
    const result = provider.approve(authorizeParams({ client_id: 'no-such-client' }));
    expect(result).toMatchObject({ outcome: 'error-page' });
    expect(result).not.toHaveProperty('location');
  });

  it('advertises authorization_response_iss_parameter_supported (RFC 9207 §3)', () => {
    const { provider } = testProvider();
    expect(provider.discovery().body).toMatchObject({ authorization_response_iss_parameter_supported: true });
  });

  it('puts iss where the other parameters are: the query, or the fragment', () => {
    expect(new URL(addIssuer(`${REDIRECT_URI}?code=abc`, ISSUER)).searchParams.get('iss')).toBe(ISSUER);
    const fragment = new URL(addIssuer(`${REDIRECT_URI}#code=abc&state=s`, ISSUER));
    expect(fragment.search).toBe('');
    expect(new URLSearchParams(fragment.hash.slice(1)).get('iss')).toBe(ISSUER);
  });
});

describe('RFC 9207 as openid-client checks it', () => {
  const server = setupServer(...createHandlers({ issuer: ISSUER }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  async function callback() {
    const config = await client.discovery(new URL(ISSUER), 'playground', undefined, client.None());
    const pkceCodeVerifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
      code_challenge_method: 'S256',
      state: 'state-1',
    });
    const response = await fetch(url, { redirect: 'manual' });
    return { config, pkceCodeVerifier, location: new URL(response.headers.get('Location')!) };
  }

  it('accepts the mock’s code because its iss is the discovered issuer', async () => {
    const { config, pkceCodeVerifier, location } = await callback();
    const tokens = await client.authorizationCodeGrant(config, location, { pkceCodeVerifier, expectedState: 'state-1' });
    expect(tokens.access_token).toBeTruthy();
  });

  it('refuses the same code without iss, since discovery promised it', async () => {
    const { config, pkceCodeVerifier, location } = await callback();
    location.searchParams.delete('iss');
    const refusal = await client.authorizationCodeGrant(config, location, { pkceCodeVerifier, expectedState: 'state-1' }).catch((error: unknown) => error);
    expect(String((refusal as { cause?: { message?: string } }).cause?.message ?? refusal)).toMatch(/"iss"/);
  });
});
