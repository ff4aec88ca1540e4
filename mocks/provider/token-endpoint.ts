import { joinScopes, splitScopes } from '../../src/domain/scopes-and-claims/scope-list';
import { findClient, takeFault, type ProviderContext } from './context';
import { grantContext, recordTokens, revokeGrant } from './grants';
import { signIdToken } from './id-token';
import { NO_STORE, json, oauthError, type ProviderResponse } from './provider-response';
import { verifyPkce } from './pkce';
import { randomToken } from './random';
import { duplicatedParameter } from './request-shape';
import { sweepStore } from './storage-budget';
import { authenticateClient } from './client-authentication';
import { protocolSettings } from './protocol-settings';
import { signAccessToken } from './jwt-access-token';

/** The key a DPoP proof bound this request's tokens to (RFC 9449 §6: cnf.jkt). */
export interface TokenBinding {
  readonly jkt: string;
}
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
  /** A grant that has ended: revoked, expired, or dropped as the oldest beyond the storage budget. */
  const grantGone = () =>
    invalidGrant(`The grant has ended: revoked, expired, or dropped because the mock keeps only its ${context.storageBudget.grants} most recent grants.`);

  /**
   * @param authorization the Authorization header, if any. The default client is public
   * (token_endpoint_auth_method none), so an attempt at Basic authentication with it fails; RFC 6749
   * §5.2 says such a failure is a 401 with WWW-Authenticate for the scheme used. The confidential
   * client authenticates with its secret (client-authentication.ts).
   * https://www.rfc-editor.org/rfc/rfc6749#section-5.2
   * @param binding the DPoP key the tokens are bound to (dpop.ts), written into a JWT access token's cnf.
   */
  async function token(form: URLSearchParams, authorization?: string | null, binding?: TokenBinding): Promise<ProviderResponse> {
    const authentication = authenticateClient(context, form, authorization);
    if (authentication.outcome === 'refused') return authentication.response;
    // RFC 6749 §3.2: parameters MUST NOT be included more than once. https://www.rfc-editor.org/rfc/rfc6749#section-3.2
    const duplicate = duplicatedParameter(form);
    if (duplicate) return oauthError(400, 'invalid_request', `${duplicate} was sent more than once.`, NO_STORE);
    const grantType = form.get('grant_type');
    // RFC 6749 §5.2: a missing parameter (a JSON body has none, the endpoint reads a form) is invalid_request;
    // unsupported_grant_type is for a grant type the server does not know.
    if (!grantType) return oauthError(400, 'invalid_request', 'grant_type is missing; send the parameters as application/x-www-form-urlencoded.', NO_STORE);
    if (grantType === 'client_credentials') {
      if (authentication.outcome === 'public' && !findClient(context, form.get('client_id'))) {
        return oauthError(401, 'invalid_client', form.get('client_id') ? 'No client is registered with this client_id.' : 'client_id is missing.', NO_STORE);
      }
      // Loaded when the grant is used (issue 29): a sign-in never compiles it.
      const { clientCredentialsGrant } = await import('./client-credentials-grant');
      return clientCredentialsGrant(context, form, authentication, (grant) => issueTokens(context, grant, undefined, false, grant.grantedScopes, binding));
    }
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      return oauthError(400, 'unsupported_grant_type', 'This grant_type is not supported; use authorization_code, refresh_token or client_credentials.', NO_STORE);
    }
    const clientId = authentication.outcome === 'authenticated' ? authentication.client.clientId : form.get('client_id');
    if (!findClient(context, clientId)) return oauthError(401, 'invalid_client', clientId ? 'No client is registered with this client_id.' : 'client_id is missing.', NO_STORE);
    if (takeFault(context, 'tokenInvalidGrant')) return invalidGrant('Broken on purpose: the "token endpoint returns invalid_grant" switch was on.');
    return grantType === 'authorization_code' ? exchangeCode(form, clientId!, binding) : refresh(form, clientId!, binding);
  }

  async function exchangeCode(form: URLSearchParams, clientId: string, binding?: TokenBinding): Promise<ProviderResponse> {
    const code = form.get('code');
    if (!code) return oauthError(400, 'invalid_request', 'code is missing.', NO_STORE);
    const record = context.store.get<CodeRecord>(slot.code(code));
    if (!record) return invalidGrant('The authorization code is unknown.');
    // The code runs with the settings its sign-in was launched with, which its grant carries.
    const bound = grantContext(context, record.grantId);
    if (record.used) {
      // RFC 6749 §4.1.2: a code used twice SHOULD revoke what it already issued, refreshes included.
      for (const token of record.issued) context.store.delete(slot.token(token));
      revokeGrant(context, record.grantId);
      return invalidGrant('The authorization code was already used; codes are one-time, so the tokens it issued are now revoked.');
    }
    context.store.set(slot.code(code), { ...record, used: true } satisfies CodeRecord);
    if (record.expiresAt < (bound ?? context).now()) return invalidGrant('The authorization code has expired.');
    if (!bound) return grantGone();
    if (record.clientId !== clientId) return invalidGrant('The code was issued to another client.');
    if (form.get('redirect_uri') !== record.redirectUri) return invalidGrant('redirect_uri does not match the one used in the authorize request.');
    const pkce = await verifyPkce(form.get('code_verifier'), record.codeChallenge);
    if (pkce.outcome === 'mismatch') return invalidGrant(pkce.reason);

    const issued = await issueTokens(bound, { ...record, sessionBound: record.sessionBound }, record.nonce, record.refreshToken, record.grantedScopes, binding);
    context.store.set(slot.code(code), { ...record, used: true, issued: issued.tokens } satisfies CodeRecord);
    return json(200, issued.body, NO_STORE);
  }

  /** Refresh with rotation: the old refresh token dies, the new id_token keeps iss, sub, aud and auth_time (§12.2). */
  async function refresh(form: URLSearchParams, clientId: string, binding?: TokenBinding): Promise<ProviderResponse> {
    const presented = form.get('refresh_token');
    if (!presented) return oauthError(400, 'invalid_request', 'refresh_token is missing.', NO_STORE);
    const grant = context.store.get<GrantRecord>(slot.token(presented));
    if (!grant || grant.kind !== 'refresh') return invalidGrant('The refresh token is unknown or revoked.');
    if (grant.rotated) {
      // RFC 9700 §4.14.2: a rotated refresh token presented again means one of two parties is an
      // attacker; revoke the whole grant. https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2
      revokeGrant(context, grant.grantId);
      return invalidGrant('The refresh token was already rotated; its grant is now revoked (RFC 9700 section 4.14.2).');
    }
    // The refresh runs under the grant's settings: its user, token policy and profile, not this tab's current ones.
    const bound = grantContext(context, grant.grantId);
    if (!bound) return grantGone();
    if (grant.expiresAt < bound.now()) return invalidGrant('The refresh token has expired.');
    if (grant.clientId !== clientId) return invalidGrant('The refresh token was issued to another client.');
    const asked = form.get('scope');
    // RFC 6749 §6: a refresh may narrow the scope, never widen it.
    const scopes = asked ? splitScopes(asked) : grant.grantedScopes;
    const widened = scopes.filter((s) => !grant.grantedScopes.includes(s));
    if (widened.length > 0) return oauthError(400, 'invalid_scope', 'A refresh cannot add scopes that were not originally granted (RFC 6749 section 6).', NO_STORE);
    // Kept, marked rotated, so that a replay can be recognised (RFC 9700 §4.14.2).
    context.store.set(slot.token(presented), { ...grant, rotated: true } satisfies GrantRecord);
    // RFC 6749 §6: the new refresh token's scope is identical to the presented one's; only the access token narrows.
    const issued = await issueTokens(bound, { ...grant, grantedScopes: scopes, sessionBound: grant.sessionBound ?? false }, undefined, true, grant.grantedScopes, binding);
    return json(200, issued.body, NO_STORE);
  }

  async function issueTokens(
    context: ProviderContext,
    grant: Pick<GrantRecord, 'clientId' | 'sub' | 'grantedScopes' | 'claims' | 'authTime' | 'grantId'> & { sessionBound: boolean; noUser?: boolean },
    nonce: string | undefined,
    withRefreshToken: boolean,
    refreshScopes: readonly string[] = grant.grantedScopes,
    binding?: TokenBinding,
  ) {
    const now = context.now();
    const opaque = randomToken(16, context.random);
    // RFC 9068: with the mock's JWT access token setting, the token is a signed JWT whose jti is the opaque value.
    const accessToken = protocolSettings(context.settings()).jwtAccessTokens
      ? await signAccessToken(context, { grant, jti: opaque, issuedAt: now, expiresAt: now + ACCESS_TOKEN_LIFETIME_SECONDS, jkt: binding?.jkt })
      : opaque;
    const base = {
      clientId: grant.clientId,
      sub: grant.sub,
      grantedScopes: grant.grantedScopes,
      claims: grant.claims,
      authTime: grant.authTime,
      issuedAt: now,
      grantId: grant.grantId,
      sessionBound: grant.sessionBound,
      ...(grant.noUser ? { noUser: true } : {}),
    };
    const wall = context.wallClock();
    context.store.set(slot.token(accessToken), {
      ...base,
      kind: 'access',
      expiresAt: now + ACCESS_TOKEN_LIFETIME_SECONDS,
      keptUntil: wall + ACCESS_TOKEN_LIFETIME_SECONDS,
    } satisfies GrantRecord);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      scope: joinScopes(grant.grantedScopes),
    };
    const tokens = [accessToken];
    // Whether a refresh token comes is the behaviour profile's rule (src/domain/mock/refresh-token-rule.ts).
    if (withRefreshToken) {
      const refreshToken = randomToken(20, context.random);
      context.store.set(slot.token(refreshToken), {
        ...base,
        grantedScopes: refreshScopes,
        kind: 'refresh',
        expiresAt: now + REFRESH_TOKEN_LIFETIME_SECONDS,
        keptUntil: wall + REFRESH_TOKEN_LIFETIME_SECONDS,
      } satisfies GrantRecord);
      body.refresh_token = refreshToken;
      tokens.push(refreshToken);
    }
    recordTokens(context, grant.grantId, tokens, grant.sessionBound, withRefreshToken);
    sweepStore(context);
    if (grant.grantedScopes.includes('openid')) body.id_token = await signIdToken(context, { grant, accessToken, nonce });
    return { body, tokens };
  }

  return { token };
}
