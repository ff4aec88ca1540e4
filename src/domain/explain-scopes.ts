import type { ScopeDecision } from './resolve-scopes';

/**
 * Explains each requested scope from evidence only: what was requested, what the token response
 * says was granted, what the discovery document lists, and (for the mock) the token policy.
 * It never asks the provider's internals, so it means the same for a real provider.
 */
export interface ExplainScopesInput {
  readonly requested: readonly string[];
  /** The token response's `scope`, split; undefined when the response had none. */
  readonly grantedOnTheWire: readonly string[] | undefined;
  /** The discovery document's `scopes_supported`, when published. */
  readonly scopesSupported?: readonly string[];
  /** The token policy's allowed scopes, when known (mock provider). */
  readonly allowedScopes?: readonly string[];
}

export type ScopeVerdict = ScopeDecision & {
  readonly allowedByPolicy: boolean | 'not-known';
  readonly sentence: string;
};

export interface ScopeExplanation {
  readonly verdicts: readonly ScopeVerdict[];
  /** RFC 6749 §5.1: an absent `scope` means exactly what was requested was granted. */
  readonly grantedAssumed: boolean;
  /** Granted on the wire although never requested (unusual; worth pointing out). */
  readonly unrequestedGrants: readonly string[];
}

export function explainScopes(input: ExplainScopesInput): ScopeExplanation {
  const grantedAssumed = input.grantedOnTheWire === undefined;
  const granted = input.grantedOnTheWire ?? input.requested;
  const verdicts = input.requested.map((scope): ScopeVerdict => {
    const allowedByPolicy = input.allowedScopes ? isSupported(scope, input.allowedScopes) : 'not-known';
    if (granted.includes(scope)) {
      return { outcome: 'granted', scope, allowedByPolicy, sentence: grantedSentence(scope, grantedAssumed) };
    }
    if (input.scopesSupported && !isSupported(scope, input.scopesSupported)) {
      return {
        outcome: 'unknown',
        scope,
        allowedByPolicy,
        sentence: `"${scope}" is not a scope this provider supports (absent from scopes_supported), so it was ignored without an error.`,
      };
    }
    return {
      outcome: 'dropped-by-policy',
      scope,
      allowedByPolicy,
      sentence:
        allowedByPolicy === false
          ? `"${scope}" was requested but the token policy does not allow it, so it was dropped; add it to allowedScopes to get it.`
          : `"${scope}" was requested but the provider did not grant it; its token policy (or the client's allowed scopes) likely excludes it.`,
    };
  });
  const unrequestedGrants = granted.filter((scope) => !input.requested.includes(scope));
  return { verdicts, grantedAssumed, unrequestedGrants };
}

function grantedSentence(scope: string, assumed: boolean): string {
  if (assumed) return `"${scope}" is assumed granted: the token response had no "scope", which means what was requested (RFC 6749 §5.1).`;
  if (scope === 'openid') return '"openid" was granted: this is an OpenID Connect request, so an id_token was issued.';
  return `"${scope}" was granted: it was requested and the token policy allows it.`;
}

/** A custom scope may be requested without its suffix (`ad:user_custom` for `ad:user_custom:read`). */
function isSupported(scope: string, supported: readonly string[]): boolean {
  return supported.includes(scope) || (scope.includes(':') && supported.some((s) => s.startsWith(`${scope}:`)));
}
