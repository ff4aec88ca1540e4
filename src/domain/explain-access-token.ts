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

export type AccessTokenFactCode =
  | 'opaque'
  | 'typ-at-jwt'
  | 'typ-other'
  | 'scope-claim'
  | 'scp-claim'
  | 'no-scope-claim'
  | 'scopes-differ'
  | 'aud-resource'
  | 'aud-client'
  | 'no-aud';

export interface AccessTokenFact {
  readonly code: AccessTokenFactCode;
  readonly sentence: string;
}

export function explainAccessToken(input: ExplainAccessTokenInput): AccessTokenFact[] {
  if (!input.jwt) {
    return [{ code: 'opaque', sentence: 'The access token is opaque (not a JWT): only the provider can tell what it grants, through introspection (RFC 7662).' }];
  }
  const { header, payload } = input.jwt;
  const facts: AccessTokenFact[] = [];
  // RFC 9068 §2.1: a JWT access token is typed at+jwt, so it cannot be mistaken for an id_token.
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase() : undefined;
  if (typ === 'at+jwt' || typ === 'application/at+jwt') facts.push({ code: 'typ-at-jwt', sentence: 'Its header says typ at+jwt: a JWT access token as RFC 9068 §2.1 defines it.' });
  else facts.push({ code: 'typ-other', sentence: `Its header says typ ${typ ?? '(none)'}, not at+jwt (RFC 9068 §2.1): a provider-specific JWT access token.` });

  const scopes = scopesOf(payload);
  if (scopes.claim === undefined) {
    facts.push({ code: 'no-scope-claim', sentence: 'It carries neither scope nor scp, so it does not say which scopes it grants.' });
  } else {
    const name = scopes.claim;
    facts.push({
      code: name === 'scope' ? 'scope-claim' : 'scp-claim',
      sentence:
        name === 'scope'
          ? `Its scope claim grants ${scopes.values.join(' ') || '(nothing)'} (RFC 9068 §2.2.3).`
          : `Its scp claim grants ${scopes.values.join(' ') || '(nothing)'} (scp is a common provider-specific name for scope).`,
    });
    const onlyToken = scopes.values.filter((s) => !input.grantedScopes.includes(s));
    const onlyResponse = input.grantedScopes.filter((s) => !scopes.values.includes(s));
    if (onlyToken.length > 0 || onlyResponse.length > 0) {
      const parts = [onlyToken.length ? `only in the token: ${onlyToken.join(' ')}` : '', onlyResponse.length ? `only in the token response: ${onlyResponse.join(' ')}` : ''].filter(Boolean);
      facts.push({ code: 'scopes-differ', sentence: `Its scopes differ from the token response’s (${parts.join('; ')}); an API reads the token, so the token is what counts there.` });
    }
  }

  const audiences = Array.isArray(payload.aud) ? payload.aud.filter((a): a is string => typeof a === 'string') : typeof payload.aud === 'string' ? [payload.aud] : [];
  if (audiences.length === 0) facts.push({ code: 'no-aud', sentence: 'It has no aud, so any API could accept it; RFC 9068 §2.2 requires one.' });
  else if (audiences.includes(input.clientId)) facts.push({ code: 'aud-client', sentence: `Its aud includes this client (${input.clientId}): an access token is meant for an API, and a client must not use it as proof of who signed in.` });
  else facts.push({ code: 'aud-resource', sentence: `Its aud is ${audiences.join(', ')}: the API it is meant for, not this client (RFC 9068 §2.2); the client passes it along without reading it.` });
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
