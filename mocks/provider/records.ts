import type { ClaimsRequest } from '../../src/domain/scopes-and-claims/parse-claims-request';
import type { ProviderSettings } from './settings';

/**
 * How long a record is kept and how old it is, on the wall clock (storage-budget.ts sweeps by
 * them). Not the protocol clock: deterministic mode fixes that one, and a record made under a fixed
 * clock must not be swept by a tab running on the real one. Optional: records from older builds
 * have neither, and are the first to go when their kind is over its budget.
 */
export interface Kept {
  /** Wall-clock seconds after which the record is spent and may be deleted. */
  readonly keptUntil?: number;
  /** Wall-clock milliseconds, strictly increasing per provider: the oldest of a kind goes first. */
  readonly storedAt?: number;
}

/**
 * The settings a sign-in was launched with, keyed by its `state`: the authorize step reads them
 * instead of whatever another tab configured since. Once a code is issued, the settings move to
 * the grant and the launch keeps only that it completed (a reloaded login page says so).
 */
export interface LaunchRecord extends Kept {
  readonly settings?: ProviderSettings;
  readonly completed: boolean;
}

/** An issued authorization code: one-time, short-lived, bound to client, redirect URI and PKCE challenge. */
export interface CodeRecord extends Kept {
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
export interface GrantRecord extends Kept {
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
  /** Issued by the client credentials grant (RFC 6749 §4.4): the token stands for the client, no user. */
  readonly noUser?: boolean;
}

/** Every token of one grant, so that a replayed code or refresh token can revoke them all. */
export interface GrantFamily extends Kept {
  readonly tokens: readonly string[];
  readonly sessionBound: boolean;
  /**
   * The settings the sign-in was launched with (user, token policy, behaviour profile, login
   * policy, clock, randomness): every release for this grant reads them. Absent in older records.
   */
  readonly settings?: ProviderSettings;
}

/** The browser's single sign-on session at the provider. */
export interface SessionRecord extends Kept {
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

/**
 * What the mock keeps at most, so its storage stops growing (docs/architecture.md states the
 * budget; storage-budget.test.ts measures it). Beyond these, the oldest go first: a grant dropped
 * this way answers like a revoked one.
 */
export type StorageBudget = { readonly [K in keyof typeof STORAGE_BUDGET]: number };

export const STORAGE_BUDGET = {
  /** Sign-ins launched and not yet answered at the login page, or answered (kept to say so on a reload). */
  launches: 10,
  /** Authorization codes, unused or used (kept until they expire, so a replay revokes the grant). */
  codes: 10,
  /** Grants with their settings, each with its newest tokens. */
  grants: 10,
  /** Access and refresh tokens, rotated ones included, per grant. */
  tokensPerGrant: 6,
} as const;

/** How long a launched sign-in waits for its login page to be answered. */
export const LAUNCH_LIFETIME_SECONDS = 3600;

export const slot = {
  launch: (state: string) => `launch:${state}`,
  code: (code: string) => `code:${code}`,
  token: (token: string) => `token:${token}`,
  session: () => 'session',
  grant: (grantId: string) => `grant:${grantId}`,
  /** Grants that end with the SSO session. */
  sessionGrants: () => 'session-grants',
  /** Public keys that signed tokens, kept in the JWKS until those tokens expire. */
  publishedKeys: () => 'published-keys',
} as const;
