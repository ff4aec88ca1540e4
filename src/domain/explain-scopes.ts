import type { ScopeDecision } from './resolve-scopes';

/**
 * Explains each requested scope from evidence only: what was requested, what the token response
 * says was granted, what the discovery document lists, and, for the mock only, the token policy
 * the user set. A real provider's policy is never seen, so no sentence cites one.
 */
export interface ExplainScopesInput {
  readonly requested: readonly string[];
  /** The token response's `scope`, split; undefined when the response had none. */
  readonly grantedOnTheWire: readonly string[] | undefined;
  /** The discovery document's `scopes_supported`, when published. */
  readonly scopesSupported?: readonly string[];
  /** The token policy's allowed scopes, when known (mock provider). */
  readonly allowedScopes?: readonly string[];
  /** The `prompt` sent with the authorize request, space-separated, if any. */
  readonly prompt?: string;
}

/**
 * Why a scope got its outcome, as a stable code. The outcome `dropped-by-policy` means "requested,
 * not granted"; only the reason `policy-excludes` blames a policy, and only the mock's is known.
 */
export type ScopeReason =
  | 'policy-allows'
  | 'listed-in-token-response'
  | 'assumed-granted'
  | 'policy-excludes'
  | 'not-granted'
  | 'offline-access-without-consent'
  | 'not-in-scopes-supported';

export type ScopeVerdict = ScopeDecision & {
  /** Only the mock's policy can be known; for a real provider it is 'not-known'. */
  readonly allowedByPolicy: boolean | 'not-known';
  readonly reason: ScopeReason;
  readonly sentence: string;
};

export interface ScopeExplanation {
  readonly verdicts: readonly ScopeVerdict[];
  /** RFC 6749 §5.1: an absent `scope` means exactly what was requested was granted. */
  readonly grantedAssumed: boolean;
  /** Granted on the wire although never requested (unusual; worth pointing out). */
  readonly unrequestedGrants: readonly string[];
  /** Whether the explanation could read a token policy (the mock's) or only the wire. */
  readonly evidence: 'token-policy' | 'wire-only';
}

export function explainScopes(input: ExplainScopesInput): ScopeExplanation {
  const grantedAssumed = input.grantedOnTheWire === undefined;
  const granted = input.grantedOnTheWire ?? input.requested;
  const verdicts = input.requested.map((scope) => verdictOf(scope, input, granted, grantedAssumed));
  const unrequestedGrants = granted.filter((scope) => !input.requested.includes(scope));
  return { verdicts, grantedAssumed, unrequestedGrants, evidence: input.allowedScopes ? 'token-policy' : 'wire-only' };
}

function verdictOf(scope: string, input: ExplainScopesInput, granted: readonly string[], assumed: boolean): ScopeVerdict {
  const allowedByPolicy = input.allowedScopes ? isSupported(scope, input.allowedScopes) : 'not-known';
  const verdict = (outcome: ScopeDecision['outcome'], reason: ScopeReason): ScopeVerdict => ({
    outcome,
    scope,
    allowedByPolicy,
    reason,
    sentence: sentenceFor(scope, reason),
  });
  if (granted.includes(scope)) {
    if (assumed) return verdict('granted', 'assumed-granted');
    return verdict('granted', allowedByPolicy === true ? 'policy-allows' : 'listed-in-token-response');
  }
  if (input.scopesSupported && !isSupported(scope, input.scopesSupported)) return verdict('unknown', 'not-in-scopes-supported');
  if (allowedByPolicy === false) return verdict('dropped-by-policy', 'policy-excludes');
  // OIDC Core §11: offline_access needs prompt=consent unless other conditions permit it, so its
  // absence is explained by the request itself before any guess about the provider.
  if (scope === 'offline_access' && !(input.prompt ?? '').split(' ').includes('consent')) {
    return verdict('dropped-by-policy', 'offline-access-without-consent');
  }
  return verdict('dropped-by-policy', 'not-granted');
}

function sentenceFor(scope: string, reason: ScopeReason): string {
  const name = `"${scope}"`;
  switch (reason) {
    case 'policy-allows':
      return scope === 'openid'
        ? '"openid" was granted: this is an OpenID Connect request, so an id_token was issued.'
        : `${name} was granted: it was requested and the token policy allows it.`;
    case 'listed-in-token-response':
      return scope === 'openid'
        ? '"openid" was granted: the token response’s scope lists it, and an OpenID Connect request gets an id_token.'
        : `${name} was granted by the provider: the token response’s scope lists it.`;
    case 'assumed-granted':
      return `${name} is assumed granted: the token response had no "scope", which means what was requested (RFC 6749 §5.1).`;
    case 'policy-excludes':
      return `${name} was requested but the token policy does not allow it, so it was dropped; add it to allowedScopes to get it.`;
    case 'offline-access-without-consent':
      return `${name} was requested without prompt=consent, and OpenID Connect lets a provider ignore offline_access then (OIDC Core §11); send prompt=consent to get a refresh token.`;
    case 'not-granted':
      return `${name} was requested but the provider did not grant it: the token response’s scope leaves it out, and the provider does not say why (the client’s registration, the user’s consent or its own rules may exclude it).`;
    case 'not-in-scopes-supported':
      return `${name} is not a scope this provider supports (absent from scopes_supported), so it was ignored without an error.`;
  }
}

/** A custom scope may be requested without its suffix (`ad:user_custom` for `ad:user_custom:read`). */
function isSupported(scope: string, supported: readonly string[]): boolean {
  return supported.includes(scope) || (scope.includes(':') && supported.some((s) => s.startsWith(`${scope}:`)));
}
