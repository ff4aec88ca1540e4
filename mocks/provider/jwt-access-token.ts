import { SignJWT } from 'jose';
import { joinScopes } from '../../src/domain/scopes-and-claims/scope-list';
import type { ProviderContext } from './context';
import { publishKey } from './id-token';
import type { GrantRecord } from './records';

export interface AccessTokenInput {
  readonly grant: Pick<GrantRecord, 'clientId' | 'sub' | 'grantedScopes' | 'authTime'> & { readonly noUser?: boolean };
  /** The token's identifier (the opaque value the mock would otherwise have issued). */
  readonly jti: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** RFC 9449 §6.1: the thumbprint of the DPoP key the token is bound to. */
  readonly jkt?: string;
}

/**
 * An RFC 9068 JWT access token (https://www.rfc-editor.org/rfc/rfc9068#section-2): typed at+jwt
 * (§2.1) so it cannot pass for an id_token, signed with the provider's key (the JWKS verifies it),
 * carrying iss, exp, aud, sub, client_id, iat, jti (§2.2), scope (§2.2.3), auth_time when a user
 * signed in (§2.2.1), and cnf.jkt when DPoP-bound (RFC 9449 §6.1).
 * aud is the provider itself: its userinfo and introspection endpoints are the only APIs the mock
 * has, and the client names no other resource (RFC 8707).
 */
export async function signAccessToken(context: ProviderContext, input: AccessTokenInput): Promise<string> {
  const signing = await context.key();
  const { grant } = input;
  const payload: Record<string, unknown> = {
    client_id: grant.clientId,
    scope: joinScopes(grant.grantedScopes),
    ...(grant.noUser ? {} : { auth_time: grant.authTime }),
    ...(input.jkt ? { cnf: { jkt: input.jkt } } : {}),
  };
  publishKey(context, signing.kid, signing.publicJwk, input.expiresAt);
  return new SignJWT(payload)
    .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'at+jwt' })
    .setIssuer(context.issuer)
    .setSubject(grant.sub)
    .setAudience(context.issuer)
    .setIssuedAt(input.issuedAt)
    .setExpirationTime(input.expiresAt)
    .setJti(input.jti)
    .sign(signing.privateKey);
}
