import { createProvider } from '../provider/provider';
import type { ProviderResponse } from '../provider/provider-response';
import { slot, type CodeRecord, type GrantRecord, type SessionRecord } from '../provider/records';
import { memoryStore } from '../provider/store';
import type { UserProfile } from '../../src/domain/mock/user-profile';
import { handleControl, type ControlState } from './control-api';
import { endSessionPage, errorPage, loginPage, signedOutPage } from './login-page';
import { serverLook } from './page-branding';
import { recordRequest, type RecordedRequest } from './recorded-requests';
import { inScope, scopedStore, type RequestScope } from './request-scope';
import { isLoopback, type ServerOptions, type ServerUser } from './server-options';
import { LOCAL_SERVER_SETTINGS_KEY } from '../../src/domain/flow/local-server-settings';

/**
 * A server holds its records in memory and answers many clients at once (a test suite's workers):
 * a budget as small as web storage's would drop a grant between its token and its userinfo call.
 */
const SERVER_STORAGE_BUDGET = { launches: 1_000, codes: 1_000, grants: 1_000, tokensPerGrant: 6 } as const;

/** Where the request came from: the control API answers loopback only. */
export interface RequestOrigin {
  readonly remoteAddress: string;
}

export type OpHandler = ReturnType<typeof createOpHandler>;

const BROWSER_COOKIE = 'op_browser';
const CONTROL_PREFIX = '/__control';
/** What the playground reads at launch to explain a run against this server (src/domain/flow/local-server-settings.ts). */
const PLAYGROUND_SETTINGS_PATH = '/__playground/settings';
/** Discovery, keys, token and userinfo are called by SPAs of other origins (RFC 6749 §3.2 says nothing against it; browsers need CORS). */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, DPoP',
  'Access-Control-Expose-Headers': 'WWW-Authenticate, DPoP-Nonce',
  'Access-Control-Max-Age': '600',
};

/**
 * The mock provider behind a Fetch-style handler: Request in, the provider's function, Response out,
 * as mocks/handlers.ts does for MSW. What only a server needs lives here: the login and sign-out
 * pages (a browser navigates to them), one SSO session per browser (a cookie), the user each request
 * acts for, and the control API for tests.
 */
export function createOpHandler(options: ServerOptions, issuer: string) {
  const base = memoryStore();
  // Its own URL is its identifier in deterministic mode too: openid-client and its peers fetch discovery
  // where the issuer says and check the issuer it names (OIDC Discovery §4.3).
  const provider = createProvider({ issuer, store: scopedStore(base), clients: options.clients, storageBudget: SERVER_STORAGE_BUDGET, identifierIsLocation: true });
  const issuerPath = new URL(issuer).pathname.replace(/\/+$/, '');
  const recorded: RecordedRequest[] = [];
  const state: ControlState = {
    provider,
    options,
    users: [...options.users],
    nextUser: undefined,
    recorded,
    reset() {
      state.users = [...options.users];
      state.nextUser = undefined;
      provider.configure(options.settings);
      provider.armFaults(options.faults);
      recorded.length = 0;
    },
  };
  state.reset();

  const userBySub = (sub: string | undefined): UserProfile | undefined =>
    sub === undefined ? undefined : (state.users.find((u) => u.profile.uuid === sub)?.profile ?? (provider.settings().user.uuid === sub ? provider.settings().user : undefined));
  const userByHint = (hint: string | null): ServerUser | undefined =>
    hint ? state.users.find((u) => u.name === hint || u.profile.uuid === hint || u.profile.email === hint) : undefined;
  const sessionUser = (browser: string | undefined) => userBySub(browser ? base.get<SessionRecord>(`${slot.session()}:${browser}`)?.sub : undefined);
  const grantUser = (token: string | null | undefined) => userBySub(token ? base.get<GrantRecord>(slot.token(token))?.sub : undefined);

  async function handle(request: Request, origin: RequestOrigin): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(issuerPath)) return notFound();
    const path = url.pathname.slice(issuerPath.length) || '/';
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      return handleControl(state, request, path.slice(CONTROL_PREFIX.length) || '/', origin.remoteAddress);
    }
    // Read by the playground, not a client of the provider's: not among the recorded requests.
    if (path === PLAYGROUND_SETTINGS_PATH) return playgroundSettings(request.method, origin);
    const form = await formOf(request);
    recordRequest(recorded, request, path, form);
    const browser = cookie(request, BROWSER_COOKIE);
    const scope = (user: UserProfile | undefined, b = browser): RequestScope => ({ browser: b, user });
    const params = url.searchParams;
    const method = request.method;

    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS_HEADERS });
    if (method === 'GET' && path === '/.well-known/openid-configuration') return reply(withPlaygroundSettings(provider.discovery()));
    if (method === 'GET' && path === '/jwks') return reply(await provider.jwks());
    if (method === 'POST' && path === '/token') {
      const code = form.get('code');
      const sub = code ? base.get<CodeRecord>(slot.code(code))?.sub : base.get<GrantRecord>(slot.token(form.get('refresh_token') ?? ''))?.sub;
      const dpop = { proof: request.headers.get('DPoP'), method, url: request.url };
      return reply(await inScope(scope(userBySub(sub)), () => provider.token(form, request.headers.get('Authorization'), dpop)));
    }
    if ((method === 'GET' || method === 'POST') && path === '/userinfo') {
      // Bearer, or DPoP with a proof (RFC 9449 §7).
      const bearer = /^(?:Bearer|DPoP)\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1] ?? form.get('access_token');
      const user = grantUser(bearer);
      const dpop = { proof: request.headers.get('DPoP'), method, url: request.url };
      return reply(await inScope(scope(user), () => provider.protectedUserinfo(request.headers.get('Authorization'), method === 'POST' ? form : undefined, dpop)));
    }
    // RFC 9126: the PAR endpoint discovery names.
    if (method === 'POST' && path === '/par') {
      return reply(await inScope(scope(undefined), () => provider.pushRequest(form, request.headers.get('Authorization'))));
    }
    if (method === 'POST' && path === '/introspect') return reply(inScope(scope(grantUser(form.get('token'))), () => provider.introspect(form)));
    if (method === 'POST' && path === '/revoke') return reply(inScope(scope(grantUser(form.get('token'))), () => provider.revoke(form)));
    if (method === 'GET' && path === '/authorize') {
      // RFC 9101 §6.3: a request object's parameters, once verified, are the request.
      const read = await inScope(scope(undefined), () => provider.readRequestObject(params));
      if (read.outcome === 'error-page') return html(400, errorPage(read.error, read.description));
      return authorize(read.params, browser ?? newBrowserId());
    }
    if (method === 'POST' && path === '/login') return login(form, browser);
    if (method === 'GET' && path === '/end-session') return endSession(await inScope(scope(sessionUser(browser)), () => provider.endSession(params)), params);
    if (method === 'POST' && path === '/end-session') return endSession(await inScope(scope(sessionUser(browser)), () => provider.confirmEndSession(form)), form);
    return notFound();
  }

  /** The pages' branding, as the provider is configured now (the control API can change it). */
  const look = () => serverLook(provider.settings());

  /** Discovery names where the playground reads the settings (an extension field, OIDC Discovery §3). */
  function withPlaygroundSettings(response: ProviderResponse): ProviderResponse {
    if (response.status !== 200 || typeof response.body !== 'object' || response.body === null) return response;
    return { ...response, body: { ...response.body, [LOCAL_SERVER_SETTINGS_KEY]: `${issuer}${PLAYGROUND_SETTINGS_PATH}` } };
  }

  /**
   * The settings a run is explained with, and the users it may sign in as (to find the one who did by
   * sub). Loopback only, like the control API, and read-only; CORS-open because the playground is
   * served from another origin. The profiles are the mock's test users, nothing secret.
   */
  function playgroundSettings(method: string, origin: RequestOrigin): Response {
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS_HEADERS });
    if (!isLoopback(origin.remoteAddress)) return jsonResponse(403, { error: 'access_denied', error_description: 'The playground settings answer loopback clients only.' });
    if (method !== 'GET') return jsonResponse(405, { error: 'invalid_request', error_description: 'Read the playground settings with GET.' });
    const settings = provider.settings();
    const users = state.users.map((u) => ({ name: u.name, profile: u.profile }));
    // The default user signs in too (userBySub): listed when a control change left it outside the users.
    if (!users.some((u) => u.profile.uuid === settings.user.uuid)) users.push({ name: 'default', profile: settings.user });
    return jsonResponse(200, {
      behaviour: settings.behaviour,
      loginPolicy: settings.loginPolicy,
      allowedScopes: settings.allowedScopes,
      disallowedScopes: settings.disallowedScopes,
      users,
    });
  }

  /** GET authorize: an error, the browser's session, a sign-in without a page, or the login page. */
  function authorize(params: URLSearchParams, browser: string): Response {
    const setCookie = { 'Set-Cookie': `${BROWSER_COOKIE}=${browser}; Path=/; HttpOnly; SameSite=Lax` };
    const current = sessionUser(browser);
    const check = inScope({ browser, user: current }, () => provider.checkAuthorize(params));
    // The request as checked: a pushed request's login_hint (RFC 9126 §4) is not in the URL.
    const hinted = userByHint('request' in check ? (check.request.loginHint ?? null) : params.get('login_hint'));
    if (check.outcome === 'error-page') return html(400, errorPage(check.error, check.description, look()), setCookie);
    if (check.outcome === 'redirect-error') return redirect(check.location, setCookie);
    if (check.outcome === 'session' && !hinted && !state.nextUser) {
      const result = inScope({ browser, user: current }, () => provider.continueSession(params));
      return 'location' in result ? redirect(result.location, setCookie) : html(400, errorPage(result.error, result.description, look()), setCookie);
    }
    // Sign-in without a page: a user armed by the control API, the one login_hint names, or --auto-login.
    const armed = state.nextUser;
    const silent = armed ?? hinted ?? (options.autoLogin ? state.users[0] : undefined);
    if (silent) {
      state.nextUser = undefined;
      const result = inScope({ browser, user: silent.profile }, () => provider.approve(params));
      return 'location' in result ? redirect(result.location, setCookie) : html(400, errorPage(result.error, result.description, look()), setCookie);
    }
    if (check.outcome !== 'login') return html(400, errorPage('server_error', 'Unexpected authorize outcome.', look()), setCookie);
    return html(200, loginPage(params.toString(), check.request, check.reason, state.users, look()), setCookie);
  }

  /** POST login: the end-user chose a user and signed in, or denied. */
  function login(form: URLSearchParams, browser: string | undefined): Response {
    const params = new URLSearchParams(form.get('query') ?? '');
    const decision = form.get('decision');
    const user = state.users.find((u) => u.name === form.get('user'));
    if (!user) return html(400, errorPage('invalid_request', 'Choose one of the users offered on the login page.', look()));
    const result = inScope({ browser, user: user.profile }, () => (decision === 'deny' ? provider.deny(params) : provider.approve(params)));
    return 'location' in result ? redirect(result.location) : html(400, errorPage(result.error, result.description, look()));
  }

  function endSession(result: Awaited<ReturnType<typeof provider.endSession>>, params: URLSearchParams): Response {
    if (result.outcome === 'error-page') return html(400, errorPage(result.error, result.description, look()));
    if (result.outcome === 'confirm') return html(200, endSessionPage(params.toString(), look()));
    if (result.location) return redirect(result.location);
    return html(200, signedOutPage(look()));
  }

  return { handle, state, issuer };
}

function newBrowserId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

function cookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('Cookie') ?? '';
  const value = header.split(/;\s*/).find((part) => part.startsWith(`${name}=`))?.slice(name.length + 1);
  return value && /^[\w-]{1,64}$/.test(value) ? value : undefined;
}

async function reply(response: ProviderResponse): Promise<Response> {
  if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
  const headers = { ...CORS_HEADERS, ...response.headers };
  if (response.body === null) return new Response(null, { status: response.status, headers });
  return new Response(JSON.stringify(response.body), { status: response.status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function html(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // The pages run no script; their only style is inline; their only image is the branding's logo, a data: URL
      // shown through <img>, where an SVG runs no script either.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

function redirect(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 302, headers: { Location: location, 'Cache-Control': 'no-store', ...headers } });
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...CORS_HEADERS } });
}

function notFound(): Response {
  return new Response(JSON.stringify({ error: 'invalid_request', error_description: 'No such endpoint.' }), {
    status: 404,
    headers: { 'Content-Type': 'application/json', ...CORS_HEADERS },
  });
}

async function formOf(request: Request): Promise<URLSearchParams> {
  if (request.method !== 'POST') return new URLSearchParams();
  const type = request.headers.get('Content-Type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await request.text());
}
