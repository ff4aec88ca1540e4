/**
 * Where the authorization response travels (OAuth 2.0 Multiple Response Type Encoding Practices §2,
 * https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes): in the query of
 * the redirect URI (the default for response_type code), or with response_mode=fragment after `#`,
 * which the browser never sends to a server, so only the page reads it.
 */
export type ResponseMode = 'query' | 'fragment';

/** The response's parameters, wherever they came: a fragment's win over the query's (the redirect URI may hold a query of its own). */
export function authorizationResponseParameters(url: string): URLSearchParams | undefined {
  try {
    const parsed = new URL(url);
    const values = new URLSearchParams(parsed.search);
    for (const [name, value] of new URLSearchParams(parsed.hash.slice(1))) values.set(name, value);
    return values;
  } catch {
    return undefined;
  }
}

/** Where a callback's response was: the fragment when it holds the code, an error or the state. */
export function responseModeOf(callbackUrl: string): ResponseMode | undefined {
  try {
    const fragment = new URLSearchParams(new URL(callbackUrl).hash.slice(1));
    if (['code', 'error', 'state'].some((name) => fragment.has(name))) return 'fragment';
    return 'query';
  } catch {
    return undefined;
  }
}

/**
 * Moves the parameters a provider added to a redirect URI into its fragment (the mock's side of
 * response_mode=fragment): those the registered redirect URI already had stay in its query.
 */
export function moveResponseToFragment(location: string, redirectUri: string): string {
  const url = new URL(location);
  const registered = new URL(redirectUri).searchParams;
  const fragment = new URLSearchParams(url.hash.slice(1));
  for (const [name, value] of [...url.searchParams]) {
    if (registered.getAll(name).includes(value)) continue;
    fragment.append(name, value);
  }
  url.search = registered.toString();
  url.hash = fragment.toString();
  return url.toString();
}
