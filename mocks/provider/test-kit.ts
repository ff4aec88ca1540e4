/**
 * Test support for the provider's unit tests (never imported by the app): a provider with an
 * injected clock, the default client's request shapes, and the steps of a sign-in as functions.
 */
import { base64url, createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { DEFAULT_PROVIDER_SETTINGS, type ProviderSettings } from './settings';
import { SEED_USER } from '../../src/domain/mock/user-profile';
import { createProvider, type MockProvider } from './provider';
import type { ProviderResponse } from './provider-response';
import { memoryStore, type ProviderStore } from './store';

export const ISSUER = 'https://op.test/mock-op';
export const CLIENT_ID = 'playground';
/** The default client's registered URIs under msw/node: the issuer's origin. */
export const REDIRECT_URI = 'https://op.test/callback';
export const SIGNED_OUT_URI = 'https://op.test/signed-out';
export const SEED_SUB = SEED_USER.uuid;

/** 2026-01-15T09:30:00Z, the "now" every test provider starts at. */
export const START_MILLIS = Date.UTC(2026, 0, 15, 9, 30, 0);
export const START_SECONDS = START_MILLIS / 1000;

export const VERIFIER = 'M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxi';
export const OTHER_VERIFIER = 'dGhpcy1pcy1ub3QtdGhlLXZlcmlmaWVyLXRoYXQtd2FzLXNlbnQ';

/** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
export async function s256(verifier: string): Promise<string> {
  return base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}
export const CHALLENGE = await s256(VERIFIER);

export const ALL_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];

// Generating an RSA key takes up to a second: every test store starts with the same one, as a
// provider restarting over the same storage would. The slot name is the provider's own.
const KEY_SLOT = 'signing-key';
const keyTemplate = memoryStore();
await createProvider({ issuer: ISSUER, store: keyTemplate }).jwks();

/** An empty provider store that already holds a signing key. */
export function keyedStore(): ProviderStore {
  const store = memoryStore();
  store.set(KEY_SLOT, keyTemplate.get(KEY_SLOT));
  return store;
}

export interface TestProvider {
  readonly provider: MockProvider;
  readonly store: ProviderStore;
  /** The injected clock, in whole seconds since the epoch. */
  nowSeconds(): number;
  advanceSeconds(seconds: number): void;
}

/** A provider over a fresh store, its clock at START_MILLIS, configured on top of the defaults. */
export function testProvider(settings: Partial<ProviderSettings> = {}): TestProvider {
  let clock = START_MILLIS;
  const store = keyedStore();
  const provider = createProvider({ issuer: ISSUER, store, now: () => clock });
  if (Object.keys(settings).length > 0) provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, ...settings });
  return {
    provider,
    store,
    nowSeconds: () => Math.floor(clock / 1000),
    advanceSeconds: (seconds) => {
      clock += seconds * 1000;
    },
  };
}

type Overrides = Record<string, string | null>;

/** Form or query values; a null override leaves the parameter out. */
export function formOf(values: Overrides): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== null) form.set(name, value);
  return form;
}

/** A good authorize request from the default client, with PKCE S256, state and nonce. */
export function authorizeParams(overrides: Overrides = {}): URLSearchParams {
  return formOf({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid profile email',
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  });
}

function redirectUrl(result: { outcome: string; location?: string }): URL {
  if (!('location' in result) || !result.location) throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  return new URL(result.location);
}

/** The query of a redirect location; throws when the result is not a redirect. */
export function redirectQuery(result: { outcome: string; location?: string }): URLSearchParams {
  return redirectUrl(result).searchParams;
}

/** Where a redirect goes, without its query. */
export function redirectTarget(result: { outcome: string; location?: string }): string {
  const url = redirectUrl(result);
  return `${url.origin}${url.pathname}`;
}

function codeOf(result: ReturnType<MockProvider['approve']>): string {
  if (result.outcome !== 'approved') throw new Error(`expected approval, got ${JSON.stringify(result)}`);
  const code = redirectQuery(result).get('code');
  if (!code) throw new Error(`no code in ${result.location}`);
  return code;
}

/** The user signs in at the login page (a new session) and the browser comes back with a code. */
export function signInCode({ provider }: TestProvider, overrides: Overrides = {}): string {
  return codeOf(provider.approve(authorizeParams(overrides)));
}

/** The authorize endpoint without a page: continues the session, or signs in when it must. */
export function silentCode({ provider }: TestProvider, overrides: Overrides = {}): string {
  return codeOf(provider.continueSession(authorizeParams(overrides)));
}

export function exchange({ provider }: TestProvider, code: string, overrides: Overrides = {}): Promise<ProviderResponse> {
  return provider.token(
    formOf({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER, ...overrides }),
  );
}

export function refresh({ provider }: TestProvider, refreshToken: string, overrides: Overrides = {}): Promise<ProviderResponse> {
  return provider.token(formOf({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: refreshToken, ...overrides }));
}

export interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
  id_token?: string;
}

export function tokenBody(response: ProviderResponse): TokenBody {
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as TokenBody;
}

/** Sign in, exchange the code, and answer the token response. */
export async function signIn(test: TestProvider, overrides: Overrides = {}): Promise<TokenBody> {
  return tokenBody(await exchange(test, signInCode(test, overrides)));
}

/** The id_token's claims once its signature, iss, aud and exp check out against the JWKS, at the provider's "now". */
export async function verifiedIdToken(test: TestProvider, idToken: string | undefined): Promise<JWTPayload> {
  if (!idToken) throw new Error('no id_token in the token response');
  const keys = createLocalJWKSet((await test.provider.jwks()).body as JSONWebKeySet);
  const { payload } = await jwtVerify(idToken, keys, {
    issuer: ISSUER,
    audience: CLIENT_ID,
    algorithms: ['RS256'],
    currentDate: new Date(test.nowSeconds() * 1000),
  });
  return payload;
}

export function userinfoBody({ provider }: TestProvider, accessToken: string): Record<string, unknown> {
  const response = provider.userinfo(`Bearer ${accessToken}`);
  if (response.status !== 200) throw new Error(`userinfo failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

export function introspect({ provider }: TestProvider, token: string): Record<string, unknown> {
  return provider.introspect(formOf({ client_id: CLIENT_ID, token })).body as Record<string, unknown>;
}
