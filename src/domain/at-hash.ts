import { base64url } from 'jose';

const HASH_OF_ALG: Record<string, string> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' };

/**
 * at_hash: base64url of the left half of the hash of the access token, with the hash that
 * matches the id_token's `alg` (OIDC Core §3.1.3.6). Undefined for an alg it cannot tell.
 */
export async function computeAtHash(accessToken: string, alg: string): Promise<string | undefined> {
  // Ed25519 signs with SHA-512 inside, so its at_hash uses SHA-512 too.
  const bits = alg === 'EdDSA' ? '512' : /(256|384|512)$/.exec(alg)?.[1];
  const hash = bits ? HASH_OF_ALG[bits] : undefined;
  if (!hash) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(accessToken)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}
