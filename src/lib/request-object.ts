import { SignJWT, base64url, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { REQUEST_OBJECT_LIFETIME_SECONDS, requestObjectPayload, type RequestObjectAlgorithm } from '../domain/protocols/request-object';
import type { RequestObjectChoice } from '../domain/protocols/request-object-choice';
import { requestObjectAvailability } from '../domain/protocols/request-object-availability';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { clientSecretFor } from '../state/client-secret-store';
import { REQUEST_OBJECT_NEEDS_SECRET, REQUEST_OBJECT_NOT_OFFERED, requestObjectUnavailableText } from '../domain/messages/request-object-messages';
import { FIXED_ES256_REQUEST_OBJECT_JWK, FIXED_RS256_REQUEST_OBJECT_JWK } from './fixed-request-object-keys';

type AsymmetricAlgorithm = Exclude<RequestObjectAlgorithm, 'HS256'>;

/** The page's signing key for request objects: the private key never leaves this tab's memory. */
export interface RequestObjectKey {
  readonly alg: AsymmetricAlgorithm;
  readonly privateKey: CryptoKey;
  /** What the user registers at the provider (the mock gets it through its client settings). */
  readonly publicJwk: JWK;
}

const keys = new Map<string, Promise<RequestObjectKey>>();

/**
 * RFC 9101 §4: the client signs with a key the provider knows. Made in the page on first use, one per
 * algorithm, private key non-extractable (WebCrypto lets the public half be exported, which is what
 * is registered); gone with the page. Deterministic mode uses the published keys of
 * fixed-request-object-keys.ts, so the public JWK and kid in a snapshot hold.
 */
export function requestObjectKey(alg: AsymmetricAlgorithm, fixed: boolean): Promise<RequestObjectKey> {
  const slot = `${alg}:${fixed ? 'fixed' : 'made'}`;
  let key = keys.get(slot);
  if (!key) {
    key = fixed ? fixedKey(alg) : madeKey(alg);
    keys.set(slot, key);
    key.catch(() => keys.delete(slot));
  }
  return key;
}

/** The public key this tab holds for an algorithm, if one was made (for the compose screen to show). */
export function heldRequestObjectKey(alg: AsymmetricAlgorithm, fixed: boolean): Promise<RequestObjectKey> | undefined {
  return keys.get(`${alg}:${fixed ? 'fixed' : 'made'}`);
}

async function madeKey(alg: AsymmetricAlgorithm): Promise<RequestObjectKey> {
  const pair = (await generateKeyPair(alg, { extractable: false }));
  return withPublicJwk(alg, pair.privateKey, await exportJWK(pair.publicKey));
}

async function fixedKey(alg: AsymmetricAlgorithm): Promise<RequestObjectKey> {
  const jwk = alg === 'ES256' ? FIXED_ES256_REQUEST_OBJECT_JWK : FIXED_RS256_REQUEST_OBJECT_JWK;
  // The public members only (RFC 7518 §6.2.1, §6.3.1): what is registered and shown.
  const publicJwk: JWK = alg === 'ES256' ? { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } : { kty: jwk.kty, n: jwk.n, e: jwk.e };
  const privateKey = (await importJWK(jwk, alg, { extractable: false })) as CryptoKey;
  return withPublicJwk(alg, privateKey, publicJwk);
}

async function withPublicJwk(alg: AsymmetricAlgorithm, privateKey: CryptoKey, jwk: JWK): Promise<RequestObjectKey> {
  // RFC 7638 thumbprint as kid, so a provider holding several keys knows which one signed.
  const publicJwk: JWK = { ...jwk, alg, use: 'sig', kid: await calculateJwkThumbprint(jwk) };
  return { alg, privateKey, publicJwk };
}

export interface SignedRequestObject {
  readonly jwt: string;
  /** The authorization endpoint with client_id, response_type and request only (RFC 9101 §5.1). */
  readonly url: string;
}

/**
 * RFC 9101 §4–5: the parameters of the authorize URL oidc-client-ts built (state, nonce, PKCE
 * challenge included) become the claims of a JWT with iss = client_id, aud = the issuer, a short
 * lifetime and a jti; outside it travel only client_id and response_type (OIDC Core §6.1 asks for
 * them too). By reference (RFC 9126 §3), this URL's parameters are what is pushed.
 * https://www.rfc-editor.org/rfc/rfc9101#section-5
 */
export async function signRequestObject(input: {
  readonly choice: RequestObjectChoice;
  readonly authorizeUrl: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly nowMillis: number;
  /** The page's key (ES256, RS256), or the client secret (HS256). */
  readonly signer: { readonly key: RequestObjectKey } | { readonly secret: string | undefined };
}): Promise<SignedRequestObject> {
  const url = new URL(input.authorizeUrl);
  const iat = Math.floor(input.nowMillis / 1000);
  const claims = { ...requestObjectPayload(url.searchParams), iss: input.clientId, aud: input.issuer, iat, nbf: iat, exp: iat + REQUEST_OBJECT_LIFETIME_SECONDS, jti: base64url.encode(crypto.getRandomValues(new Uint8Array(16))) };
  const jwt = 'key' in input.signer ? await signWithKey(claims, input.signer.key) : await signWithSecret(claims, input.signer.secret);
  const outside = new URL(url.origin + url.pathname);
  outside.searchParams.set('client_id', input.clientId);
  outside.searchParams.set('response_type', url.searchParams.get('response_type') ?? 'code');
  outside.searchParams.set('request', jwt);
  return { jwt, url: outside.toString() };
}

async function signWithKey(claims: Record<string, unknown>, key: RequestObjectKey): Promise<string> {
  // §4: typ oauth-authz-req+jwt marks the JWT as a request object, so it cannot pass for another kind.
  return new SignJWT(claims).setProtectedHeader({ alg: key.alg, typ: 'oauth-authz-req+jwt', kid: key.publicJwk.kid }).sign(key.privateKey);
}

async function signWithSecret(claims: Record<string, unknown>, secret: string | undefined): Promise<string> {
  if (!secret) throw new Error(REQUEST_OBJECT_NEEDS_SECRET);
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'oauth-authz-req+jwt' }).sign(new TextEncoder().encode(secret));
}

/**
 * The launch's step for the request-object switch: the URL the browser goes to (by value) or whose
 * parameters are pushed (by reference), or the authorize URL unchanged when the switch is off. A
 * provider whose discovery does not offer the mode stops the launch and says why. On the mock, the
 * page's public key is registered in its client settings first (`register`).
 */
export async function withRequestObject(input: {
  readonly choice: RequestObjectChoice | undefined;
  readonly authorizeUrl: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly discovery: DiscoveryDocument;
  readonly confidential: boolean;
  readonly deterministic: boolean;
  readonly nowMillis: number;
  readonly register?: (jwk: JWK) => void;
}): Promise<string> {
  const { choice } = input;
  if (!choice || choice.mode === 'off') return input.authorizeUrl;
  const availability = requestObjectAvailability(choice, input.discovery, input.confidential);
  if (availability.availability === 'not-offered') throw new Error(`${REQUEST_OBJECT_NOT_OFFERED}. ${requestObjectUnavailableText(availability.reason)}`);
  let signer: { key: RequestObjectKey } | { secret: string | undefined };
  if (choice.alg === 'HS256') {
    signer = { secret: clientSecretFor(input.issuer, input.clientId) };
  } else {
    const key = await requestObjectKey(choice.alg, input.deterministic);
    input.register?.(key.publicJwk);
    signer = { key };
  }
  const signed = await signRequestObject({ choice, authorizeUrl: input.authorizeUrl, clientId: input.clientId, issuer: input.issuer, nowMillis: input.nowMillis, signer });
  return signed.url;
}
