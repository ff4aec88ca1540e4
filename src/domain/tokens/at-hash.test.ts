import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeAtHash } from './at-hash';

/** OIDC Core §3.1.3.6, computed with Node's own hashing: base64url of the left half of the digest. */
function leftHalfHash(algorithm: 'sha256' | 'sha384' | 'sha512', accessToken: string): string {
  const digest = createHash(algorithm).update(accessToken, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

describe('computeAtHash', () => {
  const accessToken = 'rb5bzkygqs5ahevp';

  it('hashes with SHA-256 for RS256 and keeps the left 128 bits', async () => {
    const atHash = await computeAtHash(accessToken, 'RS256');

    expect(atHash).toBe(leftHalfHash('sha256', accessToken));
    expect(atHash).toHaveLength(22);
  });

  it('matches the example in OIDC Core (access token jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y)', async () => {
    // OpenID Connect Core 1.0, Appendix A.4 ("code id_token token" example).
    expect(await computeAtHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')).toBe('77QmUPtjPfzWtF2AnpK9RQ');
  });

  it('hashes with SHA-384 for ES384 and SHA-512 for PS512', async () => {
    expect(await computeAtHash(accessToken, 'ES384')).toBe(leftHalfHash('sha384', accessToken));
    expect(await computeAtHash(accessToken, 'PS512')).toBe(leftHalfHash('sha512', accessToken));
  });

  it('hashes with SHA-512 for EdDSA', async () => {
    expect(await computeAtHash(accessToken, 'EdDSA')).toBe(leftHalfHash('sha512', accessToken));
  });

  it('hashes with SHA-512 for the fully specified Ed25519 alg and for EdDSA on the Ed25519 curve', async () => {
    expect(await computeAtHash(accessToken, 'Ed25519')).toBe(leftHalfHash('sha512', accessToken));
    expect(await computeAtHash(accessToken, 'EdDSA', 'Ed25519')).toBe(leftHalfHash('sha512', accessToken));
  });

  it('computes none for EdDSA on Ed448, whose SHAKE256 Web Crypto lacks', async () => {
    expect(await computeAtHash(accessToken, 'EdDSA', 'Ed448')).toBeUndefined();
  });

  it('gives no at_hash for an alg it cannot tell', async () => {
    expect(await computeAtHash(accessToken, 'none')).toBeUndefined();
  });
});
