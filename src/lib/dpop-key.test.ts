import { calculateJwkThumbprint, exportJWK, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { seededDpopKeyPair } from './dpop-key';

const thumbprint = async (pair: CryptoKeyPair) => calculateJwkThumbprint(await exportJWK(pair.publicKey));

describe('the DPoP key in deterministic mode (derived from the seed)', () => {
  it('is the same key for the same seed, so cnf.jkt holds across runs', async () => {
    expect(await thumbprint(await seededDpopKeyPair('demo'))).toBe(await thumbprint(await seededDpopKeyPair('demo')));
  });

  it('is another key for another seed', async () => {
    expect(await thumbprint(await seededDpopKeyPair('demo'))).not.toBe(await thumbprint(await seededDpopKeyPair('other')));
  });

  it('keeps the private key non-extractable, and its signatures verify with the public key', async () => {
    const pair = await seededDpopKeyPair('demo');
    expect(pair.privateKey.extractable).toBe(false);
    const proof = await new SignJWT({ htm: 'POST' }).setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt' }).sign(pair.privateKey);
    await expect(jwtVerify(proof, pair.publicKey)).resolves.toMatchObject({ payload: { htm: 'POST' } });
  });
});
