/**
 * What a provider with a token policy grants. Granted = requested ∩ allowedScopes ∩ scopes the
 * provider knows; an unknown scope (`bob`) is ignored, never an error (Hosted Login reference,
 * "Using Scopes").
 */
export type ScopeDecision =
  | { outcome: 'granted'; scope: string }
  | { outcome: 'dropped-by-policy'; scope: string }
  | { outcome: 'unknown'; scope: string };

/**
 * The automation contract's `data-outcome` of a scope: the mock's decisions, plus
 * `ignored-without-consent` for a scope a protocol rule, not the token policy, refuses:
 * `offline_access` without `prompt=consent` (OIDC Core §11).
 * https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
 */
export type ScopeOutcome = ScopeDecision['outcome'] | 'ignored-without-consent';

export interface ResolveScopesInput {
  readonly requested: readonly string[];
  readonly allowedScopes: readonly string[];
  readonly knownScopes: readonly string[];
  /**
   * The defined scope a requested one stands for, when they differ: Next Identity lets a request
   * leave out a custom scope's suffix (`ad:user_custom` for `ad:user_custom:read`).
   */
  readonly definedAs?: (scope: string) => string;
}

export function resolveScopes({ requested, allowedScopes, knownScopes, definedAs = (s) => s }: ResolveScopesInput): ScopeDecision[] {
  return requested.map((scope) => {
    const defined = definedAs(scope);
    if (!knownScopes.includes(defined)) return { outcome: 'unknown', scope };
    if (!allowedScopes.includes(defined) && !allowedScopes.includes(scope)) return { outcome: 'dropped-by-policy', scope };
    return { outcome: 'granted', scope };
  });
}

export function grantedScopes(decisions: readonly ScopeDecision[]): string[] {
  return decisions.filter((d) => d.outcome === 'granted').map((d) => d.scope);
}
