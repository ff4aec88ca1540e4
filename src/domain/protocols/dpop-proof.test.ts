import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessTokenHash, authorizationSchemeOf, checkDpopProof, DPOP_IAT_WINDOW_SECONDS } from './dpop-proof';

const URL_ = 'https://op.test/mock-op/token';
const NOW = 1_768_469_400;
let privateKey: CryptoKey;
let publicJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  publicJwk = await exportJWK(pair.publicKey);
});

async function proof(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) {
  return new SignJWT({ htm: 'POST', htu: URL_, jti: 'jti-1', iat: NOW, ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: publicJwk, ...header })
    .sign(privateKey);
}

const check = async (p: string, extra: Partial<Parameters<typeof checkDpopProof>[0]> = {}) => checkDpopProof({ proof: p, method: 'POST', url: URL_, nowSeconds: NOW, ...extra });

describe('DPoP proof validation (RFC 9449 §4.3)', () => {
  it('accepts a good proof and answers the key’s thumbprint', async () => {
    const result = await check(await proof());
    expect(result).toMatchObject({ outcome: 'valid', jti: 'jti-1', jkt: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });

  it('refuses what is not a JWT', async () => {
    expect(await check('nonsense')).toEqual({ outcome: 'invalid', problem: 'not-a-jwt' });
  });

  it('refuses another typ (step 4)', async () => {
    expect(await check(await proof({}, { typ: 'JWT' }))).toEqual({ outcome: 'invalid', problem: 'wrong-typ' });
  });

  it('refuses a proof without a jwk, or with a private key in it (steps 5–6)', async () => {
    expect(await check(await proof({}, { jwk: undefined }))).toEqual({ outcome: 'invalid', problem: 'no-public-jwk' });
    expect(await check(await proof({}, { jwk: { ...publicJwk, d: 'secret' } }))).toEqual({ outcome: 'invalid', problem: 'private-key-in-header' });
  });

  it('refuses a signature by another key (step 7)', async () => {
    const other = await exportJWK((await generateKeyPair('ES256')).publicKey);
    expect(await check(await proof({}, { jwk: other }))).toEqual({ outcome: 'invalid', problem: 'bad-signature' });
  });

  it('refuses another method or URI, and ignores the query (steps 8–9)', async () => {
    expect(await check(await proof({ htm: 'GET' }))).toEqual({ outcome: 'invalid', problem: 'htm-mismatch' });
    expect(await check(await proof({ htu: 'https://op.test/mock-op/userinfo' }))).toEqual({ outcome: 'invalid', problem: 'htu-mismatch' });
    expect((await check(await proof({ htu: `${URL_}?x=1` }))).outcome).toBe('valid');
  });

  it('refuses a proof without jti (step 10)', async () => {
    expect(await check(await proof({ jti: undefined }))).toEqual({ outcome: 'invalid', problem: 'jti-missing' });
  });

  it('refuses an iat outside the window (step 11)', async () => {
    expect(await check(await proof({ iat: NOW - DPOP_IAT_WINDOW_SECONDS - 1 }))).toEqual({ outcome: 'invalid', problem: 'iat-out-of-window' });
    expect(await check(await proof({ iat: NOW + DPOP_IAT_WINDOW_SECONDS + 1 }))).toEqual({ outcome: 'invalid', problem: 'iat-out-of-window' });
    expect((await check(await proof({ iat: NOW + DPOP_IAT_WINDOW_SECONDS }))).outcome).toBe('valid');
  });

  it('asks for the provider’s nonce when the proof lacks it or carries another (§8)', async () => {
    expect(await check(await proof(), { nonce: 'n-1' })).toEqual({ outcome: 'use-nonce' });
    expect(await check(await proof({ nonce: 'old' }), { nonce: 'n-1' })).toEqual({ outcome: 'use-nonce' });
    expect((await check(await proof({ nonce: 'n-1' }), { nonce: 'n-1' })).outcome).toBe('valid');
  });

  it('at a resource, needs ath to hash the access token presented (§4.3 step 11, §7)', async () => {
    expect(await check(await proof(), { accessToken: 'at-1' })).toEqual({ outcome: 'invalid', problem: 'ath-missing' });
    expect(await check(await proof({ ath: await accessTokenHash('other') }), { accessToken: 'at-1' })).toEqual({ outcome: 'invalid', problem: 'ath-mismatch' });
    expect((await check(await proof({ ath: await accessTokenHash('at-1') }), { accessToken: 'at-1' })).outcome).toBe('valid');
  });

  it('refuses a proof from another key than the token is bound to (§7.1)', async () => {
    expect(await check(await proof(), { boundJkt: 'another-thumbprint' })).toEqual({ outcome: 'invalid', problem: 'key-mismatch' });
  });
});

describe('authorizationSchemeOf (RFC 9449 §7.1, RFC 6750 §2.1)', () => {
  it('presents a token of type DPoP with a proof, whatever its case (RFC 6749 §5.1)', () => {
    expect(authorizationSchemeOf('DPoP')).toBe('DPoP');
    expect(authorizationSchemeOf('dpop')).toBe('DPoP');
  });

  it('presents a Bearer token, or one of no stated type, as Bearer: the provider did not bind it', () => {
    expect(authorizationSchemeOf('Bearer')).toBe('Bearer');
    expect(authorizationSchemeOf(undefined)).toBe('Bearer');
  });
});
