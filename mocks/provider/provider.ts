import { SignJWT } from 'jose';
import { computeAtHash } from '../../src/domain/at-hash';
import { CLAIM_CATALOGUE, STANDARD_SCOPES } from '../../src/domain/catalogue';
import type { MockSettings } from '../../src/domain/composed-request';
import { releaseClaims } from '../../src/domain/release-claims';
import { grantedScopes, resolveScopes } from '../../src/domain/resolve-scopes';
import { joinScopes } from '../../src/domain/scope-list';
import { checkAuthorizeRequest, redirectWith, type AuthorizeCheck } from './authorize';
import { defaultClient, type RegisteredClient } from './clients';
import { NO_STORE, json, oauthError, type ProviderResponse } from './oauth-error';
import { verifyPkce } from './pkce';
import { cryptoRandom, randomToken, type RandomBytes } from './random';
import {
  ACCESS_TOKEN_LIFETIME_SECONDS,
  CODE_LIFETIME_SECONDS,
  ID_TOKEN_LIFETIME_SECONDS,
  type AccessTokenRecord,
  type CodeRecord,
} from './records';
import { currentUser, readSettings, writeSettings } from './settings';
import { loadSigningKey, type SigningKey } from './signing-key';
import type { ProviderStore } from './store';

export interface ProviderOptions {
  /** The issuer identifier, e.g. `http://localhost:5173/mock-op`. */
  readonly issuer: string;
  readonly store: ProviderStore;
  /** Origin of the app whose `/callback` the default client redirects to; the issuer's origin by default. */
  readonly appOrigin?: string;
  /** Milliseconds since the epoch: a parameter so tests and snapshots control time. */
  readonly now?: () => number;
  readonly random?: RandomBytes;
}

export type MockProvider = ReturnType<typeof createProvider>;

/** The mock OpenID Provider as plain request → response functions over a store. */
export function createProvider(options: ProviderOptions) {
  const { issuer, store } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? cryptoRandom;
  const seconds = () => Math.floor(now() / 1000);
  const clients: RegisteredClient[] = [defaultClient(options.appOrigin ?? new URL(issuer).origin)];
  let signingKey: Promise<SigningKey> | undefined;
  const key = () => (signingKey ??= loadSigningKey(store));

  function knownScopes(settings: MockSettings): string[] {
    return [...new Set([...STANDARD_SCOPES, ...settings.allowedScopes])];
  }

  function discovery(): ProviderResponse {
    const settings = readSettings(store);
    return json(200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['none'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: knownScopes(settings),
      claims_supported: [...CLAIM_CATALOGUE.map((c) => c.name), 'aud', 'exp', 'iat', 'nonce', 'at_hash', 'global_sub'],
      claims_parameter_supported: true,
      request_parameter_supported: false,
      prompt_values_supported: ['none', 'login', 'consent'],
    });
  }

  async function jwks(): Promise<ProviderResponse> {
    return json(200, { keys: [(await key()).publicJwk] });
  }

  function checkAuthorize(params: URLSearchParams): AuthorizeCheck {
    return checkAuthorizeRequest(params, clients);
  }

  /** The user signed in and consented: issue a code and say where to send the browser. */
  function approve(params: URLSearchParams): AuthorizeCheck | { outcome: 'approved'; location: string } {
    const check = checkAuthorize(params);
    if (check.outcome !== 'login') return check;
    const settings = readSettings(store);
    const user = currentUser(settings);
    const decisions = resolveScopes({
      requested: check.request.scopes,
      allowedScopes: settings.allowedScopes,
      knownScopes: knownScopes(settings),
    });
    const code = randomToken(14, random);
    const record: CodeRecord = {
      clientId: check.request.clientId,
      redirectUri: check.request.redirectUri,
      codeChallenge: check.request.codeChallenge,
      grantedScopes: grantedScopes(decisions),
      nonce: check.request.nonce,
      claims: check.request.claims,
      sub: user.uuid,
      authTime: seconds(),
      expiresAt: seconds() + CODE_LIFETIME_SECONDS,
      used: false,
    };
    store.set(`code:${code}`, record);
    return { outcome: 'approved', location: redirectWith(check.request.redirectUri, { code, state: check.request.state }) };
  }

  function deny(params: URLSearchParams): AuthorizeCheck | { outcome: 'denied'; location: string } {
    const check = checkAuthorize(params);
    if (check.outcome !== 'login') return check;
    const location = redirectWith(check.request.redirectUri, {
      error: 'access_denied',
      error_description: 'The user declined to sign in.',
      state: check.request.state,
    });
    return { outcome: 'denied', location };
  }

  async function token(form: URLSearchParams): Promise<ProviderResponse> {
    const grantType = form.get('grant_type');
    if (grantType !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', `grant_type "${grantType ?? ''}" is not supported; use authorization_code.`, NO_STORE);
    }
    const clientId = form.get('client_id');
    if (!clientId || !clients.some((c) => c.clientId === clientId)) {
      return oauthError(401, 'invalid_client', `Unknown client_id "${clientId ?? ''}".`, NO_STORE);
    }
    const code = form.get('code');
    if (!code) return oauthError(400, 'invalid_request', 'code is missing.', NO_STORE);
    const record = store.get<CodeRecord>(`code:${code}`);
    const invalidGrant = (why: string) => oauthError(400, 'invalid_grant', why, NO_STORE);
    if (!record) return invalidGrant('The authorization code is unknown.');
    if (record.used) return invalidGrant('The authorization code was already used; codes are one-time.');
    // Mark it used before anything else can fail: a code is spent by the first attempt (RFC 6749 §4.1.2).
    store.set(`code:${code}`, { ...record, used: true } satisfies CodeRecord);
    if (record.expiresAt < seconds()) return invalidGrant('The authorization code has expired.');
    if (record.clientId !== clientId) return invalidGrant('The code was issued to another client.');
    if (form.get('redirect_uri') !== record.redirectUri) {
      return invalidGrant('redirect_uri does not match the one used in the authorize request.');
    }
    const pkce = await verifyPkce(form.get('code_verifier'), record.codeChallenge);
    if (pkce.outcome === 'mismatch') return invalidGrant(pkce.reason);

    const accessToken = randomToken(16, random);
    const refreshToken = randomToken(20, random);
    const access: AccessTokenRecord = {
      clientId,
      sub: record.sub,
      grantedScopes: record.grantedScopes,
      claims: record.claims,
      expiresAt: seconds() + ACCESS_TOKEN_LIFETIME_SECONDS,
    };
    store.set(`access:${accessToken}`, access);
    store.set(`refresh:${refreshToken}`, access);

    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      refresh_token: refreshToken,
      scope: joinScopes(record.grantedScopes),
    };
    if (record.grantedScopes.includes('openid')) body.id_token = await signIdToken(record, accessToken);
    return json(200, body, NO_STORE);
  }

  async function signIdToken(record: CodeRecord, accessToken: string): Promise<string> {
    const settings = readSettings(store);
    const released = releaseClaims({
      behaviour: settings.behaviour,
      grantedScopes: record.grantedScopes,
      claimsRequest: record.claims,
      user: currentUser(settings),
      globalSub: globalSub(record.sub),
    });
    const signing = await key();
    const issuedAt = seconds();
    const payload: Record<string, unknown> = {
      ...released.idToken,
      auth_time: record.authTime,
      at_hash: await computeAtHash(accessToken, signing.alg),
    };
    if (record.nonce !== undefined) payload.nonce = record.nonce;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setSubject(record.sub)
      .setAudience(record.clientId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ID_TOKEN_LIFETIME_SECONDS)
      .sign(signing.privateKey);
  }

  /** Userinfo (OIDC Core §5.3): the Bearer token from the header, or from a POST body (RFC 6750 §2.2). */
  function userinfo(authorization: string | null, form?: URLSearchParams): ProviderResponse {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? form?.get('access_token') ?? undefined;
    const unauthorized = (description: string) =>
      oauthError(401, 'invalid_token', description, {
        'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      });
    if (!bearer) return unauthorized('No access token was sent.');
    const record = store.get<AccessTokenRecord>(`access:${bearer}`);
    if (!record) return unauthorized('The access token is unknown or revoked.');
    if (record.expiresAt < seconds()) return unauthorized('The access token has expired.');
    const settings = readSettings(store);
    const released = releaseClaims({
      behaviour: settings.behaviour,
      grantedScopes: record.grantedScopes,
      claimsRequest: record.claims,
      user: currentUser(settings),
      globalSub: globalSub(record.sub),
    });
    return json(200, released.userinfo, NO_STORE);
  }

  function globalSub(sub: string): string {
    return `capture-v1://${new URL(issuer).host}/playground/user/${sub}`;
  }

  return {
    issuer,
    configure: (settings: MockSettings) => writeSettings(store, settings),
    settings: () => readSettings(store),
    discovery,
    jwks,
    checkAuthorize,
    approve,
    deny,
    token,
    userinfo,
  };
}
