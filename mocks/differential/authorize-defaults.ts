import type { Target } from './targets';

/**
 * The battery's default authorization request (OIDC Core §3.1.2.1, PKCE per RFC 7636 §4.3), one place
 * for both the query-string cases (battery.ts) and the signed request objects that carry the same
 * parameters as claims (request-object-cases.ts, RFC 9101 §4).
 * https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
 */
export function defaultAuthorizeValues(target: Target, challenge: string) {
  return {
    client_id: target.clientId,
    redirect_uri: target.redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
}
