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
}

export type FlowErrorHint =
  | { readonly code: 'scope-refused-named'; readonly scopes: readonly string[]; readonly sentence: string }
  | { readonly code: 'openid-missing'; readonly sentence: string }
  | { readonly code: 'scope-not-supported'; readonly scopes: readonly string[]; readonly sentence: string }
  | { readonly code: 'scope-refused-unnamed'; readonly sentence: string }
  | { readonly code: 'known-error'; readonly sentence: string }
  | { readonly code: 'unknown-error'; readonly sentence: undefined };

const KNOWN: Readonly<Record<string, string>> = {
  access_denied: 'The user (or the provider on their behalf) refused the request. Nothing was issued.',
  login_required: 'prompt=none was sent but there is no sign-in session at the provider.',
  consent_required: 'prompt=none was sent but the user has not consented to this client yet.',
  interaction_required: 'prompt=none was sent but the provider needs the user to interact.',
  invalid_request: 'The provider found the request malformed; its description says which parameter.',
  invalid_client: 'The provider does not know this client, or refused its authentication.',
  invalid_grant: 'The code, its PKCE verifier or its redirect URI was refused at the token endpoint.',
  unauthorized_client: 'This client is not allowed to use this grant or response type.',
  unsupported_response_type: 'The provider does not support this response_type for this client.',
  server_error: 'The provider failed with an internal error; nothing in the request is known to be wrong.',
  temporarily_unavailable: 'The provider is overloaded or down for maintenance; try again later.',
  issuer_mismatch: 'The authorization response named another issuer, so its code was not sent anywhere (RFC 9207 §2.4).',
};

export function explainFlowError(input: ExplainFlowErrorInput): FlowErrorHint {
  if (input.error === 'invalid_scope') return explainInvalidScope(input);
  const known = Object.hasOwn(KNOWN, input.error) ? KNOWN[input.error] : undefined;
  return known ? { code: 'known-error', sentence: known } : { code: 'unknown-error', sentence: undefined };
}

/** RFC 6749 §4.1.2.1: invalid_scope means a requested scope is invalid, unknown or malformed. */
function explainInvalidScope(input: ExplainFlowErrorInput): FlowErrorHint {
  const named = namedScopes(input);
  if (named.length > 0) {
    return { code: 'scope-refused-named', scopes: named, sentence: `The provider refused ${list(named)}, and said so in its answer: leave ${named.length > 1 ? 'them' : 'it'} out, or have the client allowed to ask for ${named.length > 1 ? 'them' : 'it'}.` };
  }
  // OIDC Core §3.1.2.1: openid must be present, or the request is not OpenID Connect at all.
  if (!input.requestedScopes.includes('openid')) {
    return { code: 'openid-missing', sentence: 'The provider refused the scopes, and openid is not among them: an OpenID Connect request must include it (OIDC Core §3.1.2.1).' };
  }
  const unsupported = input.scopesSupported ? input.requestedScopes.filter((scope) => !input.scopesSupported?.includes(scope)) : [];
  if (unsupported.length > 0) {
    return { code: 'scope-not-supported', scopes: unsupported, sentence: `The provider refused a requested scope without naming it; ${list(unsupported)} ${unsupported.length > 1 ? 'are' : 'is'} not in its scopes_supported, so start there.` };
  }
  const where = input.scopesSupported ? 'every requested scope is in its scopes_supported, so this client is probably not allowed one of them' : 'it publishes no scopes_supported to compare with';
  return { code: 'scope-refused-unnamed', sentence: `The provider refused a requested scope without naming it; ${where}.` };
}

/** Requested scopes the provider named: in a `scope` on the error redirect, or word for word in its description. */
function namedScopes(input: ExplainFlowErrorInput): string[] {
  const fromResponse = (input.scopeInResponse ?? []).filter((scope) => input.requestedScopes.includes(scope));
  if (fromResponse.length > 0) return fromResponse;
  // Split on spaces and quotes, then drop a closing stop: scope names may hold ':' '.' or '/'.
  const words = new Set(input.description.split(/[\s,;"'`()]+/).map((word) => word.replace(/[.:]+$/, '')));
  return input.requestedScopes.filter((scope) => scope !== 'openid' && words.has(scope));
}

function list(scopes: readonly string[]): string {
  const quoted = scopes.map((scope) => `"${scope}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}
