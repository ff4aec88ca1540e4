import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_USERS } from '../../src/domain/mock/prepared-users';
import type { RunningServer } from './start-server';
import { authorizationUrl, discover, REDIRECT_URI, signInAs, startTestServer } from './test-server';

const sub = (name: string) => PREPARED_USERS.find((u) => u.name === name)!.profile.uuid;

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the mock provider as an HTTP server, driven by openid-client', () => {
  it('completes the code flow: discovery, authorize by login_hint, token, id_token, userinfo, refresh', async () => {
    const config = await discover(server);

    const { callbackUrl, tokens, checks } = await signInAs(config, 'minimal');

    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(REDIRECT_URI);
    expect(callbackUrl.searchParams.get('state')).toBe(checks.expectedState);
    // openid-client has verified the id_token's signature against the JWKS, its iss, aud, nonce and at_hash.
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(server.issuer);
    expect(claims.sub).toBe(sub('minimal'));
    expect(claims.nonce).toBe(checks.expectedNonce);
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, sub('minimal'));
    expect(userinfo.given_name).toBe('Mina');
    // Mina has no email: the scope is granted, the claim is missing because the user lacks it.
    expect(userinfo.email).toBeUndefined();
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });

  it('serves discovery with CORS, so an SPA of another origin can read it', async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`, { headers: { Origin: 'http://127.0.0.1:3000' } });

    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(((await response.json()) as { token_endpoint: string }).token_endpoint).toBe(`${server.issuer}/token`);
  });
});

describe('the login page', () => {
  it('offers the users, signs in the one chosen, and keeps an SSO session for that browser only', async () => {
    const config = await discover(server);
    const first = await authorizationUrl(config);

    const page = await fetch(first.url, { redirect: 'manual' });
    const html = await page.text();
    const cookie = page.headers.get('Set-Cookie')!.split(';')[0]!;

    expect(page.status).toBe(200);
    // Without branding the page wears the default profile's neutral look (page-branding.ts).
    expect(html).toContain('<span class="name">Mock Hosted Login</span>');
    expect(html).toContain('data-testid="mock-login-submit"');
    for (const user of PREPARED_USERS) expect(html).toContain(`<option value="${user.name}"`);
    const query = /name="query" value="([^"]*)"/.exec(html)![1]!.replace(/&#38;/g, '&');
    const login = await fetch(`${server.issuer}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query, user: 'unverified-email', decision: 'approve' }),
    });
    const tokens = await client.authorizationCodeGrant(config, new URL(login.headers.get('Location')!), first.checks);
    expect(tokens.claims()!.sub).toBe(sub('unverified-email'));

    // The same browser comes back: its session signs it in without the page, as the same user.
    const again = await authorizationUrl(config);
    const silent = await fetch(again.url, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(silent.status).toBe(302);
    const second = await client.authorizationCodeGrant(config, new URL(silent.headers.get('Location')!), again.checks);
    expect(second.claims()!.sub).toBe(sub('unverified-email'));
    // Another browser has no session: it gets the page.
    const other = await fetch((await authorizationUrl(config)).url, { redirect: 'manual' });
    expect(other.status).toBe(200);
  });

  it('ends the browser’s session at end-session, so the next sign-in shows the page again', async () => {
    const config = await discover(server);
    const first = await authorizationUrl(config, { login_hint: 'full' });
    const signedIn = await fetch(first.url, { redirect: 'manual' });
    const cookie = signedIn.headers.get('Set-Cookie')!.split(';')[0]!;
    const tokens = await client.authorizationCodeGrant(config, new URL(signedIn.headers.get('Location')!), first.checks);

    const end = client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'http://127.0.0.1:5173/signed-out' });
    const out = await fetch(end, { redirect: 'manual', headers: { Cookie: cookie } });
    const again = await fetch((await authorizationUrl(config)).url, { redirect: 'manual', headers: { Cookie: cookie } });

    expect(out.status).toBe(302);
    expect(out.headers.get('Location')).toMatch(/^http:\/\/127\.0\.0\.1:5173\/signed-out/);
    expect(again.status).toBe(200);
  });

  it('sends a denial back to the client as access_denied', async () => {
    const config = await discover(server);
    const { url } = await authorizationUrl(config);
    const deny = await fetch(`${server.issuer}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: url.searchParams.toString(), user: 'full', decision: 'deny' }),
    });

    expect(new URL(deny.headers.get('Location')!).searchParams.get('error')).toBe('access_denied');
  });

  it('shows an error page, escaped, for a client it does not know, and never redirects', async () => {
    const response = await fetch(`${server.issuer}/authorize?client_id=%3Cscript%3E&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`, { redirect: 'manual' });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(html).toContain('invalid_client');
    expect(html).not.toContain('<script>');
  });
});
