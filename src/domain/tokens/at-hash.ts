import { base64url } from 'jose';

const HASH_OF_ALG: Record<string, string> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' };

/**
 * at_hash: base64url of the left half of the hash of the access token, with the hash that
 * matches the id_token's `alg` (OIDC Core §3.1.3.6). Undefined for an alg it cannot tell.
 */
export async function computeAtHash(accessToken: string, alg: string, curve?: string): Promise<string | undefined> {
  const bits = eddsaBits(alg, curve) ?? /(256|384|512)$/.exec(alg)?.[1];
  const hash = bits ? HASH_OF_ALG[bits] : undefined;
  if (!hash) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(accessToken)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}

/**
 * EdDSA: the hash is the one the curve signs with (OIDC Core §3.1.3.6 names "the hash algorithm
 * used in the alg"): SHA-512 for Ed25519 (RFC 8032 §5.1), also for the fully specified `Ed25519`
 * alg (RFC 9864). Ed448 uses SHAKE256, which Web Crypto lacks, so no at_hash is computed for it.
 */
function eddsaBits(alg: string, curve: string | undefined): string | undefined {
  if (alg === 'Ed25519') return '512';
  if (alg !== 'EdDSA') return undefined;
  return curve === undefined || curve === 'Ed25519' ? '512' : 'none';
}
