/** Scope strings are space-delimited and case-sensitive (RFC 6749 §3.3). */
export function splitScopes(text: string | undefined | null): string[] {
  return [...new Set((text ?? '').split(/\s+/).filter(Boolean))];
}

export function joinScopes(scopes: readonly string[]): string {
  return scopes.join(' ');
}
