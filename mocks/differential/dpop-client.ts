import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { accessTokenHash } from '../../src/domain/protocols/dpop-proof';

/** A DPoP key pair for the battery: it signs proofs (RFC 9449 §4.2) and remembers the provider's nonce. */
export interface DpopKey {
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
  readonly jkt: string;
  nonce?: string;
}

export async function dpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, jkt: await calculateJwkThumbprint(jwk) };
}

export function proofFor(key: DpopKey, method: string, url: string, options: { accessToken?: string; claims?: Record<string, unknown> } = {}) {
  return (async () =>
    new SignJWT({
      htm: method,
      htu: url,
      iat: Math.floor(Date.now() / 1000),
      jti: crypto.randomUUID(),
      ...(key.nonce ? { nonce: key.nonce } : {}),
      ...(options.accessToken ? { ath: await accessTokenHash(options.accessToken) } : {}),
      ...options.claims,
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk })
      .sign(key.privateKey))();
}

export interface DpopAnswer {
  readonly status: number;
  readonly error: string | null;
  readonly body: Record<string, unknown> | undefined;
  readonly challenge: string | null;
}

async function answerOf(response: Response): Promise<DpopAnswer> {
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const challenge = response.headers.get('WWW-Authenticate');
  // A resource may say its error only in WWW-Authenticate (RFC 6750 §3).
  const error = typeof body?.error === 'string' ? body.error : (/error="([^"]+)"/.exec(challenge ?? '')?.[1] ?? null);
  return { status: response.status, error, body, challenge };
}

/**
 * One call with a fresh proof; on use_dpop_nonce (RFC 9449 §8, §9) the client takes the DPoP-Nonce
 * and sends once more, as a client must. Answers both tries (the first is the second when no retry was asked).
 */
export async function callWithDpop(key: DpopKey, url: string, init: RequestInit, accessToken?: string): Promise<{ first: DpopAnswer; last: DpopAnswer }> {
  const attempt = async () => {
    const proof = await proofFor(key, init.method ?? 'GET', url, { accessToken });
    const response = await fetch(url, { redirect: 'manual', ...init, headers: { ...(init.headers as Record<string, string>), DPoP: proof } });
    const nonce = response.headers.get('DPoP-Nonce');
    if (nonce) key.nonce = nonce;
    return answerOf(response);
  };
  const first = await attempt();
  if (first.error !== 'use_dpop_nonce') return { first, last: first };
  return { first, last: await attempt() };
}

/** A call without a proof, read the same way. */
export async function plainCall(url: string, init: RequestInit = {}): Promise<DpopAnswer> {
  return answerOf(await fetch(url, { redirect: 'manual', ...init }));
}
