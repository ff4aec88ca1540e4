import type { ScopeOutcome } from '../scopes-and-claims/resolve-scopes';

export type { ScopeOutcome };

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
  /**
   * Where that policy is set, so the explanation can say where to change it: the playground's mock
   * settings (the default), or the local mock server's options (`oidc-playground-op`).
   */
  readonly policyAt?: 'mock-settings' | 'local-server';
  /** The `prompt` sent with the authorize request, space-separated, if any. */
  readonly prompt?: string;
  /** Whether the token response carried a refresh_token. */
  readonly refreshTokenIssued?: boolean;
}

/**
 * Why a scope got its outcome, as a stable code; with the verdict's scope it is all the message
 * catalogue (messages/scope-messages.ts) needs to say it. The outcome `dropped-by-policy` means
 * "requested, not granted"; only the reasons `policy-excludes` and `server-policy-excludes` blame a policy, and only the mock's is known.
 */
export type ScopeReason =
  | 'policy-allows'
  | 'listed-in-token-response'
  | 'assumed-granted'
  | 'policy-excludes'
  /** The same, for the local mock server's policy, which is changed where the server is started. */
  | 'server-policy-excludes'
  | 'not-granted'
  | 'offline-access-without-consent'
  | 'refresh-token-issued'
  | 'not-in-scopes-supported';


export type ScopeVerdict = {
  readonly outcome: ScopeOutcome;
  readonly scope: string;
  /** Only the mock's policy can be known; for a real provider it is 'not-known'. */
  readonly allowedByPolicy: boolean | 'not-known';
  readonly reason: ScopeReason;
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
  const verdict = (outcome: ScopeOutcome, reason: ScopeReason): ScopeVerdict => ({
    outcome,
    scope,
    allowedByPolicy,
    reason,
  });
  if (granted.includes(scope)) {
    if (assumed) return verdict('granted', 'assumed-granted');
    return verdict('granted', allowedByPolicy === true ? 'policy-allows' : 'listed-in-token-response');
  }
  // OIDC Core §11 (https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess): offline_access
  // asks for a refresh token. Some providers honour it without listing it in the token response's
  // scope, or in scopes_supported (LemonLDAP::NG strips it from both): the refresh token is the evidence.
  if (scope === 'offline_access' && input.refreshTokenIssued && allowedByPolicy !== false) return verdict('granted', 'refresh-token-issued');
  if (input.scopesSupported && !isSupported(scope, input.scopesSupported)) return verdict('unknown', 'not-in-scopes-supported');
  if (allowedByPolicy === false) return verdict('dropped-by-policy', input.policyAt === 'local-server' ? 'server-policy-excludes' : 'policy-excludes');
  // OIDC Core §11: offline_access needs prompt=consent unless other conditions permit it, so its
  // absence is explained by the request itself before any guess about the provider.
  if (scope === 'offline_access' && !(input.prompt ?? '').split(' ').includes('consent')) {
    return verdict('ignored-without-consent', 'offline-access-without-consent');
  }
  return verdict('dropped-by-policy', 'not-granted');
}

/** A custom scope may be requested without its suffix (`ad:user_custom` for `ad:user_custom:read`). */
function isSupported(scope: string, supported: readonly string[]): boolean {
  return supported.includes(scope) || (scope.includes(':') && supported.some((s) => s.startsWith(`${scope}:`)));
}
