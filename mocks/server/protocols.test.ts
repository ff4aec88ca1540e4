import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server';
import { REDIRECT_URI, discover, startTestServer } from './test-server';

/** PAR (RFC 9126) and DPoP (RFC 9449) through the mock as an HTTP server, with openid-client. */
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the mock server’s protocol endpoints', () => {
  it('pushes a request, signs in by reference, and binds the tokens with DPoP', async () => {
    const config = await discover(server);
    const DPoP = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'));
    const pkceCodeVerifier = client.randomPKCECodeVerifier();
    const url = await client.buildAuthorizationUrlWithPAR(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
      code_challenge_method: 'S256',
      state: 'par',
    });
    expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    // The pushed login_hint is not in the URL, so the server's login page asks who signs in.
    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(200);
    const cookie = page.headers.get('Set-Cookie')!.split(';')[0]!;
    const user = /<option[^>]*value="([^"]+)"/.exec(await page.text())![1]!;
    const response = await fetch(`${server.issuer}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: url.searchParams.toString(), user, decision: 'approve' }),
    });
    expect(response.status).toBe(302);
    const tokens = await client.authorizationCodeGrant(config, new URL(response.headers.get('Location')!), { pkceCodeVerifier, expectedState: 'par' }, undefined, { DPoP });
    expect(tokens.token_type).toBe('dpop');
    const claims = await client.fetchUserInfo(config, tokens.access_token, client.skipSubjectCheck, { DPoP });
    expect(claims.sub).toBeTruthy();
    const asBearer = await fetch(`${server.issuer}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(asBearer.status).toBe(401);
  });
});
