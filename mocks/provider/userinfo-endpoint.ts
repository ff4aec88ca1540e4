import { takeFault, type ProviderContext } from './context';
import { releasedFor } from './id-token';
import { NO_STORE, json, oauthError, type ProviderResponse } from './oauth-error';
import { slot, type GrantRecord } from './records';

/** Userinfo (OIDC Core §5.3): the Bearer token from the header, or from a form body (RFC 6750 §2.2). */
export function createUserinfoEndpoint(context: ProviderContext) {
  function userinfo(authorization: string | null, form?: URLSearchParams): ProviderResponse {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? form?.get('access_token') ?? undefined;
    const unauthorized = (description: string) =>
      oauthError(401, 'invalid_token', description, {
        // RFC 6750 §3: a protected resource says why in WWW-Authenticate.
        'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      });
    if (!bearer) return unauthorized('No access token was sent.');
    const grant = context.store.get<GrantRecord>(slot.token(bearer));
    if (!grant || grant.kind !== 'access') return unauthorized('The access token is unknown or revoked.');
    if (grant.expiresAt < context.now()) return unauthorized('The access token has expired.');
    if (takeFault(context, 'userinfoServerError')) {
      return oauthError(500, 'server_error', 'Broken on purpose: the "userinfo returns 500" switch was on.');
    }
    return json(200, releasedFor(context, grant).userinfo, NO_STORE);
  }
  return { userinfo };
}
