import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK, type JWK, type JWTPayload } from 'jose';
import { REQUEST_OBJECT_ALGORITHMS, type RequestObjectAlgorithm } from './request-object-algorithms';

/**
 * Request objects (RFC 9101, https://www.rfc-editor.org/rfc/rfc9101): the authorize parameters
 * travel as the claims of a JWT the client signs. Pure rules shared by the mock's endpoints, the
 * playground's client and the results screen; the keys and the clock are the caller's.
 */

// Their own module, so the compose screen's control can list them without the check (issue 29).
export { REQUEST_OBJECT_ALGORITHMS, type RequestObjectAlgorithm };

/** How far a request object's `iat`/`nbf` may be in the future, and `exp` in the past: clocks differ. */
export const REQUEST_OBJECT_CLOCK_SKEW_SECONDS = 60;
/** The lifetime the playground gives the objects it signs: long enough to read a login page. */
export const REQUEST_OBJECT_LIFETIME_SECONDS = 300;

/**
 * JWT claims of the object itself, not authorize parameters: §6.3 uses the rest as the request.
 * https://www.rfc-editor.org/rfc/rfc9101#section-4
 */
const JWT_CLAIMS = new Set(['iss', 'aud', 'exp', 'nbf', 'iat', 'jti', 'sub']);

export type RequestObjectProblem =
  | 'not-a-jwt'
  | 'alg-not-allowed'
  | 'no-key-registered'
  | 'bad-signature'
  | 'iss-mismatch'
  | 'aud-mismatch'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'client-id-mismatch'
  | 'response-type-mismatch'
  | 'nested-request';

export type RequestObjectCheck =
  | { readonly outcome: 'valid'; readonly params: URLSearchParams; readonly alg: RequestObjectAlgorithm }
  | { readonly outcome: 'invalid'; readonly problem: RequestObjectProblem };

/** What the client registered to verify its request objects: public keys, and its secret if it is confidential. */
export interface RequestObjectKeys {
  readonly jwks: readonly JWK[];
  readonly secret?: string;
}

export interface RequestObjectInput {
  readonly jwt: string;
  /** The parameters outside the object (the URL's query, or the PAR body). */
  readonly outside: URLSearchParams;
  /** The client the request comes from (outside `client_id`, or the authenticated client at PAR). */
  readonly clientId: string;
  /** The provider's issuer identifier: §4 "aud" SHOULD be it. */
  readonly issuer: string;
  readonly keys: RequestObjectKeys;
  readonly nowSeconds: number;
  readonly allowedAlgorithms?: readonly string[];
}

/**
 * RFC 9101 §6: validates a request object and answers the parameters the request is made of.
 * §6.3: "The authorization server MUST only use the parameters in the Request Object even if the
 * same parameter is provided in the query parameter" — so `claims`, `scope`, `redirect_uri`,
 * `state` outside are ignored; client_id and response_type outside must match the ones inside.
 * https://www.rfc-editor.org/rfc/rfc9101#section-6.3
 */
export async function checkRequestObject(input: RequestObjectInput): Promise<RequestObjectCheck> {
  const invalid = (problem: RequestObjectProblem): RequestObjectCheck => ({ outcome: 'invalid', problem });
  let alg: string | undefined;
  let payload: JWTPayload;
  try {
    alg = decodeProtectedHeader(input.jwt).alg;
    payload = decodeJwt(input.jwt);
  } catch {
    return invalid('not-a-jwt');
  }
  const allowed = input.allowedAlgorithms ?? REQUEST_OBJECT_ALGORITHMS;
  // §6.1 and §10.2: the algorithm is one the server accepts; "none" never is here.
  if (!alg || !allowed.includes(alg) || !isRequestObjectAlgorithm(alg)) return invalid('alg-not-allowed');
  const claimProblem = checkRequestObjectClaims(payload, input);
  if (claimProblem) return invalid(claimProblem);
  // §6.2: the signature, with a key the client registered (its JWKS, or its secret for HS256).
  const verified = await verifySignature(input.jwt, alg, input.keys);
  if (verified !== 'valid') return invalid(verified);
  return { outcome: 'valid', params: requestObjectParameters(payload), alg };
}

/**
 * The claims of the object that are not about the signature: RFC 9101 §4 (iss is the client, aud the
 * provider, §10.2 a limited lifetime), §5 (client_id outside must match inside), §6.3 (response_type
 * outside must match inside), §4 (no request or request_uri inside).
 */
export function checkRequestObjectClaims(payload: JWTPayload, input: Pick<RequestObjectInput, 'outside' | 'clientId' | 'issuer' | 'nowSeconds'>): RequestObjectProblem | undefined {
  const { outside, clientId, issuer, nowSeconds } = input;
  // §4: "request" and "request_uri" MUST NOT be included in the object.
  if ('request' in payload || 'request_uri' in payload) return 'nested-request';
  // §5 and §6.3: the client_id outside (or the client that pushed) names the object's client.
  const inside = payload.client_id;
  if (inside !== undefined && inside !== clientId) return 'client-id-mismatch';
  const outsideClient = outside.get('client_id');
  if (outsideClient !== null && outsideClient !== clientId) return 'client-id-mismatch';
  // §4: iss SHOULD be the client_id of the signer; a signed object from another issuer is refused.
  if (payload.iss !== clientId) return 'iss-mismatch';
  // §4: aud SHOULD be the issuer identifier of the server.
  const aud = Array.isArray(payload.aud) ? payload.aud : payload.aud === undefined ? [] : [payload.aud];
  if (!aud.includes(issuer)) return 'aud-mismatch';
  // §6.3: response_type outside, if any, must equal the one inside (OIDC Core §6.1 asks for both).
  const outsideType = outside.get('response_type');
  if (outsideType !== null && payload.response_type !== undefined && payload.response_type !== outsideType) return 'response-type-mismatch';
  // §10.2 (a short lifetime) and RFC 7519 §4.1.4–4.1.6: exp, nbf, iat when present, with a little skew.
  const skew = REQUEST_OBJECT_CLOCK_SKEW_SECONDS;
  if (typeof payload.exp === 'number' && payload.exp + skew <= nowSeconds) return 'expired';
  if (typeof payload.nbf === 'number' && payload.nbf - skew > nowSeconds) return 'not-yet-valid';
  if (typeof payload.iat === 'number' && payload.iat - skew > nowSeconds) return 'issued-in-future';
  return undefined;
}

/**
 * §6.3: the request is the object's claims, as authorize parameters: strings as they are, the
 * `claims` object (and any other JSON value) as JSON text, the JWT's own claims left out.
 */
export function requestObjectParameters(payload: JWTPayload): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(payload)) {
    if (JWT_CLAIMS.has(name) || value === undefined || value === null) continue;
    params.set(name, typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));
  }
  return params;
}

/** The object's payload from the parameters a client would have sent in the URL (§4): claims as JSON, numbers kept as text. */
export function requestObjectPayload(params: URLSearchParams): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [name, value] of params) {
    if (name === 'claims') {
      try {
        payload.claims = JSON.parse(value) as unknown;
        continue;
      } catch {
        // Text that is not JSON goes as it was typed: the provider says what is wrong with it.
      }
    }
    payload[name] = value;
  }
  return payload;
}

export function isRequestObjectAlgorithm(value: string): value is RequestObjectAlgorithm {
  return (REQUEST_OBJECT_ALGORITHMS as readonly string[]).includes(value);
}

// The signature only (compactVerify): the time claims were checked above against the provider's clock,
// which is fixed in deterministic mode.
async function verifySignature(jwt: string, alg: RequestObjectAlgorithm, keys: RequestObjectKeys): Promise<'valid' | 'no-key-registered' | 'bad-signature'> {
  if (alg === 'HS256') {
    if (!keys.secret) return 'no-key-registered';
    return attempt(() => compactVerify(jwt, new TextEncoder().encode(keys.secret), { algorithms: [alg] }));
  }
  const candidates = keys.jwks.filter((jwk) => (alg === 'ES256' ? jwk.kty === 'EC' : jwk.kty === 'RSA') && (jwk.alg === undefined || jwk.alg === alg));
  if (candidates.length === 0) return 'no-key-registered';
  for (const jwk of candidates) {
    const key = await importJWK(jwk, alg).catch(() => undefined);
    if (key && (await attempt(() => compactVerify(jwt, key, { algorithms: [alg] }))) === 'valid') return 'valid';
  }
  return 'bad-signature';
}

async function attempt(verify: () => Promise<unknown>): Promise<'valid' | 'bad-signature'> {
  try {
    await verify();
    return 'valid';
  } catch {
    return 'bad-signature';
  }
}
