import type { ScopeOutcome } from '../scopes-and-claims/resolve-scopes';
import type { ScopeReason } from '../explain/explain-scopes';

/** The sentence that says why a requested scope got its outcome, in the scope table's "Why" column. */
export function scopeVerdictText({ scope, reason }: { readonly scope: string; readonly reason: ScopeReason }): string {
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
      return `${name} was requested but the token policy does not allow it, so it was dropped; add it under “Token policy: allowed scopes” in the mock’s settings to get it.`;
    case 'server-policy-excludes':
      return `${name} was requested but the local mock server’s token policy does not allow it, so it was dropped; add it to the server’s --allowed-scopes (or PUT /__control/settings) to get it.`;
    case 'offline-access-without-consent':
      return `${name} was requested without prompt=consent, and OpenID Connect lets a provider ignore offline_access then (OIDC Core §11); send prompt=consent to get a refresh token.`;
    case 'not-granted':
      return `${name} was requested but the provider did not grant it: the token response’s scope leaves it out, and the provider does not say why (the client’s registration, the user’s consent or its own rules may exclude it).`;
    case 'refresh-token-issued':
      return `${name} is not in the token response’s scope, but a refresh token came back, which is what offline_access asks for (OIDC Core §11): this provider honours it without listing it.`;
    case 'not-in-scopes-supported':
      return `${name} is not a scope this provider supports (absent from scopes_supported), so it was ignored without an error.`;
  }
}

const EVIDENCE: Record<ScopeReason, string> = {
  'policy-allows': 'token policy allows it',
  'listed-in-token-response': 'token response’s scope',
  'assumed-granted': 'no scope in the response',
  'policy-excludes': 'token policy excludes it',
  'server-policy-excludes': 'server’s token policy excludes it',
  'not-granted': 'token response’s scope',
  'offline-access-without-consent': 'no prompt=consent',
  'refresh-token-issued': 'refresh token issued',
  'not-in-scopes-supported': 'discovery’s scopes_supported',
};

/** What a scope verdict rests on, in a few words: the scope table's "Evidence" column. */
export function scopeEvidenceText(reason: ScopeReason): string {
  return EVIDENCE[reason];
}

/** The outcome's label; "dropped by policy" only where a policy was actually seen (the mock's). */
export function scopeOutcomeText({ outcome, reason }: { readonly outcome: ScopeOutcome; readonly reason: ScopeReason }): string {
  if (outcome === 'dropped-by-policy') return reason === 'policy-excludes' || reason === 'server-policy-excludes' ? 'dropped by policy' : 'not granted';
  if (outcome === 'ignored-without-consent') return 'ignored without consent';
  return outcome;
}
