import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { DPoPState, type IndexedDbDPoPStore } from 'oidc-client-ts';

/** oidc-client-ts's DPoPStore interface (not exported by name; its IndexedDB store implements it). */
type DPoPStore = Pick<IndexedDbDPoPStore, 'set' | 'get' | 'remove' | 'getAllKeys'>;
import { accessTokenHash } from '../domain/protocols/dpop-proof';

/**
 * The page's DPoP key pair (RFC 9449 §4.2), in this tab's memory only: made when a run first needs
 * it, private key non-extractable, gone with the page. ES256, the one algorithm oidc-client-ts
 * signs its token-endpoint proofs with.
 *
 * Deterministic mode uses the published key below instead, so that cnf.jkt and the thumbprints a
 * snapshot shows are the same on every run (ECDSA signatures differ anyway). It protects nothing:
 * it only ever signs proofs for the in-browser mock.
 */
const FIXED_DPOP_JWK: JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'nBAUr5O_X4YGlykULn_aGmUEH7UT0oEd27s3e9YEsng',
  y: 'uQvZlk_BI728M5CxwSrQGBr_6vCHlFTPBwDG77qiHwU',
  d: 'aH4VpWxiCCB4u3WGeIBFhOzbvfjYIxQjfjYyv8cKOAc',
};

let keys: { fixed: boolean; pair: Promise<CryptoKeyPair> } | undefined;

export function dpopKeyPair(fixed: boolean): Promise<CryptoKeyPair> {
  if (keys?.fixed !== fixed) {
    const pair = fixed ? fixedPair() : (generateKeyPair('ES256', { extractable: false }) as Promise<CryptoKeyPair>);
    keys = { fixed, pair };
  }
  return keys.pair;
}

/** The page's key pair with what uses it: oidc-client-ts's store per client, and a protected-resource call. */
export interface DpopKey {
  readonly pair: CryptoKeyPair;
  storeFor(clientId: string): DPoPStore;
  fetch(url: string, accessToken: string): Promise<Response>;
}

export async function dpopKey(fixed: boolean): Promise<DpopKey> {
  const pair = await dpopKeyPair(fixed);
  return { pair, storeFor: (clientId) => dpopStoreWith(clientId, pair), fetch: (url, accessToken) => fetchWithDpop(url, accessToken, pair) };
}

/** Whether this tab still holds a key (a reload of the results screen loses it, on purpose). */
export function hasDpopKey(): boolean {
  return keys !== undefined;
}

async function fixedPair(): Promise<CryptoKeyPair> {
  const publicJwk: JWK = { kty: FIXED_DPOP_JWK.kty, crv: FIXED_DPOP_JWK.crv, x: FIXED_DPOP_JWK.x, y: FIXED_DPOP_JWK.y };
  return {
    privateKey: (await importJWK(FIXED_DPOP_JWK, 'ES256', { extractable: false })) as CryptoKey,
    publicKey: (await importJWK(publicJwk, 'ES256', { extractable: true })) as CryptoKey,
  };
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

/**
 * A call to a protected resource with a DPoP-bound token (RFC 9449 §7): `Authorization: DPoP`, and
 * a proof whose ath hashes the token; on use_dpop_nonce the provider's DPoP-Nonce goes into one
 * retry (§9). oidc-client-ts sends its userinfo call as Bearer, which a provider must refuse (§7.1).
 */
export async function fetchWithDpop(url: string, accessToken: string, pair: CryptoKeyPair, method = 'GET'): Promise<Response> {
  const jwk = await exportJWK(pair.publicKey);
  const send = async (nonce?: string) => {
    const proof = await new SignJWT({ htm: method, htu: url, jti: crypto.randomUUID(), iat: Math.floor(Date.now() / 1000), ath: await accessTokenHash(accessToken), ...(nonce ? { nonce } : {}) })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! } })
      .sign(pair.privateKey);
    return fetch(url, { method, headers: { Authorization: `DPoP ${accessToken}`, DPoP: proof } });
  };
  const first = await send();
  const nonce = first.headers.get('DPoP-Nonce');
  if (first.status !== 401 || !nonce || !/use_dpop_nonce/.test(first.headers.get('WWW-Authenticate') ?? '')) return first;
  return send(nonce);
}
