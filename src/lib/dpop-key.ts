import { SignJWT, exportJWK, generateKeyPair, importJWK } from 'jose';
import { seededBytes } from '../domain/text/seeded-random';
import { DPoPState, type IndexedDbDPoPStore } from 'oidc-client-ts';

/** oidc-client-ts's DPoPStore interface (not exported by name; its IndexedDB store implements it). */
type DPoPStore = Pick<IndexedDbDPoPStore, 'set' | 'get' | 'remove' | 'getAllKeys'>;
import { accessTokenHash, authorizationSchemeOf } from '../domain/protocols/dpop-proof';

/**
 * The page's DPoP key pair (RFC 9449 §4.2), in this tab's memory only: made when a run first needs
 * it, private key non-extractable, gone with the page. ES256, the one algorithm oidc-client-ts
 * signs its token-endpoint proofs with.
 *
 * Deterministic mode derives the key from the seed instead (seededDpopKeyPair), so that cnf.jkt
 * and the thumbprints a snapshot shows are the same on every run with that seed (ECDSA signatures
 * differ anyway). Such a key protects nothing: anyone with the seed has it; it only signs proofs
 * for the in-browser mock.
 */
let keys: { seed: string | undefined; pair: Promise<CryptoKeyPair> } | undefined;

/** @param seed deterministic mode's seed (the clock alone counts as the seed ''); undefined for a fresh random key. */
export function dpopKeyPair(seed: string | undefined): Promise<CryptoKeyPair> {
  if (keys === undefined || keys.seed !== seed) {
    const pair = seed !== undefined ? seededDpopKeyPair(seed) : (generateKeyPair('ES256', { extractable: false }) as Promise<CryptoKeyPair>);
    keys = { seed, pair };
  }
  return keys.pair;
}

/** The page's key pair with what uses it: oidc-client-ts's store per client, and a protected-resource call. */
export interface DpopKey {
  readonly pair: CryptoKeyPair;
  storeFor(clientId: string): DPoPStore;
  /** A userinfo-style call with the scheme `tokenType` says (fetchResource). */
  fetch(url: string, accessToken: string, tokenType: unknown): Promise<Response>;
}

/** @param seed as for dpopKeyPair. */
export async function dpopKey(seed: string | undefined): Promise<DpopKey> {
  const pair = await dpopKeyPair(seed);
  return { pair, storeFor: (clientId) => dpopStoreWith(clientId, pair), fetch: (url, accessToken, tokenType) => fetchResource(url, accessToken, tokenType, pair) };
}

/** Whether this tab still holds a key (a reload of the results screen loses it, on purpose). */
export function hasDpopKey(): boolean {
  return keys !== undefined;
}

/**
 * PKCS #8 (RFC 5208) around an RFC 5915 ECPrivateKey on P-256 that holds the private scalar only:
 * version 0, id-ecPublicKey with prime256v1, then an OCTET STRING of SEQUENCE { 1, OCTET STRING d }.
 * WebCrypto cannot generate a key pair from a seed, and a JWK import needs the public point x, y,
 * which only elliptic-curve arithmetic gives; a PKCS #8 import without the optional public key makes
 * the browser's own crypto compute it (BoringSSL and OpenSSL both do), so no curve math is written here.
 */
const P256_PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07,
  0x04, 0x27, 0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20,
]);

/**
 * The key pair a seed stands for: 32 bytes from the seeded generator as the private scalar (one in
 * 2^32 seeds gives a scalar past the curve order, which the import refuses; the next counter is
 * tried then). The private key is imported once extractable to read its public point, then again
 * non-extractable for signing.
 */
export async function seededDpopKeyPair(seed: string): Promise<CryptoKeyPair> {
  for (let counter = 0; ; counter++) {
    const d = seededBytes(`dpop-key:${seed}`, counter, 32);
    let readable: CryptoKey;
    try {
      readable = await crypto.subtle.importKey('pkcs8', Uint8Array.from([...P256_PKCS8_PREFIX, ...d]), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    } catch (error) {
      if (counter < 3) continue;
      throw error;
    }
    const { kty, crv, x, y, d: scalar } = await exportJWK(readable);
    return {
      privateKey: (await importJWK({ kty, crv, x, y, d: scalar }, 'ES256', { extractable: false })) as CryptoKey,
      publicKey: (await importJWK({ kty, crv, x, y }, 'ES256', { extractable: true })) as CryptoKey,
    };
  }
}

const stores = new WeakMap<CryptoKeyPair, Map<string, DPoPStore>>();

/**
 * oidc-client-ts's DPoP store, holding the page's key for this client (its proofs at the token
 * endpoint use it). One per key and client, so the provider's last nonce is kept between calls.
 */
export function dpopStoreWith(clientId: string, pair: CryptoKeyPair): DPoPStore {
  const forPair = stores.get(pair) ?? new Map<string, DPoPStore>();
  stores.set(pair, forPair);
  const existing = forPair.get(clientId);
  if (existing) return existing;
  const store = newStore(clientId, pair);
  forPair.set(clientId, store);
  return store;
}

function newStore(clientId: string, pair: CryptoKeyPair): DPoPStore {
  const states = new Map<string, DPoPState>([[clientId, new DPoPState(pair)]]);
  return {
    set: async (key: string, value: DPoPState) => void states.set(key, value),
    get: async (key: string) => states.get(key)!,
    remove: async (key: string) => {
      const state = states.get(key)!;
      states.delete(key);
      return state;
    },
    getAllKeys: async () => [...states.keys()],
  };
}

/** A proof for one call (RFC 9449 §4.2): this method and URL, and at a resource the token's hash. */
async function proofFor(pair: CryptoKeyPair, method: string, url: string, options: { accessToken?: string; nonce?: string }): Promise<string> {
  const jwk = await exportJWK(pair.publicKey);
  const ath = options.accessToken === undefined ? {} : { ath: await accessTokenHash(options.accessToken) };
  return new SignJWT({ htm: method, htu: url, jti: crypto.randomUUID(), iat: Math.floor(Date.now() / 1000), ...ath, ...(options.nonce ? { nonce: options.nonce } : {}) })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! } })
    .sign(pair.privateKey);
}

/**
 * A call to a protected resource with a DPoP-bound token (RFC 9449 §7): `Authorization: DPoP`, and
 * a proof whose ath hashes the token; on use_dpop_nonce the provider's DPoP-Nonce goes into one
 * retry (§9). oidc-client-ts sends its userinfo call as Bearer, which a provider must refuse (§7.1).
 */
export async function fetchWithDpop(url: string, accessToken: string, pair: CryptoKeyPair, method = 'GET'): Promise<Response> {
  const send = async (nonce?: string) => fetch(url, { method, headers: { Authorization: `DPoP ${accessToken}`, DPoP: await proofFor(pair, method, url, { accessToken, nonce }) } });
  const first = await send();
  const nonce = first.headers.get('DPoP-Nonce');
  if (first.status !== 401 || !nonce || !/use_dpop_nonce/.test(first.headers.get('WWW-Authenticate') ?? '')) return first;
  return send(nonce);
}

/** A protected-resource GET with the scheme the token's type says (authorizationSchemeOf): a proof only for a DPoP-bound token. */
export function fetchResource(url: string, accessToken: string, tokenType: unknown, pair: CryptoKeyPair): Promise<Response> {
  return authorizationSchemeOf(tokenType) === 'DPoP' ? fetchWithDpop(url, accessToken, pair) : fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
}

/**
 * A token request with a proof (RFC 9449 §5), for the grant oidc-client-ts does not make (client
 * credentials): on a 400 use_dpop_nonce, one retry with the provider's nonce (§8).
 */
export async function postTokenWithDpop(url: string, body: string, headers: Record<string, string>, pair: CryptoKeyPair): Promise<Response> {
  const send = async (nonce?: string) => fetch(url, { method: 'POST', body, headers: { ...headers, DPoP: await proofFor(pair, 'POST', url, { nonce }) } });
  const first = await send();
  const nonce = first.headers.get('DPoP-Nonce');
  if (first.status !== 400 || !nonce) return first;
  const answer = (await first.clone().json().catch(() => undefined)) as { error?: unknown } | undefined;
  return answer?.error === 'use_dpop_nonce' ? send(nonce) : first;
}
