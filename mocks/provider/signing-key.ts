import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { ProviderStore } from './store';

export interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256';
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

interface StoredKey {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

const KEY_SLOT = 'signing-key';

/**
 * The provider's RS256 key. Generated once, extractable, and kept as a JWK in the store, because
 * each page load of the flow starts the provider afresh and must sign with the same key.
 */
export async function loadSigningKey(store: ProviderStore): Promise<SigningKey> {
  let stored = store.get<StoredKey>(KEY_SLOT);
  if (!stored) {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    stored = { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } };
    store.set(KEY_SLOT, stored);
  }
  const privateKey = (await importJWK(stored.privateJwk, 'RS256')) as CryptoKey;
  return { kid: stored.kid, alg: 'RS256', privateKey, publicJwk: stored.publicJwk };
}

/**
 * Deterministic mode's key: the same on every run and machine, so seeded tokens are byte-identical.
 * Loaded by import() when a seeded run first signs: the JWK is 1.6 kB a sign-in without a seed never
 * needs before its payload shows (issue 29).
 */
export async function loadFixedSigningKey(): Promise<SigningKey> {
  const { FIXED_PRIVATE_JWK } = await import('./fixed-signing-key');
  const { kty, n, e } = FIXED_PRIVATE_JWK;
  const publicJwk: JWK = { kty, n, e };
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateKey = (await importJWK(FIXED_PRIVATE_JWK, 'RS256')) as CryptoKey;
  return { kid, alg: 'RS256', privateKey, publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } };
}
