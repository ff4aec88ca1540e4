import { base64url, calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { DPOP_ALGORITHMS } from './dpop-algorithms';

/**
 * DPoP proof validation (RFC 9449 §4.3, https://www.rfc-editor.org/rfc/rfc9449#section-4.3): what a
 * provider checks of the `DPoP` header before it issues or honours a sender-constrained token. The
 * replay store and the provider's nonce are the caller's; this is the rule.
 */

// Its own module, so discovery can name them without loading the proof check (issue 29).
export { DPOP_ALGORITHMS };

/** §11.1: proofs are short-lived; the window either side of the provider's clock. */
export const DPOP_IAT_WINDOW_SECONDS = 60;

export type DpopProblem =
  | 'not-a-jwt'
  | 'wrong-typ'
  | 'alg-not-allowed'
  | 'no-public-jwk'
  | 'private-key-in-header'
  | 'bad-signature'
  | 'htm-mismatch'
  | 'htu-mismatch'
  | 'iat-out-of-window'
  | 'jti-missing'
  | 'ath-missing'
  | 'ath-mismatch'
  | 'key-mismatch';

export type DpopProofCheck =
  | { readonly outcome: 'valid'; readonly jkt: string; readonly jti: string; readonly iat: number }
  | { readonly outcome: 'invalid'; readonly problem: DpopProblem }
  /** §8: the provider requires its nonce and the proof did not carry the current one. */
  | { readonly outcome: 'use-nonce' };

export interface DpopProofInput {
  readonly proof: string;
  /** The request's method and URL as the provider received them. */
  readonly method: string;
  readonly url: string;
  readonly nowSeconds: number;
  /** At a resource (userinfo): the access token presented, which `ath` must hash (§4.3 step 11, §7). */
  readonly accessToken?: string;
  /** The nonce the provider requires (§8); undefined when it requires none. */
  readonly nonce?: string;
  /** The key a token is bound to (`cnf.jkt`), when the request presents a bound token (§7.1). */
  readonly boundJkt?: string;
}

export async function checkDpopProof(input: DpopProofInput): Promise<DpopProofCheck> {
  const invalid = (problem: DpopProblem): DpopProofCheck => ({ outcome: 'invalid', problem });
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(input.proof);
  } catch {
    return invalid('not-a-jwt');
  }
  // §4.3 steps 4–6: typ dpop+jwt, an asymmetric alg, and a public key in the header.
  if (header.typ !== 'dpop+jwt') return invalid('wrong-typ');
  if (!header.alg || !(DPOP_ALGORITHMS as readonly string[]).includes(header.alg)) return invalid('alg-not-allowed');
  const jwk = header.jwk;
  if (!jwk || typeof jwk !== 'object') return invalid('no-public-jwk');
  if ('d' in jwk || 'p' in jwk || 'k' in jwk) return invalid('private-key-in-header');
  let payload: Record<string, unknown>;
  try {
    const key = await importJWK(jwk, header.alg);
    // The clock is checked below against the window, not by jose.
    ({ payload } = await jwtVerify(input.proof, key, { typ: 'dpop+jwt', algorithms: [...DPOP_ALGORITHMS], currentDate: new Date(input.nowSeconds * 1000) }));
  } catch {
    return invalid('bad-signature');
  }
  // §4.3 steps 8–9: the method and the URI without query and fragment.
  if (payload.htm !== input.method) return invalid('htm-mismatch');
  if (typeof payload.htu !== 'string' || withoutQuery(payload.htu) !== withoutQuery(input.url)) return invalid('htu-mismatch');
  if (typeof payload.jti !== 'string' || payload.jti === '') return invalid('jti-missing');
  // §4.3 step 11 / §11.1: iat within an acceptable window.
  if (typeof payload.iat !== 'number' || Math.abs(payload.iat - input.nowSeconds) > DPOP_IAT_WINDOW_SECONDS) return invalid('iat-out-of-window');
  // §8: a provider that requires a nonce answers use_dpop_nonce until the proof carries it.
  if (input.nonce !== undefined && payload.nonce !== input.nonce) return { outcome: 'use-nonce' };
  if (input.accessToken !== undefined) {
    if (typeof payload.ath !== 'string') return invalid('ath-missing');
    if (payload.ath !== (await accessTokenHash(input.accessToken))) return invalid('ath-mismatch');
  }
  const jkt = await calculateJwkThumbprint(jwk, 'sha256');
  // §7.1: a bound token is honoured only with a proof from the key it is bound to.
  if (input.boundJkt !== undefined && jkt !== input.boundJkt) return invalid('key-mismatch');
  return { outcome: 'valid', jkt, jti: payload.jti, iat: payload.iat };
}

/**
 * The scheme an access token is presented with at a resource, from the token_type the provider
 * answered (compared without case, RFC 6749 §5.1): a DPoP-bound token with `Authorization: DPoP` and
 * a proof (§7.1, https://www.rfc-editor.org/rfc/rfc9449#section-7.1); a provider that ignored the
 * proof issued a Bearer token, which goes as one (RFC 6750 §2.1), since §7.1 lets a resource refuse a
 * DPoP presentation of a token not bound to a key.
 */
export function authorizationSchemeOf(tokenType: unknown): 'DPoP' | 'Bearer' {
  return typeof tokenType === 'string' && tokenType.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
}

/** §4.2: ath = base64url(SHA-256(ASCII access token)). */
export async function accessTokenHash(accessToken: string): Promise<string> {
  return base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken))));
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}
