import type { AccessTokenFact } from '../explain/explain-access-token';

/** The sentence for one thing a JWT access token says about scopes and audience (explain-access-token). */
export function accessTokenFactText(fact: AccessTokenFact): string {
  switch (fact.code) {
    case 'opaque':
      return 'The access token is opaque (not a JWT): only the provider can tell what it grants, through introspection (RFC 7662).';
    case 'typ-at-jwt':
      return 'Its header says typ at+jwt: a JWT access token as RFC 9068 §2.1 defines it.';
    case 'typ-other':
      return `Its header says typ ${fact.typ ?? '(none)'}, not at+jwt (RFC 9068 §2.1): a provider-specific JWT access token.`;
    case 'scope-claim':
      return `Its scope claim grants ${fact.scopes.join(' ') || '(nothing)'} (RFC 9068 §2.2.3).`;
    case 'scp-claim':
      return `Its scp claim grants ${fact.scopes.join(' ') || '(nothing)'} (scp is a common provider-specific name for scope).`;
    case 'no-scope-claim':
      return 'It carries neither scope nor scp, so it does not say which scopes it grants.';
    case 'scopes-differ': {
      const parts = [
        fact.onlyInToken.length ? `only in the token: ${fact.onlyInToken.join(' ')}` : '',
        fact.onlyInResponse.length ? `only in the token response: ${fact.onlyInResponse.join(' ')}` : '',
      ].filter(Boolean);
      return `Its scopes differ from the token response’s (${parts.join('; ')}); an API reads the token, so the token is what counts there.`;
    }
    case 'no-aud':
      return 'It has no aud, so any API could accept it; RFC 9068 §2.2 requires one.';
    case 'aud-client':
      return `Its aud includes this client (${fact.clientId}): an access token is meant for an API, and a client must not use it as proof of who signed in.`;
    case 'sub-client':
      return `Its sub is the client itself (${fact.clientId}): the token stands for the client, with no user behind it (RFC 9068 §2.2, the client credentials grant).`;
    case 'sub-user':
      return `Its sub names the user the token acts for (${fact.sub}) (RFC 9068 §2.2).`;
    case 'cnf-jkt':
      return `Its cnf.jkt is ${fact.jkt}, the thumbprint of the DPoP key it is bound to: an API that checks DPoP refuses it without a proof signed with that key (RFC 9449 §6.1, §7.1).`;
    case 'aud-resource':
      return `Its aud is ${fact.audiences.join(', ')}: the API it is meant for, not this client (RFC 9068 §2.2); the client passes it along without reading it.`;
  }
}
