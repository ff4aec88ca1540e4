import { joinScopes, splitScopes } from '../../src/domain/scope-list';
import { findClient, takeFault, type ProviderContext } from './context';
import { signIdToken } from './id-token';
import { NO_STORE, json, oauthError, type ProviderResponse } from './oauth-error';
import { verifyPkce } from './pkce';
import { randomToken } from './random';
import {
  ACCESS_TOKEN_LIFETIME_SECONDS,
  REFRESH_TOKEN_LIFETIME_SECONDS,
  slot,
  type CodeRecord,
  type GrantRecord,
} from './records';

/** The token endpoint (RFC 6749 §4.1.3, §6; OIDC Core §3.1.3, §12). Every answer carries no-store. */
export function createTokenEndpoint(context: ProviderContext) {
  const invalidGrant = (why: string) => oauthError(400, 'invalid_grant', why, NO_STORE);

  async function token(form: URLSearchParams): Promise<ProviderResponse> {
    const grantType = form.get('grant_type');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      return oauthError(400, 'unsupported_grant_type', `grant_type "${grantType ?? ''}" is not supported; use authorization_code or refresh_token.`, NO_STORE);
    }
    const clientId = form.get('client_id');
    if (!findClient(context, clientId)) return oauthError(401, 'invalid_client', `Unknown client_id "${clientId ?? ''}".`, NO_STORE);
    if (takeFault(context, 'tokenInvalidGrant')) return invalidGrant('Broken on purpose: the "token endpoint returns invalid_grant" switch was on.');
    return grantType === 'authorization_code' ? exchangeCode(form, clientId!) : refresh(form, clientId!);
  }

  async function exchangeCode(form: URLSearchParams, clientId: string): Promise<ProviderResponse> {
    const code = form.get('code');
    if (!code) return oauthError(400, 'invalid_request', 'code is missing.', NO_STORE);
    const record = context.store.get<CodeRecord>(slot.code(code));
    if (!record) return invalidGrant('The authorization code is unknown.');
    if (record.used) {
      // RFC 6749 §4.1.2: a code used twice revokes what it already issued.
      for (const token of record.issued) context.store.delete(slot.token(token));
      return invalidGrant('The authorization code was already used; codes are one-time, so the tokens it issued are now revoked.');
    }
    context.store.set(slot.code(code), { ...record, used: true } satisfies CodeRecord);
    if (record.expiresAt < context.now()) return invalidGrant('The authorization code has expired.');
    if (record.clientId !== clientId) return invalidGrant('The code was issued to another client.');
    if (form.get('redirect_uri') !== record.redirectUri) return invalidGrant('redirect_uri does not match the one used in the authorize request.');
    const pkce = await verifyPkce(form.get('code_verifier'), record.codeChallenge);
    if (pkce.outcome === 'mismatch') return invalidGrant(pkce.reason);

    const issued = await issueTokens(record, record.nonce);
    context.store.set(slot.code(code), { ...record, used: true, issued: issued.tokens } satisfies CodeRecord);
    return json(200, issued.body, NO_STORE);
  }

  /** Refresh with rotation: the old refresh token dies, the new id_token keeps iss, sub, aud and auth_time (§12.2). */
  async function refresh(form: URLSearchParams, clientId: string): Promise<ProviderResponse> {
    const presented = form.get('refresh_token');
    if (!presented) return oauthError(400, 'invalid_request', 'refresh_token is missing.', NO_STORE);
    const grant = context.store.get<GrantRecord>(slot.token(presented));
    if (!grant || grant.kind !== 'refresh') return invalidGrant('The refresh token is unknown, revoked or already rotated.');
    if (grant.expiresAt < context.now()) return invalidGrant('The refresh token has expired.');
    if (grant.clientId !== clientId) return invalidGrant('The refresh token was issued to another client.');
    const asked = form.get('scope');
    // RFC 6749 §6: a refresh may narrow the scope, never widen it.
    const scopes = asked ? splitScopes(asked) : grant.grantedScopes;
    const widened = scopes.filter((s) => !grant.grantedScopes.includes(s));
    if (widened.length > 0) return oauthError(400, 'invalid_scope', `A refresh cannot add scopes not originally granted: ${widened.join(', ')}.`, NO_STORE);
    context.store.delete(slot.token(presented));
    // RFC 6749 §6: the new refresh token's scope is identical to the presented one's; only the access token narrows.
    const issued = await issueTokens({ ...grant, grantedScopes: scopes }, undefined, grant.grantedScopes);
    return json(200, issued.body, NO_STORE);
  }

  async function issueTokens(
    grant: Pick<GrantRecord, 'clientId' | 'sub' | 'grantedScopes' | 'claims' | 'authTime'>,
    nonce: string | undefined,
    refreshScopes: readonly string[] = grant.grantedScopes,
  ) {
    const now = context.now();
    const accessToken = randomToken(16, context.random);
    const refreshToken = randomToken(20, context.random);
    const base = { clientId: grant.clientId, sub: grant.sub, grantedScopes: grant.grantedScopes, claims: grant.claims, authTime: grant.authTime, issuedAt: now };
    context.store.set(slot.token(accessToken), { ...base, kind: 'access', expiresAt: now + ACCESS_TOKEN_LIFETIME_SECONDS } satisfies GrantRecord);
    context.store.set(slot.token(refreshToken), {
      ...base,
      grantedScopes: refreshScopes,
      kind: 'refresh',
      expiresAt: now + REFRESH_TOKEN_LIFETIME_SECONDS,
    } satisfies GrantRecord);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      refresh_token: refreshToken,
      scope: joinScopes(grant.grantedScopes),
    };
    if (grant.grantedScopes.includes('openid')) body.id_token = await signIdToken(context, { grant, accessToken, nonce });
    return { body, tokens: [accessToken, refreshToken] };
  }

  return { token };
}
