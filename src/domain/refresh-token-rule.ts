import type { BehaviourProfile } from './behaviour-profile';

/**
 * When a behaviour profile issues a refresh token, and whether it outlives sign-out. One table,
 * read by the mock provider (what it issues) and by the results screen (the sentence that says why).
 *
 * - Next Identity: its reference's token response carries a `refresh_token` for
 *   `openid email profile ad:user_custom`, with no `offline_access`: one comes with every code.
 * - Hosted Login: its reference says nothing about refresh tokens; it runs on the same platform as
 *   Next Identity, so the mock issues one the same way.
 * - OIDC Core §11: `offline_access` asks for a refresh token that works when the user is not
 *   signed in; the provider grants it only with `prompt=consent` (or other conditions it does not
 *   have here) and otherwise ignores it. https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
 */
export type RefreshTokenRule =
  | { readonly kind: 'with-every-code'; readonly outlivesSignOut: false; readonly source: string }
  | { readonly kind: 'offline-access-with-consent'; readonly outlivesSignOut: true; readonly source: string };

export const REFRESH_TOKEN_RULES: Record<BehaviourProfile, RefreshTokenRule> = {
  'hosted-login': {
    kind: 'with-every-code',
    outlivesSignOut: false,
    source: 'Hosted Login (same platform as Next Identity): a refresh token comes with every code and ends with the sign-in session.',
  },
  'next-identity': {
    kind: 'with-every-code',
    outlivesSignOut: false,
    source: 'Next Identity reference: its token response has a refresh_token without offline_access; it ends with the sign-in session.',
  },
  'oidc-core': {
    kind: 'offline-access-with-consent',
    outlivesSignOut: true,
    source: 'OIDC Core section 11: a refresh token only for offline_access asked with prompt=consent; it outlives sign-out.',
  },
};

/** Why a refresh token was issued or withheld: a stable code and a sentence. */
export type RefreshTokenVerdict =
  | { readonly issued: true; readonly code: 'every-code' | 'offline-access-consented'; readonly sentence: string }
  | { readonly issued: false; readonly code: 'offline-access-not-requested' | 'offline-access-without-consent' | 'offline-access-not-allowed'; readonly sentence: string };

export interface RefreshTokenInput {
  readonly profile: BehaviourProfile;
  /** Scopes the token policy grants (requested ∩ allowed), before this rule. */
  readonly grantedScopes: readonly string[];
  readonly requestedScopes: readonly string[];
  readonly prompt: readonly string[];
}

export interface RefreshTokenDecision {
  /** The granted scopes after the rule: OIDC Core drops an unconsented offline_access. */
  readonly grantedScopes: readonly string[];
  readonly verdict: RefreshTokenVerdict;
  readonly outlivesSignOut: boolean;
}

export function decideRefreshToken(input: RefreshTokenInput): RefreshTokenDecision {
  const rule = REFRESH_TOKEN_RULES[input.profile];
  if (rule.kind === 'with-every-code') {
    return {
      grantedScopes: input.grantedScopes,
      outlivesSignOut: false,
      verdict: { issued: true, code: 'every-code', sentence: rule.source },
    };
  }
  const withoutOffline = input.grantedScopes.filter((s) => s !== 'offline_access');
  const withheld = (code: Extract<RefreshTokenVerdict, { issued: false }>['code'], why: string): RefreshTokenDecision => ({
    grantedScopes: withoutOffline,
    outlivesSignOut: true,
    verdict: { issued: false, code, sentence: `No refresh token: ${why} (OIDC Core section 11).` },
  });
  if (!input.requestedScopes.includes('offline_access')) return withheld('offline-access-not-requested', 'offline_access was not requested');
  if (!input.grantedScopes.includes('offline_access')) return withheld('offline-access-not-allowed', 'the token policy does not allow offline_access');
  if (!input.prompt.includes('consent')) return withheld('offline-access-without-consent', 'offline_access was asked without prompt=consent, so it was dropped');
  return {
    grantedScopes: input.grantedScopes,
    outlivesSignOut: true,
    verdict: { issued: true, code: 'offline-access-consented', sentence: 'Refresh token issued: offline_access was asked with prompt=consent (OIDC Core section 11).' },
  };
}

/**
 * The sentence the results screen shows about the refresh token of a mock run: the profile's rule
 * applied to what was composed (scopes asked, the token policy, prompt), checked against what came
 * back. Computed from the composed request and the wire, not from the mock's internals.
 */
export function explainRefreshToken(input: {
  readonly profile: BehaviourProfile;
  readonly requestedScopes: readonly string[];
  readonly allowedScopes: readonly string[];
  readonly prompt: readonly string[];
  readonly refreshTokenReturned: boolean;
}): RefreshTokenVerdict {
  const grantedScopes = input.requestedScopes.filter((s) => input.allowedScopes.includes(s));
  const { verdict } = decideRefreshToken({ profile: input.profile, grantedScopes, requestedScopes: input.requestedScopes, prompt: input.prompt });
  if (verdict.issued === input.refreshTokenReturned) return verdict;
  const came = input.refreshTokenReturned ? 'has a refresh_token' : 'has no refresh_token';
  return { ...verdict, sentence: `${verdict.sentence} Yet the token response ${came}: the provider did not follow this rule.` };
}
