import { base64url } from 'jose';
import type { MockProvider } from '../provider/provider';
import { jsonOutcome, redirectOutcome, type Outcome } from './outcome';

/**
 * One provider under test, driven over HTTP the way the playground's browser and client would:
 * the mock behind msw/node, or oidc-provider on a loopback port with its devInteractions pages.
 */
export interface Target {
  readonly name: 'mock' | 'oidc-provider';
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  readonly endpoints: { authorize: string; token: string; userinfo: string; introspect: string; revoke: string; endSession: string; par: string };
  /** Forget the browser's session (a new cookie jar / the mock's session cleared). */
  freshBrowser(): void;
  /** Authorize like a browser: sign in as `login` where a page asks, stop at the client's redirect URI. */
  authorize(params: URLSearchParams, login?: string): Promise<Outcome & { location?: URL }>;
  endSession(params: URLSearchParams): Promise<Outcome>;
  /** Make the next sign-in come from another user (the mock switches its configured user). */
  asUser(login: string): void;
  /**
   * RFC 9126 §6: a second public client registered with require_pushed_authorization_requests (its
   * client metadata at both targets).
   */
  readonly parRequiredClientId: string;
}

export async function pkcePair() {
  const verifier = base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64url.encode(new Uint8Array(digest)) };
}

export function form(values: Record<string, string>, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(init.headers as Record<string, string>) },
    body: new URLSearchParams(values).toString(),
  };
}

export async function call(url: string, init: RequestInit = {}): Promise<Outcome & { body?: Record<string, unknown> }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  const outcome = await jsonOutcome(new Response(text, { status: response.status }));
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  return { ...outcome, body };
}

/** The mock under msw/node: GET authorize signs the configured user in at once, or continues the session. */
export function mockTarget(issuer: string, provider: MockProvider, users: Record<string, string>, parRequiredClientId: string): Target {
  const origin = new URL(issuer).origin;
  return {
    name: 'mock',
    issuer,
    clientId: 'playground',
    redirectUri: `${origin}/callback`,
    postLogoutRedirectUri: `${origin}/signed-out`,
    endpoints: {
      authorize: `${issuer}/authorize`,
      token: `${issuer}/token`,
      userinfo: `${issuer}/userinfo`,
      introspect: `${issuer}/introspect`,
      revoke: `${issuer}/revoke`,
      endSession: `${issuer}/end-session`,
      par: `${issuer}/par`,
    },
    freshBrowser: () => provider.clearSession(),
    parRequiredClientId,
    asUser(login) {
      const settings = provider.settings();
      provider.configure({ ...settings, user: { ...settings.user, uuid: users[login] ?? login } });
    },
    async authorize(params) {
      const response = await fetch(`${issuer}/authorize?${params}`, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (location) return { ...redirectOutcome(new URL(location)), location: new URL(location) };
      const outcome = await jsonOutcome(response);
      return { ...outcome, channel: response.status === 400 ? 'error-page' : 'page' };
    },
    async endSession(params) {
      const response = await fetch(`${issuer}/end-session?${params}`, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (location) return { status: 302, error: null, channel: 'redirect' };
      const outcome = await jsonOutcome(response);
      // The handler's JSON stands in for the app's pages (confirmation, error).
      return { ...outcome, channel: response.status === 200 ? 'page' : 'error-page' };
    },
  };
}

/** Cookies by name, enough for oidc-provider's session and interaction cookies (paths ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...rest] = pair.trim().split('=');
      const value = rest.join('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const ERROR_PAGE = /<strong>error<\/strong>: ([a-z_]+)/;

/** oidc-provider: follow its redirects and fill its login and consent pages, as the harness does. */
export function realTarget(issuer: string, clientId: string, appOrigin: string, parRequiredClientId: string): Target {
  let jar = new CookieJar();
  let user = 'ada';
  const redirectUri = `${appOrigin}/callback`;
  async function request(url: string, init: RequestInit = {}) {
    // A browser's Accept: oidc-provider answers errors as a page only to a client that accepts HTML.
    const headers = { accept: 'text/html,application/xhtml+xml', ...(init.headers as Record<string, string>), cookie: jar.header() };
    const response = await fetch(url, { ...init, redirect: 'manual', headers });
    jar.store(response);
    return response;
  }
  return {
    name: 'oidc-provider',
    issuer,
    clientId,
    redirectUri,
    postLogoutRedirectUri: `${appOrigin}/signed-out`,
    endpoints: {
      authorize: `${issuer}/auth`,
      token: `${issuer}/token`,
      userinfo: `${issuer}/me`,
      introspect: `${issuer}/token/introspection`,
      revoke: `${issuer}/token/revocation`,
      endSession: `${issuer}/session/end`,
      par: `${issuer}/request`,
    },
    freshBrowser: () => {
      jar = new CookieJar();
    },
    parRequiredClientId,
    asUser(login) {
      user = login;
    },
    async authorize(params) {
      let url = `${issuer}/auth?${params}`;
      for (let hop = 0; hop < 12; hop++) {
        if (url.startsWith(redirectUri)) return { ...redirectOutcome(new URL(url)), location: new URL(url) };
        const response = await request(url);
        const location = response.headers.get('location');
        if (location) {
          url = new URL(location, issuer).href;
          continue;
        }
        const html = await response.text();
        const failed = ERROR_PAGE.exec(html);
        if (failed) return { status: response.status, error: failed[1] ?? 'unknown', channel: 'error-page' };
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        if (!action || !/name="(login|prompt)"/.test(html)) return { status: response.status, error: null, channel: 'page' };
        const target = new URL(action, issuer).href;
        const values: Record<string, string> = html.includes('name="login"')
          ? { prompt: 'login', login: user, password: 'any-password' }
          : { prompt: 'consent' };
        const next = await request(target, form(values));
        url = new URL(next.headers.get('location')!, issuer).href;
      }
      throw new Error('too many redirects');
    },
    async endSession(params) {
      const response = await request(`${issuer}/session/end?${params}`);
      const location = response.headers.get('location');
      if (location) return { status: 302, error: null, channel: 'redirect' };
      const html = await response.text();
      const failed = ERROR_PAGE.exec(html);
      if (failed) return { status: response.status, error: failed[1] ?? 'unknown', channel: 'error-page' };
      return { status: response.status, error: null, channel: 'page' };
    },
  };
}
