/**
 * A certified OpenID Provider (panva/oidc-provider 8) on loopback, for the real-provider e2e specs
 * and the Node harness test (mocks/real-provider-harness.test.ts).
 *
 * Version 8, not 9: oidc-provider 9 warns "Unsupported runtime" on any Node before 22 LTS, and this
 * project declares Node 20.19+ (package.json `engines`). 8.x supports Node 18 and later, is certified
 * too, and differs from 9 in the battery on one case only (mocks/differential/deliberate-differences.ts).
 *
 * Plain HTTP on 127.0.0.1: oidc-provider marks its cookies `secure` only when the request is secure,
 * so its session and interaction cookies work here as they are. Its own development login and consent
 * pages (devInteractions) do the interactions; see REAL_PROVIDER_PAGES for what a test fills in.
 *
 * Scope refusal. oidc-provider's own client `scope` restriction answers a known scope outside it with an
 * `invalid_scope` error at the authorization endpoint (lib/actions/authorization/scopes.js; there is no
 * option to make it drop the scope instead). Hosted providers commonly drop such a scope and grant the
 * rest, so the main client, `playground-e2e`, gets that behaviour from a custom `loadExistingGrant`: the
 * refused scopes are recorded as *rejected* in the grant, so consent does not ask for them and the code,
 * the tokens and the token response's `scope` leave them out. The client `playground-e2e-strict` keeps
 * oidc-provider's built-in restriction, for the error path.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const REAL_PROVIDER_PORT = Number(process.env.E2E_OP_PORT ?? 4455);
export const REAL_PROVIDER_ISSUER = `http://127.0.0.1:${REAL_PROVIDER_PORT}`;
/** The playground as Playwright serves it (`vite preview`). */
export const REAL_PROVIDER_APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4173}`;

/** Public PKCE client whose refused scopes are dropped from the grant (the granted scope omits them). */
export const REAL_CLIENT_ID = 'playground-e2e';
/** Same registration, but oidc-provider's built-in client `scope`: a refused scope is an `invalid_scope` error. */
export const REAL_STRICT_CLIENT_ID = 'playground-e2e-strict';
/** Registered for another app: the playground's redirect URI is not among its redirect_uris. */
export const REAL_ELSEWHERE_CLIENT_ID = 'registered-elsewhere';

/**
 * Confidential clients, one per secret method (token_endpoint_auth_method; oidc-provider applies the
 * same method at introspection and revocation). Test secrets, for loopback only.
 */
/** A public client registered with require_pushed_authorization_requests (RFC 9126 §6). */
export const REAL_PAR_REQUIRED_CLIENT_ID = 'playground-par-required';

/**
 * The confidential client of the client credentials grant, registered as the mock registers its own
 * (src/domain/protocols/client-credentials.ts MOCK_SERVICE_CLIENT; this file runs as plain Node and
 * imports nothing of the app): the differential battery sends the same credentials to both.
 */
export const REAL_SERVICE_CLIENT = { clientId: 'playground-service', secret: 'playground-service-secret' } as const;

export const REAL_CONFIDENTIAL_CLIENTS = {
  client_secret_basic: { clientId: 'playground-e2e-basic', secret: 'basic-secret-for-loopback-tests-only' },
  client_secret_post: { clientId: 'playground-e2e-post', secret: 'post-secret-for-loopback-tests-only' },
} as const;

/**
 * The public half of the differential battery's request-object test key (RFC 9101), registered for
 * REAL_CLIENT_ID; its private half is in mocks/differential/request-object-test-key.ts (this file is
 * compiled alone by real-provider-main.mjs, so it imports nothing of ours). A test checks they pair.
 */
export const REQUEST_OBJECT_TEST_PUBLIC_JWK = { kty: 'EC', crv: 'P-256', x: 's4uxCPv8IoB1cAcwGRboGjuKh6DojrxAf_7f4QQ-9x0', y: 'ThWsScZ_qGsZIGgW4qnm0i9wLs1D1Z1QKnvECwkt0IM', alg: 'ES256', use: 'sig' } as const;

/** What the clients may have. */
export const REAL_ALLOWED_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;
/** Scopes the provider supports (discovery `scopes_supported`) that the clients may not have. */
export const REAL_REFUSED_SCOPES = ['phone', 'address'] as const;
/** The one refused scope the specs request. */
export const REAL_REFUSED_SCOPE = 'phone';

/** devInteractions signs in whatever login is typed (the `sub` is that login) and ignores the password. */
export const REAL_TEST_USER = {
  login: 'ada',
  password: 'any-password',
  claims: {
    sub: 'ada',
    name: 'Ada Lovelace',
    given_name: 'Ada',
    family_name: 'Lovelace',
    nickname: 'Ada',
    preferred_username: 'ada',
    gender: 'female',
    birthdate: '1815-12-10',
    updated_at: 1768469400,
    email: 'ada@example.test',
    email_verified: true,
    phone_number: '+44 20 7946 0000',
    phone_number_verified: false,
    address: {
      formatted: '12 St James’s Square, London SW1Y 4JH, United Kingdom',
      street_address: '12 St James’s Square',
      locality: 'London',
      postal_code: 'SW1Y 4JH',
      country: 'GB',
    },
  },
} as const;

/** Claims per scope, as the provider is configured (its discovery `claims_supported` is their union). */
export const REAL_SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'given_name', 'family_name', 'nickname', 'preferred_username', 'gender', 'birthdate', 'updated_at'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
} as const;

/**
 * oidc-provider's development pages (lib/views/login.js, interaction.js, layout.js), for Playwright:
 * - login: `<h1>Sign-in</h1>`, `input[name=login]` (placeholder "Enter any login"),
 *   `input[name=password]` (placeholder "and password"), button "Sign-in";
 * - consent: `<h1>Authorize</h1>`, lists the scopes and claims asked for, button "Continue";
 * - both: link "[ Cancel ]" (→ `access_denied` at the redirect URI);
 * - RP-initiated logout: "Yes, sign me out" / "No, stay signed in";
 * - error page: `<h1>oops! something went wrong</h1>` then one `<pre><strong>error</strong>: …</pre>` per field.
 */
export const REAL_PROVIDER_PAGES = {
  login: { heading: 'Sign-in', loginPlaceholder: 'Enter any login', passwordPlaceholder: 'and password', submit: 'Sign-in' },
  consent: { heading: 'Authorize', submit: 'Continue' },
  cancel: '[ Cancel ]',
  logout: { confirm: 'Yes, sign me out', stay: 'No, stay signed in' },
  errorHeading: 'oops! something went wrong',
} as const;

export interface RealProviderOptions {
  /** Default REAL_PROVIDER_PORT; 0 picks a free port (the issuer then names the one it got). */
  port?: number;
  /** The playground's origin: redirect URIs and the one CORS origin. Default REAL_PROVIDER_APP_ORIGIN. */
  appOrigin?: string;
  /**
   * More origins of the playground whose redirect URIs are registered but which CORS does not allow:
   * from them the token, userinfo, introspection and revocation endpoints send no CORS headers, as
   * many providers do (the dev-server proxy e2e, e2e/dev-proxy.spec.ts). Discovery and JWKS still answer any origin.
   */
  noCorsAppOrigins?: readonly string[];
}

export interface RealProvider {
  issuer: string;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// oidc-provider ships no types; the little of it used here.

interface OidcClientLike {
  clientId: string;
}
interface GrantLike {
  jti: string;
  accountId: string;
  clientId: string;
  getRejectedOIDCScope(): string;
  rejectOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderContext {
  get(header: string): string;
  oidc: {
    client: OidcClientLike;
    account?: { accountId: string };
    session: { grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    requestParamOIDCScopes: Set<string>;
    provider: ProviderInstance;
  };
}
interface KoaContext {
  method: string;
  path: string;
  status: number;
  type: string;
  body: unknown;
  host: string;
}
interface ProviderInstance {
  Grant: {
    new (init: { accountId: string; clientId: string }): GrantLike;
    find(id: string): Promise<GrantLike | undefined>;
  };
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
  listen(port: number, host: string): Server;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

// ---------------------------------------------------------------------------------------------------

/** Per-client allow-lists enforced by dropping (see the file comment). */
const DROPPING_CLIENTS = new Map<string, ReadonlySet<string>>([[REAL_CLIENT_ID, new Set(REAL_ALLOWED_SCOPES)]]);

/**
 * oidc-provider's start-up notices that are expected here and say nothing useful in a test run: the
 * harness uses the development login pages on purpose. Anything else it prints still shows.
 */
const EXPECTED_NOTICES = ['devInteractions is enabled'];

function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The markup of oidc-provider's default pages, without their web-font import (this machine is offline). */
function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body{font-family:sans-serif;margin:25px 0}.container{padding:0 40px 10px;width:274px;background:#f7f7f7;margin:0 auto 10px;border-radius:2px;box-shadow:0 2px 2px rgba(0,0,0,.3);overflow:hidden}h1{font-weight:100;text-align:center}pre{white-space:pre-wrap;word-wrap:break-word}button{width:100%;display:block;margin-bottom:10px;height:36px}</style>
</head>
<body>
  <div class="container">
    <h1>${escapeHtml(title)}</h1>
    ${body}
  </div>
</body>
</html>`;
}

/** A throwaway in-memory store per provider instance (the built-in one is module-global and warns). */
function memoryAdapter() {
  interface Entry {
    payload: Record<string, unknown>;
    expiresAt: number;
  }
  const store = new Map<string, Entry>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry;
  };
  return class Adapter {
    readonly model: string;
    constructor(model: string) {
      this.model = model;
    }
    private key(id: string) {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    }
    async find(id: string) {
      return live(this.key(id))?.payload;
    }
    async findByUid(uid: string) {
      for (const [key, entry] of store) {
        if (key.startsWith(`${this.model}:`) && entry.payload.uid === uid && live(key)) return entry.payload;
      }
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key, entry] of store) {
        if (key.startsWith(`${this.model}:`) && entry.payload.userCode === userCode && live(key)) return entry.payload;
      }
      return undefined;
    }
    async consume(id: string) {
      const entry = live(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) {
        if (entry.payload.grantId === grantId) store.delete(key);
      }
    }
  };
}

/** Runs `fn` with oidc-provider's expected start-up notices filtered out of the console. */
async function withoutExpectedNotices<T>(fn: () => Promise<T>): Promise<T> {
  const { warn, info } = console;
  const filter =
    (original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      const text = String(args[0]);
      if (text.startsWith('oidc-provider ') && EXPECTED_NOTICES.some((notice) => text.includes(notice))) return;
      original.apply(console, args);
    };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}

export async function startRealProvider({
  port = REAL_PROVIDER_PORT,
  appOrigin = REAL_PROVIDER_APP_ORIGIN,
  noCorsAppOrigins = [],
}: RealProviderOptions = {}): Promise<RealProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'real-provider-rs256', alg: 'RS256', use: 'sig' };

  return withoutExpectedNotices(async () => {
    // A specifier in a variable: oidc-provider has no type declarations, and importing it late lets
    // its import-time notices be filtered.
    const specifier = 'oidc-provider';
    const { default: Provider } = (await import(/* @vite-ignore */ specifier)) as { default: ProviderConstructor };

    const publicClient = {
      token_endpoint_auth_method: 'none',
      redirect_uris: [appOrigin, ...noCorsAppOrigins].map((origin) => `${origin}/callback`),
      post_logout_redirect_uris: [appOrigin, ...noCorsAppOrigins].map((origin) => `${origin}/signed-out`),
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    };

    // The issuer needs the port before listening; with port 0 find one first.
    const listenPort = port === 0 ? await freePort() : port;
    const issuer = `http://127.0.0.1:${listenPort}`;

    const provider = new Provider(issuer, {
      clients: [
        // RFC 9101 §6.2: the battery's published test key verifies this client's request objects.
        { client_id: REAL_CLIENT_ID, client_name: 'OIDC playground (e2e)', ...publicClient, jwks: { keys: [REQUEST_OBJECT_TEST_PUBLIC_JWK] } },
        { client_id: REAL_STRICT_CLIENT_ID, client_name: 'OIDC playground (e2e, strict)', ...publicClient, scope: REAL_ALLOWED_SCOPES.join(' ') },
        ...Object.entries(REAL_CONFIDENTIAL_CLIENTS).map(([method, { clientId, secret }]) => ({
          client_id: clientId,
          client_name: `OIDC playground (e2e, confidential, ${method})`,
          ...publicClient,
          token_endpoint_auth_method: method,
          client_secret: secret,
        })),
        // RFC 9126 §6: this client must push its authorization requests (the mock's require-PAR setting).
        { client_id: REAL_PAR_REQUIRED_CLIENT_ID, ...publicClient, require_pushed_authorization_requests: true },
        // RFC 6749 §4.4: a confidential client for the client credentials grant, as the mock registers one.
        {
          client_id: REAL_SERVICE_CLIENT.clientId,
          client_secret: REAL_SERVICE_CLIENT.secret,
          token_endpoint_auth_method: 'client_secret_basic',
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
        },
        {
          client_id: REAL_ELSEWHERE_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: ['http://127.0.0.1:9999/callback'],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [signingKey] },
      scopes: ['openid', 'offline_access', 'profile', 'email', 'address', 'phone'],
      claims: REAL_SCOPE_CLAIMS,
      features: {
        claimsParameter: { enabled: true },
        // RFC 9101: request objects by value (and pushed through PAR); request_uri by URL stays off, as on the mock.
        requestObjects: { request: true, requestUri: false },
        clientCredentials: { enabled: true },
        // RFC 9449, nonce required as the mock requires it at its token endpoint (issue 28's differential cases).
        dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true },
        devInteractions: { enabled: true },
        userinfo: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx: KoaContext, form: string) => {
            ctx.body = page(
              `Do you want to sign-out from ${ctx.host}?`,
              `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">${REAL_PROVIDER_PAGES.logout.confirm}</button><button type="submit" form="op.logoutForm">${REAL_PROVIDER_PAGES.logout.stay}</button>`,
            );
          },
          postLogoutSuccessSource: async (ctx: KoaContext) => {
            ctx.body = page('Sign-out Success', '<p>Your sign-out was successful.</p>');
          },
        },
        revocation: { enabled: true, allowedPolicy: async (_ctx: unknown, client: OidcClientLike, token: OidcClientLike) => token.clientId === client.clientId },
        introspection: { enabled: true, allowedPolicy: async (_ctx: unknown, client: OidcClientLike, token: OidcClientLike) => token.clientId === client.clientId },
      },
      // Discovery and JWKS answer any origin; token, userinfo, revocation, introspection only the playground.
      clientBasedCORS: (_ctx: unknown, origin: string) => origin === appOrigin,
      findAccount: async (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: async () => ({ ...REAL_TEST_USER.claims, sub }),
      }),
      loadExistingGrant: async (ctx: ProviderContext) => {
        const { client, session, result, provider: op, account, requestParamOIDCScopes } = ctx.oidc;
        const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        let grant = grantId ? await op.Grant.find(grantId) : undefined;
        const allowed = DROPPING_CLIENTS.get(client.clientId);
        if (!allowed || !account) return grant;
        const refused = [...requestParamOIDCScopes].filter((scope) => !allowed.has(scope));
        if (refused.length === 0) return grant;
        grant ??= new op.Grant({ accountId: account.accountId, clientId: client.clientId });
        const rejected = new Set(grant.getRejectedOIDCScope().split(' '));
        if (refused.some((scope) => !rejected.has(scope))) {
          grant.rejectOIDCScope(refused.join(' '));
          await grant.save();
        }
        return grant;
      },
      adapter: memoryAdapter(),
      cookies: {
        keys: [randomBytes(32).toString('base64url')],
        // Cookies ignore ports: keep these apart from anything the app at :4173 might set.
        names: { session: 'real_op_session', interaction: 'real_op_interaction', resume: 'real_op_interaction_resume' },
      },
      ttl: {
        AccessToken: 3600,
        AuthorizationCode: 60,
        IdToken: 3600,
        RefreshToken: 14 * 24 * 3600,
        Interaction: 600,
        Session: 14 * 24 * 3600,
        Grant: 14 * 24 * 3600,
      },
      renderError: async (ctx: KoaContext, out: Record<string, unknown>) => {
        ctx.type = 'html';
        ctx.body = page(
          REAL_PROVIDER_PAGES.errorHeading,
          Object.entries(out)
            .map(([key, value]) => `<pre><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</pre>`)
            .join(''),
        );
      },
    });

    // The devInteractions pages import a Google web font (a console error offline), and browsers ask for
    // a favicon: drop the one, answer the other.
    provider.use(async (ctx, next) => {
      if (ctx.method === 'GET' && ctx.path === '/favicon.ico') {
        ctx.status = 204;
        return;
      }
      await next();
      if (typeof ctx.body === 'string' && ctx.type.startsWith('text/html')) {
        ctx.body = ctx.body.replace(/@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);?/g, '');
      }
    });

    const server = provider.listen(listenPort, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });

    return {
      issuer,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
    };
  });
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
