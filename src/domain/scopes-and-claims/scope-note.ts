import { claimsOfScope, type StandardScope } from './catalogue';

/**
 * What the scope picker says beside a standard scope: most scopes are described by the claims
 * they release; openid and offline_access release none a person would look for, so they get a
 * note on what they do instead.
 */
export type ScopeNote =
  | { readonly code: 'makes-openid-request' }
  | { readonly code: 'asks-for-refresh-token' }
  /** `withheld`: the scope's §5.4 claims the provider in use does not release (Hosted Login has no picture). */
  | { readonly code: 'releases-claims'; readonly claims: readonly string[]; readonly withheld: readonly string[] };

/** `withheld`: the standard claims the provider in use does not release (a behaviour profile's). */
export function scopeNoteOf(scope: StandardScope, withheld: readonly string[] = []): ScopeNote {
  if (scope === 'openid') return { code: 'makes-openid-request' };
  if (scope === 'offline_access') return { code: 'asks-for-refresh-token' };
  const names = claimsOfScope(scope).map((claim) => claim.name);
  return { code: 'releases-claims', claims: names.filter((name) => !withheld.includes(name)), withheld: names.filter((name) => withheld.includes(name)) };
}
