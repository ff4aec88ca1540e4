import { checkDpopProof, DPOP_ALGORITHMS, DPOP_IAT_WINDOW_SECONDS, type DpopProblem } from '../../src/domain/protocols/dpop-proof';
import type { ProviderContext } from './context';
import { currentNonce } from './dpop-nonce';
import type { ProviderResponse } from './provider-response';

/**
 * A DPoP proof checked at the mock's endpoints (RFC 9449 §4.3): the rule is the domain's
 * (dpop-proof.ts), the replay store and the nonce the provider's. Loaded by import() from dpop.ts
 * when a request carries a proof, so a sign-in without DPoP never compiles it (issue 29).
 */

const jtiSlot = (jti: string) => `dpop-jti:${jti}`;

/** What the handler passes on: the DPoP header, and the method and URL the request came to. */
export interface DpopRequest {
  readonly proof: string | null;
  readonly method: string;
  readonly url: string;
}

const PROBLEM: Record<DpopProblem, string> = {
  'not-a-jwt': 'The DPoP header is not a JWT.',
  'wrong-typ': 'The DPoP proof’s typ must be dpop+jwt.',
  'alg-not-allowed': `The DPoP proof must be signed with one of ${DPOP_ALGORITHMS.join(', ')}.`,
  'no-public-jwk': 'The DPoP proof carries no public jwk in its header.',
  'private-key-in-header': 'The DPoP proof’s jwk holds a private key.',
  'bad-signature': 'The DPoP proof’s signature does not verify with its jwk.',
  'htm-mismatch': 'The DPoP proof’s htm is not this request’s method.',
  'htu-mismatch': 'The DPoP proof’s htu is not this endpoint.',
  'iat-out-of-window': `The DPoP proof’s iat is more than ${DPOP_IAT_WINDOW_SECONDS} seconds from the provider’s clock.`,
  'jti-missing': 'The DPoP proof has no jti.',
  'ath-missing': 'The DPoP proof has no ath, the hash of the access token it goes with.',
  'ath-mismatch': 'The DPoP proof’s ath is not the hash of this access token.',
  'key-mismatch': 'The DPoP proof is signed by another key than the one this token is bound to.',
};

type Verified = { outcome: 'valid'; jkt: string } | { outcome: 'refused'; response: ProviderResponse };

/** §4.3 with §11.1: one proof, one use; a jti seen within the window is a replay. */
export type VerifyProof = typeof verifyProof;

export async function verifyProof(
  context: ProviderContext,
  request: DpopRequest & { proof: string },
  options: { nonce?: string; accessToken?: string; boundJkt?: string; refuse: (error: 'invalid_dpop_proof' | 'use_dpop_nonce' | 'invalid_token', description: string, headers?: Record<string, string>) => ProviderResponse },
): Promise<Verified> {
  const now = context.now();
  const check = await checkDpopProof({ proof: request.proof, method: request.method, url: request.url, nowSeconds: now, nonce: options.nonce, accessToken: options.accessToken, boundJkt: options.boundJkt });
  if (check.outcome === 'use-nonce') {
    return { outcome: 'refused', response: options.refuse('use_dpop_nonce', 'This provider requires a DPoP nonce: send the proof again with the nonce from the DPoP-Nonce header (RFC 9449 section 8).', { 'DPoP-Nonce': currentNonce(context) }) };
  }
  if (check.outcome === 'invalid') return { outcome: 'refused', response: options.refuse(check.problem === 'key-mismatch' ? 'invalid_token' : 'invalid_dpop_proof', PROBLEM[check.problem]) };
  const seen = context.store.get<number>(jtiSlot(check.jti));
  if (seen !== undefined && seen > now) return { outcome: 'refused', response: options.refuse('invalid_dpop_proof', 'This DPoP proof’s jti was already used: a proof is for one request.') };
  context.store.set(jtiSlot(check.jti), now + 2 * DPOP_IAT_WINDOW_SECONDS);
  return { outcome: 'valid', jkt: check.jkt };
}
