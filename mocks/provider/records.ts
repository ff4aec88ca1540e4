import type { ClaimsRequest } from '../../src/domain/parse-claims-request';

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
}

export interface AccessTokenRecord {
  readonly clientId: string;
  readonly sub: string;
  readonly grantedScopes: readonly string[];
  readonly claims: ClaimsRequest | undefined;
  readonly expiresAt: number;
}

export const CODE_LIFETIME_SECONDS = 60;
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
export const ID_TOKEN_LIFETIME_SECONDS = 3600;
