/**
 * Registered JWT and OpenID Connect claims that a provider sets itself (no scope releases them),
 * each with what it means and where it is defined. Data, not prose in components, so the claims
 * table and the explanations read one list. The names alone are protocol-claims.ts: the compose
 * screen's checks need them, not the meanings (issue 29: the first route of `/` carries no prose it
 * does not show).
 * Source: IANA "JSON Web Token Claims" registry, https://www.iana.org/assignments/jwt/jwt.xhtml
 */

import { PROTOCOL_CLAIM_NAMES, type ProtocolClaimName } from './protocol-claims';

export interface SpecReference {
  /** Short label such as "RFC 7519 §4.1.1" or "OIDC Core §2". */
  readonly label: string;
  readonly url: string;
}

export interface RegisteredClaim {
  readonly name: string;
  /** What it means, one short clause without a final stop. */
  readonly meaning: string;
  readonly spec: SpecReference;
}

const CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
const RFC7519 = 'https://www.rfc-editor.org/rfc/rfc7519';
const core = (section: string, anchor: string): SpecReference => ({ label: `OIDC Core §${section}`, url: `${CORE}#${anchor}` });
const rfc = (number: number, section: string, anchor: string): SpecReference => ({
  label: `RFC ${number} §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}#${anchor}`,
});

// Every protocol claim of protocol-claims.ts has exactly one entry: a name missing here, or one not
// there, does not compile.
const MEANINGS: Readonly<Record<ProtocolClaimName, Omit<RegisteredClaim, 'name'>>> = {
  iss: { meaning: 'the issuer: who made and signed this token', spec: core('2', 'IDToken') },
  sub: { meaning: 'the subject: the user’s identifier at this issuer, never reassigned', spec: core('2', 'IDToken') },
  aud: { meaning: 'the audience: the client ID (or IDs) the token is meant for', spec: core('2', 'IDToken') },
  exp: { meaning: 'the expiry time, after which the token must be refused', spec: core('2', 'IDToken') },
  iat: { meaning: 'the time the token was issued', spec: core('2', 'IDToken') },
  nbf: { meaning: 'the time before which the token must not be accepted', spec: { label: 'RFC 7519 §4.1.5', url: `${RFC7519}#section-4.1.5` } },
  jti: { meaning: 'a unique identifier of this token, to detect replay', spec: { label: 'RFC 7519 §4.1.7', url: `${RFC7519}#section-4.1.7` } },
  auth_time: { meaning: 'when the user last actually authenticated, not when the token was issued', spec: core('2', 'IDToken') },
  nonce: { meaning: 'the value the client sent in the authorize request, echoed to bind the token to it', spec: core('2', 'IDToken') },
  acr: { meaning: 'the authentication context class the login satisfied', spec: core('2', 'IDToken') },
  amr: { meaning: 'the authentication methods used, such as pwd or otp', spec: core('2', 'IDToken') },
  azp: { meaning: 'the authorized party: the client the token was issued to', spec: core('2', 'IDToken') },
  at_hash: { meaning: 'a hash of the access token, binding the two together', spec: core('3.1.3.6', 'CodeIDToken') },
  c_hash: { meaning: 'a hash of the authorization code, binding the code to this token (hybrid flow)', spec: core('3.3.2.11', 'HybridIDToken') },
  s_hash: { meaning: 'a hash of the state value, binding the state to this token', spec: { label: 'FAPI 1.0 Advanced §5.1', url: 'https://openid.net/specs/openid-financial-api-part-2-1_0.html#id-token-as-detached-signature' } },
  sid: { meaning: 'the session ID at the provider, used by front- and back-channel logout', spec: { label: 'OIDC Front-Channel Logout §3', url: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#ClaimsContents' } },
  sub_jwk: { meaning: 'the public key of a self-issued token', spec: core('7.4', 'SelfIssuedResponse') },
  cnf: { meaning: 'the confirmation key the token is bound to (proof of possession)', spec: rfc(7800, '3.1', 'section-3.1') },
  events: { meaning: 'the security events this token reports (logout tokens, SETs)', spec: rfc(8417, '2.2', 'section-2.2') },
  toe: { meaning: 'the time the reported event occurred', spec: rfc(8417, '2.2', 'section-2.2') },
  txn: { meaning: 'a transaction identifier shared across the parties of one transaction', spec: rfc(8417, '2.2', 'section-2.2') },
  client_id: { meaning: 'the client the token was issued to', spec: rfc(8693, '4.3', 'section-4.3') },
  scope: { meaning: 'the scopes the token grants', spec: rfc(8693, '4.2', 'section-4.2') },
  act: { meaning: 'the party acting on behalf of the subject (delegation)', spec: rfc(8693, '4.1', 'section-4.1') },
  may_act: { meaning: 'who may act on behalf of the subject', spec: rfc(8693, '4.4', 'section-4.4') },
  auth_req_id: { meaning: 'the identifier of a backchannel (CIBA) authentication request', spec: { label: 'OIDC CIBA §7.3', url: 'https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.7.3' } },
  urn_hash: { meaning: 'a hash of the backchannel request identifier (CIBA)', spec: { label: 'OIDC CIBA §7.3', url: 'https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.7.3' } },
};

export const REGISTERED_CLAIMS: readonly RegisteredClaim[] = PROTOCOL_CLAIM_NAMES.map((name) => ({ name, ...MEANINGS[name] }));

const BY_NAME = new Map(REGISTERED_CLAIMS.map((claim) => [claim.name, claim]));

/** A registered protocol claim by name; a Map, so `constructor` or `__proto__` find nothing. */
export function findRegisteredClaim(name: string): RegisteredClaim | undefined {
  return BY_NAME.get(name);
}
