import type { OAuthErrorCode, PlaygroundErrorCode } from '../flow/error-codes';

/**
 * Why a sign-in stopped, from what came back: the OAuth error (RFC 6749 §4.1.2.1, §5.2), its
 * description, and what the request and the discovery document say. Advice is given only where it
 * applies to this request, never as a checklist.
 */
export interface ExplainFlowErrorInput {
  readonly error: string;
  readonly description: string;
  readonly requestedScopes: readonly string[];
  /** A `scope` parameter on the error redirect (oidc-provider names the refused scopes there). */
  readonly scopeInResponse: readonly string[] | undefined;
  /** Discovery's scopes_supported, when it was read. */
  readonly scopesSupported: readonly string[] | undefined;
  /**
   * The authorize request went in the URL though pushing was required (RFC 9126 §5, §6), and who
   * said so: the provider's discovery (every client), or the mock's registration of this client
   * (client metadata, which a real provider does not publish).
   */
  readonly pushRequiredNotPushed?: PushRequiredBy;
}

export type PushRequiredBy = 'discovery' | 'mock-client-metadata';

/**
 * What the hint says, as a code with its parameters; messages/flow-error-messages.ts words it.
 * `unknown-error` leaves the provider's own description to speak.
 */
export type FlowErrorHint =
  | { readonly code: 'scope-refused-named'; readonly scopes: readonly string[] }
  | { readonly code: 'openid-missing' }
  | { readonly code: 'scope-not-supported'; readonly scopes: readonly string[] }
  | { readonly code: 'scope-refused-unnamed'; readonly scopesSupported: 'published' | 'not-published' }
  | { readonly code: 'par-required'; readonly by: PushRequiredBy }
  | { readonly code: 'known-error'; readonly error: KnownFlowError }
  | { readonly code: 'unknown-error' };

/**
 * Errors with a fixed explanation: the registered OAuth and OpenID Connect codes a sign-in can
 * end with (RFC 6749 §4.1.2.1, §5.2; OIDC Core §3.1.2.6), and the playground's own
 * issuer_mismatch (RFC 9207 §2.4).
 */
export const KNOWN_FLOW_ERRORS = [
  'access_denied',
  'login_required',
  'consent_required',
  'interaction_required',
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'issuer_mismatch',
] as const satisfies ReadonlyArray<OAuthErrorCode | PlaygroundErrorCode>;

export type KnownFlowError = (typeof KNOWN_FLOW_ERRORS)[number];

export function explainFlowError(input: ExplainFlowErrorInput): FlowErrorHint {
  if (input.error === 'invalid_scope') return explainInvalidScope(input);
  // RFC 9126 §6: such a provider refuses a request that was not pushed, with invalid_request.
  if (input.error === 'invalid_request' && input.pushRequiredNotPushed) return { code: 'par-required', by: input.pushRequiredNotPushed };
  return isKnown(input.error) ? { code: 'known-error', error: input.error } : { code: 'unknown-error' };
}

function isKnown(error: string): error is KnownFlowError {
  return (KNOWN_FLOW_ERRORS as readonly string[]).includes(error);
}

/** RFC 6749 §4.1.2.1: invalid_scope means a requested scope is invalid, unknown or malformed. */
function explainInvalidScope(input: ExplainFlowErrorInput): FlowErrorHint {
  const named = namedScopes(input);
  if (named.length > 0) {
    return { code: 'scope-refused-named', scopes: named };
  }
  // OIDC Core §3.1.2.1: openid must be present, or the request is not OpenID Connect at all.
  if (!input.requestedScopes.includes('openid')) {
    return { code: 'openid-missing' };
  }
  const unsupported = input.scopesSupported ? input.requestedScopes.filter((scope) => !input.scopesSupported?.includes(scope)) : [];
  if (unsupported.length > 0) {
    return { code: 'scope-not-supported', scopes: unsupported };
  }
  return { code: 'scope-refused-unnamed', scopesSupported: input.scopesSupported ? 'published' : 'not-published' };
}

/** Requested scopes the provider named: in a `scope` on the error redirect, or word for word in its description. */
function namedScopes(input: ExplainFlowErrorInput): string[] {
  const fromResponse = (input.scopeInResponse ?? []).filter((scope) => input.requestedScopes.includes(scope));
  if (fromResponse.length > 0) return fromResponse;
  // Split on spaces and quotes, then drop a closing stop: scope names may hold ':' '.' or '/'.
  const words = new Set(input.description.split(/[\s,;"'`()]+/).map((word) => word.replace(/[.:]+$/, '')));
  return input.requestedScopes.filter((scope) => scope !== 'openid' && words.has(scope));
}
