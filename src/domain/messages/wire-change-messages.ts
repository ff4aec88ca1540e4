import type { WireChange } from '../protocols/wire-changes';

// Imported from this module, not the messages barrel: the sentences load with the results screen,
// not on the first route (npm run size).

const rfc = (number: number, section: string): string => `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`;

/** One sentence per change a protocol switch made to a run, with the section that defines it. */
const WIRE_CHANGE: Readonly<Record<WireChange, { readonly text: string; readonly citation: string; readonly url: string }>> = {
  'par-pushed': {
    text: 'The authorize parameters went to the PAR endpoint in a POST body, and the provider answered a one-time request_uri.',
    citation: 'RFC 9126 §2',
    url: rfc(9126, '2'),
  },
  'par-authorize-url': {
    text: 'The authorize URL shrank to client_id and request_uri: scopes, claims, state and the PKCE challenge never appeared in the browser’s address bar.',
    citation: 'RFC 9126 §4',
    url: rfc(9126, '4'),
  },
  'dpop-proof': {
    text: 'The call carried a DPoP header: a proof signed with the page’s key, for this method and URL (and, at userinfo, the token’s hash).',
    citation: 'RFC 9449 §4',
    url: rfc(9449, '4'),
  },
  'dpop-nonce-retry': {
    text: 'The provider answered use_dpop_nonce with a DPoP-Nonce header, so the client signed a new proof carrying that nonce and sent the call again.',
    citation: 'RFC 9449 §8',
    url: rfc(9449, '8'),
  },
  'dpop-bound-token': {
    text: 'The access token came back as token_type DPoP: bound to the page’s key, it is refused without a proof from that key.',
    citation: 'RFC 9449 §5',
    url: rfc(9449, '5'),
  },
  // RFC 9101: said the same for the mock and a real provider: what was sent, and what the RFC requires of any provider.
  'request-object': {
    text: 'The authorize request travelled as a signed request object; its parameters outside it are ignored.',
    citation: 'RFC 9101 §6.3',
    url: rfc(9101, '6.3'),
  },
  'request-object-pushed': {
    text: 'The pushed request was a signed request object: the provider uses only the parameters inside it, the claims request included.',
    citation: 'RFC 9101 §6.3',
    url: rfc(9101, '6.3'),
  },
  'response-in-fragment': {
    text: 'The code came back after # in the callback URL (response_mode=fragment): a browser never sends the fragment to a server, so only this page read it.',
    citation: 'OAuth 2.0 Multiple Response Type Encoding Practices §2.1',
    url: 'https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes',
  },
  'client-credentials': {
    text: 'The client asked the token endpoint in its own name (grant_type=client_credentials), authenticated with its secret: no browser redirect, no code, no user.',
    citation: 'RFC 6749 §4.4',
    url: rfc(6749, '4.4'),
  },
  'jwt-access-token': {
    text: 'The access token came back as a JWT typed at+jwt, signed with the provider’s key: an API can verify it against the JWKS and read its scope without asking the provider.',
    citation: 'RFC 9068 §2',
    url: rfc(9068, '2'),
  },
  'jwt-access-token-cnf': {
    text: 'The JWT access token carries cnf.jkt, the thumbprint of the page’s DPoP key, so an API that checks DPoP refuses it without a proof from that key.',
    citation: 'RFC 9449 §6.1',
    url: rfc(9449, '6.1'),
  },
  'introspection-cnf': {
    text: 'Introspection answered with cnf.jkt, the thumbprint of the key the access token is bound to, so an API that introspects it can check the caller’s proof against that key.',
    citation: 'RFC 9449 §6.2',
    url: rfc(9449, '6.2'),
  },
  'iss-in-callback': {
    text: 'The callback carried iss, naming the provider that issued the code, so a code from another provider would be refused.',
    citation: 'RFC 9207 §2',
    url: rfc(9207, '2'),
  },
};

/** The sentence, citation and link for a wire change. */
export function wireChangeText(change: WireChange): { readonly text: string; readonly citation: string; readonly url: string } {
  return WIRE_CHANGE[change];
}
