import { SignJWT } from 'jose';
import { computeAtHash } from '../../src/domain/tokens/at-hash';
import { releaseClaims } from '../../src/domain/mock/release-claims';
import type { ProviderContext } from './context';
import { ID_TOKEN_LIFETIME_SECONDS, slot, type GrantRecord } from './records';
import type { JWK } from 'jose';

export interface IdTokenInput {
  readonly grant: Pick<GrantRecord, 'clientId' | 'sub' | 'grantedScopes' | 'claims' | 'authTime'>;
  readonly accessToken: string;
  readonly nonce: string | undefined;
}

/** Claims a provider releases for a grant, per its behaviour profile and login policy. */
export function releasedFor(context: ProviderContext, grant: IdTokenInput['grant']) {
  const settings = context.settings();
  return releaseClaims({
    behaviour: settings.behaviour,
    grantedScopes: grant.grantedScopes,
    claimsRequest: grant.claims,
    user: settings.user,
    issuer: context.issuer,
    subject: grant.sub,
    loginPolicy: settings.loginPolicy,
  });
}

/** Protocol claims signIdToken sets beyond the catalogue's sub, iss and auth_time: what discovery lists. */
export const PROTOCOL_CLAIMS_SET_BY_SIGNER = ['aud', 'exp', 'iat', 'nonce', 'at_hash'] as const;

/** An RS256 id_token with kid, auth_time, at_hash and the nonce sent (OIDC Core §2, §3.1.3.6). */
export async function signIdToken(context: ProviderContext, { grant, accessToken, nonce }: IdTokenInput): Promise<string> {
  const signing = await context.key();
  const issuedAt = context.now();
  const payload: Record<string, unknown> = {
    ...releasedFor(context, grant).idToken,
    auth_time: grant.authTime,
    at_hash: await computeAtHash(accessToken, signing.alg),
  };
  if (nonce !== undefined) payload.nonce = nonce;
  publishKey(context, signing.kid, signing.publicJwk, issuedAt + ID_TOKEN_LIFETIME_SECONDS);
  return new SignJWT(payload)
    .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'JWT' })
    .setIssuer(context.issuer)
    .setSubject(grant.sub)
    .setAudience(grant.clientId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ID_TOKEN_LIFETIME_SECONDS)
    .sign(signing.privateKey);
}

/** A public key that signed tokens, and until when those tokens live. */
export interface PublishedKey {
  readonly jwk: JWK;
  readonly until: number;
}

/**
 * OIDC Core §10.1.1: a key that signed tokens stays in the JWKS until they expire, so switching
 * deterministic mode on or off (which swaps the key) does not break tokens already issued.
 * https://openid.net/specs/openid-connect-core-1_0.html#RotateSigKeys
 */
export function publishKey(context: ProviderContext, kid: string, jwk: JWK, until: number): void {
  const published = context.store.get<Record<string, PublishedKey>>(slot.publishedKeys()) ?? {};
  if ((published[kid]?.until ?? 0) >= until) return;
  context.store.set(slot.publishedKeys(), { ...published, [kid]: { jwk, until } });
}

/** Keys other than the current one that still have live tokens. */
export function retiredKeys(context: ProviderContext, currentKid: string): JWK[] {
  const published = context.store.get<Record<string, PublishedKey>>(slot.publishedKeys()) ?? {};
  const now = context.now();
  return Object.entries(published)
    .filter(([kid, key]) => kid !== currentKid && key.until > now)
    .map(([, key]) => key.jwk);
}
