import { claimsOfScope, type StandardScope } from './catalogue';

/**
 * What the scope picker says beside a standard scope: most scopes are described by the claims
 * they release; openid and offline_access release none a person would look for, so they get a
 * note on what they do instead.
 */
export type ScopeNote =
  | { readonly code: 'makes-openid-request' }
  | { readonly code: 'asks-for-refresh-token' }
  | { readonly code: 'releases-claims'; readonly claims: readonly string[] };

export function scopeNoteOf(scope: StandardScope): ScopeNote {
  if (scope === 'openid') return { code: 'makes-openid-request' };
  if (scope === 'offline_access') return { code: 'asks-for-refresh-token' };
  return { code: 'releases-claims', claims: claimsOfScope(scope).map((claim) => claim.name) };
}
