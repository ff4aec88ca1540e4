/**
 * RFC 9207 §2 (https://www.rfc-editor.org/rfc/rfc9207#section-2): the provider names itself in
 * every authorization response, a code or an error alike, so a client that talks to several
 * providers can tell whose response reached its redirect URI (a mix-up attack otherwise).
 * Error pages are not responses to the client (nothing is redirected) and keep no `iss`.
 */
export function withResponseIssuer<T extends { readonly outcome: string }>(result: T, issuer: string): T {
  if (!('location' in result) || typeof result.location !== 'string') return result;
  return { ...result, location: addIssuer(result.location, issuer) };
}

/** §2: `iss` is added where the other response parameters are, the query or the fragment. */
export function addIssuer(location: string, issuer: string): string {
  const url = new URL(location);
  if (url.hash.length > 1) {
    const fragment = new URLSearchParams(url.hash.slice(1));
    fragment.set('iss', issuer);
    url.hash = fragment.toString();
    return url.toString();
  }
  url.searchParams.set('iss', issuer);
  return url.toString();
}
