/**
 * What a provider with a token policy grants. Granted = requested ∩ allowedScopes ∩ scopes the
 * provider knows; an unknown scope (`bob`) is ignored, never an error (Hosted Login reference,
 * "Using Scopes").
 */
export type ScopeDecision =
  | { outcome: 'granted'; scope: string }
  | { outcome: 'dropped-by-policy'; scope: string }
  | { outcome: 'unknown'; scope: string };

export interface ResolveScopesInput {
  readonly requested: readonly string[];
  readonly allowedScopes: readonly string[];
  readonly knownScopes: readonly string[];
}

export function resolveScopes({ requested, allowedScopes, knownScopes }: ResolveScopesInput): ScopeDecision[] {
  return requested.map((scope) => {
    if (!knownScopes.includes(scope)) return { outcome: 'unknown', scope };
    if (!allowedScopes.includes(scope)) return { outcome: 'dropped-by-policy', scope };
    return { outcome: 'granted', scope };
  });
}

export function grantedScopes(decisions: readonly ScopeDecision[]): string[] {
  return decisions.filter((d) => d.outcome === 'granted').map((d) => d.scope);
}
