import { BEHAVIOUR_PROFILES, type BehaviourProfile } from './behaviour-profile';

/**
 * When a behaviour profile issues a refresh token, and whether it outlives sign-out: the rule is
 * the profile's `refreshToken` property (behaviour-profile.ts), applied here for the mock provider
 * (what it issues) and for the results screen (the sentence that says why).
 * OIDC Core §11: https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
 */

/** Why a refresh token was issued or withheld: a stable code (src/domain/messages words it). */
export type RefreshTokenVerdict =
  | { readonly issued: true; readonly code: 'every-code'; /** The profile's own rule, as its table states it. */ readonly source: string }
  | { readonly issued: true; readonly code: 'offline-access-consented' }
  | { readonly issued: false; readonly code: 'offline-access-not-requested' | 'offline-access-without-consent' | 'offline-access-not-allowed' };

/** The verdict for a run, and whether the token response bore it out. */
export type RefreshTokenExplanation = RefreshTokenVerdict & {
  /** Set when the provider did otherwise than its rule says: what the token response had. */
  readonly contradictedBy?: 'refresh-token-returned' | 'no-refresh-token-returned';
};

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
  const rule = BEHAVIOUR_PROFILES[input.profile].refreshToken;
  if (rule.kind === 'with-every-code') {
    return {
      grantedScopes: input.grantedScopes,
      outlivesSignOut: false,
      verdict: { issued: true, code: 'every-code', source: rule.source },
    };
  }
  const withoutOffline = input.grantedScopes.filter((s) => s !== 'offline_access');
  const withheld = (code: Extract<RefreshTokenVerdict, { issued: false }>['code']): RefreshTokenDecision => ({
    grantedScopes: withoutOffline,
    outlivesSignOut: true,
    verdict: { issued: false, code },
  });
  if (!input.requestedScopes.includes('offline_access')) return withheld('offline-access-not-requested');
  if (!input.grantedScopes.includes('offline_access')) return withheld('offline-access-not-allowed');
  // OIDC Core §11: without prompt=consent the provider MUST ignore offline_access (unless other conditions apply).
  if (!input.prompt.includes('consent')) return withheld('offline-access-without-consent');
  return {
    grantedScopes: input.grantedScopes,
    outlivesSignOut: true,
    verdict: { issued: true, code: 'offline-access-consented' },
  };
}

/**
 * What the results screen says about the refresh token of a mock run: the profile's rule
 * applied to what was composed (scopes asked, the token policy, prompt), checked against what came
 * back. Computed from the composed request and the wire, not from the mock's internals.
 */
export function explainRefreshToken(input: {
  readonly profile: BehaviourProfile;
  readonly requestedScopes: readonly string[];
  readonly allowedScopes: readonly string[];
  readonly prompt: readonly string[];
  readonly refreshTokenReturned: boolean;
}): RefreshTokenExplanation {
  const grantedScopes = input.requestedScopes.filter((s) => input.allowedScopes.includes(s));
  const { verdict } = decideRefreshToken({ profile: input.profile, grantedScopes, requestedScopes: input.requestedScopes, prompt: input.prompt });
  if (verdict.issued === input.refreshTokenReturned) return verdict;
  return { ...verdict, contradictedBy: input.refreshTokenReturned ? 'refresh-token-returned' : 'no-refresh-token-returned' };
}
