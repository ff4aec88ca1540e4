/**
 * The one definition of a protocol claim: a registered claim the provider sets itself (OIDC Core
 * §2, IANA "JSON Web Token Claims"), never a user claim a scope, the claims parameter or a custom
 * mapping releases. So c_hash or sid is never taken for an unexplained extra. What each one means
 * is registered-claims.ts, which must cover exactly these names.
 * https://openid.net/specs/openid-connect-core-1_0.html#IDToken
 * https://www.iana.org/assignments/jwt/jwt.xhtml
 */
export const PROTOCOL_CLAIM_NAMES = [
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'nbf',
  'jti',
  'auth_time',
  'nonce',
  'acr',
  'amr',
  'azp',
  'at_hash',
  'c_hash',
  's_hash',
  'sid',
  'sub_jwk',
  'cnf',
  'events',
  'toe',
  'txn',
  'client_id',
  'scope',
  'act',
  'may_act',
  'auth_req_id',
  'urn_hash',
] as const;

export type ProtocolClaimName = (typeof PROTOCOL_CLAIM_NAMES)[number];

export const PROTOCOL_CLAIMS: readonly string[] = PROTOCOL_CLAIM_NAMES;

const NAMES: ReadonlySet<string> = new Set(PROTOCOL_CLAIM_NAMES);

/** Whether a claim is set by the provider itself; a Set, so `constructor` or `__proto__` are not protocol claims. */
export function isProtocolClaim(name: string): boolean {
  return NAMES.has(name);
}
