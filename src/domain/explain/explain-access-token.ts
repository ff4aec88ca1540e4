/**
 * What a JWT access token (RFC 9068, https://www.rfc-editor.org/rfc/rfc9068) says about scopes and
 * audience: the other half of "scopes versus claims". An opaque access token says nothing to the
 * client, and that is said too.
 */
export interface ExplainAccessTokenInput {
  /** The decoded header and payload, or undefined when the access token is not a JWT. */
  readonly jwt: { readonly header: Readonly<Record<string, unknown>>; readonly payload: Readonly<Record<string, unknown>> } | undefined;
  /** Scopes the token response granted (or assumed). */
  readonly grantedScopes: readonly string[];
  readonly clientId: string;
}

/** What a JWT access token says, as codes with what their sentences need (src/domain/messages words them). */
export type AccessTokenFact =
  | { readonly code: 'opaque' }
  | { readonly code: 'typ-at-jwt' }
  | { readonly code: 'typ-other'; readonly typ: string | undefined }
  | { readonly code: 'scope-claim'; readonly scopes: readonly string[] }
  | { readonly code: 'scp-claim'; readonly scopes: readonly string[] }
  | { readonly code: 'no-scope-claim' }
  | { readonly code: 'scopes-differ'; readonly onlyInToken: readonly string[]; readonly onlyInResponse: readonly string[] }
  | { readonly code: 'aud-resource'; readonly audiences: readonly string[] }
  | { readonly code: 'aud-client'; readonly clientId: string }
  | { readonly code: 'no-aud' }
  | { readonly code: 'sub-client'; readonly clientId: string }
  | { readonly code: 'sub-user'; readonly sub: string }
  | { readonly code: 'cnf-jkt'; readonly jkt: string };

export type AccessTokenFactCode = AccessTokenFact['code'];

export function explainAccessToken(input: ExplainAccessTokenInput): AccessTokenFact[] {
  // RFC 7662: only the provider can tell what an opaque token grants, through introspection.
  if (!input.jwt) return [{ code: 'opaque' }];
  const { header, payload } = input.jwt;
  const facts: AccessTokenFact[] = [];
  // RFC 9068 §2.1: a JWT access token is typed at+jwt, so it cannot be mistaken for an id_token.
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase() : undefined;
  facts.push(typ === 'at+jwt' || typ === 'application/at+jwt' ? { code: 'typ-at-jwt' } : { code: 'typ-other', typ });

  // RFC 9068 §2.2.3: the scope claim; scp is a common provider-specific name for it.
  const scopes = scopesOf(payload);
  if (scopes.claim === undefined) {
    facts.push({ code: 'no-scope-claim' });
  } else {
    facts.push(scopes.claim === 'scope' ? { code: 'scope-claim', scopes: scopes.values } : { code: 'scp-claim', scopes: scopes.values });
    const onlyInToken = scopes.values.filter((s) => !input.grantedScopes.includes(s));
    const onlyInResponse = input.grantedScopes.filter((s) => !scopes.values.includes(s));
    if (onlyInToken.length > 0 || onlyInResponse.length > 0) facts.push({ code: 'scopes-differ', onlyInToken, onlyInResponse });
  }

  // RFC 9068 §2.2: aud is required and names the API (resource) the token is for.
  const audiences = Array.isArray(payload.aud) ? payload.aud.filter((a): a is string => typeof a === 'string') : typeof payload.aud === 'string' ? [payload.aud] : [];
  if (audiences.length === 0) facts.push({ code: 'no-aud' });
  else if (audiences.includes(input.clientId)) facts.push({ code: 'aud-client', clientId: input.clientId });
  else facts.push({ code: 'aud-resource', audiences });

  // RFC 9068 §2.2: sub is the user, or the client itself when no user is involved (client credentials).
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
  if (typeof payload.sub === 'string') facts.push(payload.sub === clientId ? { code: 'sub-client', clientId } : { code: 'sub-user', sub: payload.sub });
  // RFC 9449 §6.1: a DPoP-bound JWT access token names its key's thumbprint.
  const cnf = payload.cnf as { jkt?: unknown } | undefined;
  if (typeof cnf?.jkt === 'string') facts.push({ code: 'cnf-jkt', jkt: cnf.jkt });
  return facts;
}

function scopesOf(payload: Readonly<Record<string, unknown>>): { claim: 'scope' | 'scp' | undefined; values: string[] } {
  for (const claim of ['scope', 'scp'] as const) {
    const value = payload[claim];
    if (typeof value === 'string') return { claim, values: value.split(' ').filter(Boolean) };
    if (Array.isArray(value)) return { claim, values: value.filter((v): v is string => typeof v === 'string') };
  }
  return { claim: undefined, values: [] };
}
