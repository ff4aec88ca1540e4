import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REAL_CLIENT_ID,
  REAL_ELSEWHERE_CLIENT_ID,
  REAL_PROVIDER_APP_ORIGIN,
  REAL_PROVIDER_PAGES,
  REAL_REFUSED_SCOPE,
  REAL_STRICT_CLIENT_ID,
  REAL_TEST_USER,
  startRealProvider,
  type RealProvider,
} from '../e2e/support/real-provider.ts';

/**
 * The harness the real-provider e2e specs run against (oidc-provider on loopback), driven over HTTP
 * the way a browser would: its devInteractions login and consent pages, a cookie jar, no redirect
 * followed automatically. A free port, so that it never meets the one Playwright starts on 4455.
 */
const ORIGIN = REAL_PROVIDER_APP_ORIGIN;
const REDIRECT_URI = `${ORIGIN}/callback`;

let provider: RealProvider;
let issuer: string;

beforeAll(async () => {
  // Start-up time is not asserted here: timed tests flake on a loaded machine (benchmarks measure speed).
  provider = await startRealProvider({ port: 0 });
  issuer = provider.issuer;
});
afterAll(() => provider.close());

/** Cookies by name, with their paths; enough for oidc-provider's session and interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=');
      const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
      const expires = attr('expires');
      const expired = attr('max-age') === '0' || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attr('path') ?? '/' });
      expect(line.toLowerCase(), 'no secure cookie on plain http').not.toContain('; secure');
    }
  }

  header(url: string) {
    const { pathname } = new URL(url);
    return [...this.cookies]
      .filter(([, { path }]) => pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`))
      .map(([name, { value }]) => `${name}=${value}`)
      .join('; ');
  }
}

async function request(jar: CookieJar, url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
  });
  jar.store(response);
  return response;
}

function location(response: Response) {
  expect([302, 303], `redirect expected, got ${response.status}`).toContain(response.status);
  return new URL(response.headers.get('location')!, issuer).href;
}

function form(values: Record<string, string>) {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values) };
}

interface AuthorizeOptions {
  clientId?: string;
  scope: string;
  claims?: unknown;
  prompt?: string;
}

function authorizeUrl({ clientId = REAL_CLIENT_ID, scope, claims, prompt }: AuthorizeOptions, pkce: { challenge: string }, state: string, nonce: string) {
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope,
    state,
    nonce,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    ...(claims ? { claims: JSON.stringify(claims) } : {}),
    ...(prompt ? { prompt } : {}),
  }).toString();
  return url.href;
}

/**
 * Authorize like a browser: follow the provider's redirects, sign in and consent on its own pages
 * when they come, stop at the redirect to the playground's callback. Returns the pages met.
 */
async function authorize(jar: CookieJar, options: AuthorizeOptions) {
  const verifier = randomBytes(32).toString('base64url');
  const pkce = { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const pages: { kind: 'login' | 'consent'; html: string }[] = [];

  let url = authorizeUrl(options, pkce, state, nonce);
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(REDIRECT_URI)) {
      const callback = new URL(url);
      expect(callback.searchParams.get('state')).toBe(state);
      return { callback, pkce, nonce, pages };
    }
    const response = await request(jar, url);
    if (response.status !== 200) {
      url = location(response);
      continue;
    }
    const html = await response.text();
    const action = new URL(/<form[^>]*action="([^"]+)"/.exec(html)![1]!, issuer).href;
    if (html.includes(`<h1>${REAL_PROVIDER_PAGES.login.heading}</h1>`)) {
      pages.push({ kind: 'login', html });
      url = location(await request(jar, action, form({ prompt: 'login', login: REAL_TEST_USER.login, password: REAL_TEST_USER.password })));
    } else if (html.includes(`<h1>${REAL_PROVIDER_PAGES.consent.heading}</h1>`)) {
      pages.push({ kind: 'consent', html });
      url = location(await request(jar, action, form({ prompt: 'consent' })));
    } else {
      throw new Error(`unexpected page at ${url}: ${html.slice(0, 300)}`);
    }
  }
  throw new Error('too many redirects');
}

async function exchange(code: string, verifier: string, clientId = REAL_CLIENT_ID) {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier, client_id: clientId }),
  });
  expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the real-provider harness (oidc-provider on loopback)', () => {
  it('publishes discovery with the claims parameter, the scopes, S256 and an RS256 JWKS', async () => {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { origin: ORIGIN } })).json();
    expect(discovery).toMatchObject({
      issuer,
      claims_parameter_supported: true,
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      end_session_endpoint: `${issuer}/session/end`,
    });
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'email', 'phone', 'address', 'offline_access']));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['gender', 'email', 'phone_number', 'address']));

    const jwks = await (await fetch(discovery.jwks_uri)).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: 'real-provider-rs256' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('lets the playground’s origin call discovery, JWKS, token and userinfo from a browser (CORS)', async () => {
    for (const path of ['/.well-known/openid-configuration', '/jwks']) {
      const response = await fetch(`${issuer}${path}`, { headers: { origin: ORIGIN } });
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    }
    for (const [path, method] of [['/token', 'POST'], ['/me', 'GET']] as const) {
      const preflight = await fetch(`${issuer}${path}`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(preflight.headers.get('access-control-allow-methods')).toContain(method);
    }
    // Another origin may read discovery but not use the client at the token endpoint.
    const foreign = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { origin: 'http://evil.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT_URI, code_verifier: 'x'.repeat(43), client_id: REAL_CLIENT_ID }),
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await foreign.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('not allowed for client') });
  });

  it('runs the code flow with PKCE through its own login and consent; drops the refused scope; honours the claims parameter', async () => {
    const jar = new CookieJar();
    const { callback, pkce, nonce, pages } = await authorize(jar, {
      scope: `openid email ${REAL_REFUSED_SCOPE}`,
      claims: { id_token: { gender: null }, userinfo: { given_name: null } },
    });
    expect(pages.map((p) => p.kind)).toEqual(['login', 'consent']);
    const [login, consent] = pages;
    expect(login?.html).toContain('name="login"');
    expect(login?.html).toContain('name="password"');
    expect(login?.html).toContain(`>${REAL_PROVIDER_PAGES.login.submit}</button>`);
    expect(login?.html).not.toContain('fonts.googleapis.com');
    expect(consent?.html).toContain(`>${REAL_PROVIDER_PAGES.consent.submit}</button>`);
    expect(consent?.html).toContain('<li>email</li>');
    expect(consent?.html).not.toContain(`<li>${REAL_REFUSED_SCOPE}</li>`);

    expect(callback.searchParams.get('iss')).toBe(issuer);
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();

    const { status, body: tokens } = await exchange(code, pkce.verifier);
    expect(status).toBe(200);
    // The refused scope is left out of what was granted, without an error.
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: 'openid email', expires_in: 3600 });
    expect(tokens).not.toHaveProperty('refresh_token');

    const { payload, protectedHeader } = await jwtVerify(tokens.id_token as string, createRemoteJWKSet(new URL(`${issuer}/jwks`)), {
      issuer,
      audience: REAL_CLIENT_ID,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: 'real-provider-rs256' });
    // Scope claims go to userinfo only (conformIdTokenClaims); the claims parameter puts gender in the id_token.
    expect(payload).toMatchObject({ sub: REAL_TEST_USER.login, nonce, gender: 'female' });
    expect(payload).not.toHaveProperty('email');

    const userinfo = await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}`, origin: ORIGIN } });
    expect(userinfo.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const claims = await userinfo.json();
    expect(claims).toEqual({ sub: 'ada', email: 'ada@example.test', email_verified: true, given_name: 'Ada' });

    // The code is one-time.
    expect((await exchange(code, pkce.verifier)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('delivers a claim of a refused scope when the claims parameter asks for it', async () => {
    const jar = new CookieJar();
    const { callback, pkce } = await authorize(jar, { scope: `openid ${REAL_REFUSED_SCOPE}`, claims: { userinfo: { phone_number: null } } });
    const { body: tokens } = await exchange(callback.searchParams.get('code')!, pkce.verifier);
    expect(tokens.scope).toBe('openid');
    const claims = await (await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(claims).toEqual({ sub: 'ada', phone_number: REAL_TEST_USER.claims.phone_number });
  });

  it('signs in once per browser: a second authorization skips the login page; prompt=none works with the session', async () => {
    const jar = new CookieJar();
    await authorize(jar, { scope: 'openid profile' });
    const again = await authorize(jar, { scope: 'openid profile' });
    expect(again.pages).toEqual([]);
    expect(again.callback.searchParams.get('code')).toBeTruthy();

    const silent = await authorize(new CookieJar(), { scope: 'openid', prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });

  it('issues a refresh token for offline_access only with prompt=consent (oidc-provider drops it otherwise)', async () => {
    const plain = await authorize(new CookieJar(), { scope: 'openid offline_access' });
    const first = await exchange(plain.callback.searchParams.get('code')!, plain.pkce.verifier);
    expect(first.body.scope).toBe('openid');
    expect(first.body).not.toHaveProperty('refresh_token');

    const consented = await authorize(new CookieJar(), { scope: 'openid offline_access', prompt: 'consent' });
    const second = await exchange(consented.callback.searchParams.get('code')!, consented.pkce.verifier);
    expect(second.body.scope).toBe('openid offline_access');
    expect(second.body.refresh_token).toEqual(expect.any(String));
  });

  it('the strict client gets oidc-provider’s built-in refusal: invalid_scope at the redirect URI', async () => {
    const { callback, pages } = await authorize(new CookieJar(), { clientId: REAL_STRICT_CLIENT_ID, scope: `openid email ${REAL_REFUSED_SCOPE}` });
    expect(pages).toEqual([]);
    expect(Object.fromEntries(callback.searchParams)).toMatchObject({
      error: 'invalid_scope',
      error_description: 'requested scope is not allowed',
      scope: REAL_REFUSED_SCOPE,
    });
  });

  it('shows its own error page for an unknown client and for an unregistered redirect URI', async () => {
    const pkce = { challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };
    for (const [clientId, expected] of [
      ['no-such-client', 'invalid_client'],
      [REAL_ELSEWHERE_CLIENT_ID, 'redirect_uri did not match'],
    ]) {
      const response = await fetch(authorizeUrl({ clientId, scope: 'openid' }, pkce, 's', 'n'), { redirect: 'manual' });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain(REAL_PROVIDER_PAGES.errorHeading);
      expect(html).toContain(expected);
      expect(html).not.toContain('fonts.googleapis.com');
    }
  });
});
