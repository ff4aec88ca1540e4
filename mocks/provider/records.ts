import type { ClaimsRequest } from '../../src/domain/scopes-and-claims/parse-claims-request';

/** An issued authorization code: one-time, short-lived, bound to client, redirect URI and PKCE challenge. */
export interface CodeRecord {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly grantedScopes: readonly string[];
  readonly nonce: string | undefined;
  readonly claims: ClaimsRequest | undefined;
  readonly sub: string;
  /** Seconds since the epoch. */
  readonly authTime: number;
  readonly expiresAt: number;
  readonly used: boolean;
  /** Tokens issued for this code, revoked if the code is presented again (RFC 6749 §4.1.2). */
  readonly issued: readonly string[];
  /** The grant every token from this code (and its refreshes) belongs to. */
  readonly grantId: string;
  /** The profile's refresh-token rule, decided at the authorize step (src/domain/mock/refresh-token-rule.ts). */
  readonly refreshToken: boolean;
  /** Whether sign-out revokes the grant (the rule's outlivesSignOut, inverted). */
  readonly sessionBound: boolean;
}

/** What an access or refresh token stands for. */
export interface GrantRecord {
  readonly kind: 'access' | 'refresh';
  readonly clientId: string;
  readonly sub: string;
  readonly grantedScopes: readonly string[];
  readonly claims: ClaimsRequest | undefined;
  readonly authTime: number;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly grantId: string;
  /** A refresh token already exchanged: presenting it again revokes the grant (RFC 9700 §4.14.2). */
  readonly rotated?: boolean;
  readonly sessionBound?: boolean;
}

/** Every token of one grant, so that a replayed code or refresh token can revoke them all. */
export interface GrantFamily {
  readonly tokens: readonly string[];
  readonly sessionBound: boolean;
}

/** The browser's single sign-on session at the provider. */
export interface SessionRecord {
  readonly sub: string;
  readonly authTime: number;
  readonly expiresAt: number;
}

export const CODE_LIFETIME_SECONDS = 60;
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
export const REFRESH_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;
export const ID_TOKEN_LIFETIME_SECONDS = 3600;
/** Next Identity reference: "By default, this session lasts for 14 days." */
export const SESSION_LIFETIME_SECONDS = 14 * 24 * 3600;

export const slot = {
  code: (code: string) => `code:${code}`,
  token: (token: string) => `token:${token}`,
  session: () => 'session',
  grant: (grantId: string) => `grant:${grantId}`,
  /** Grants that end with the SSO session. */
  sessionGrants: () => 'session-grants',
  /** Public keys that signed tokens, kept in the JWKS until those tokens expire. */
  publishedKeys: () => 'published-keys',
} as const;
