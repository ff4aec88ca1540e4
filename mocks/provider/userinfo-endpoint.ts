import { takeFault, type ProviderContext } from './context';
import { grantContext } from './grants';
import { releasedFor } from './id-token';
import { NO_STORE, json, oauthError, type ProviderResponse } from './provider-response';
import { slot, type GrantRecord } from './records';

/** Userinfo (OIDC Core §5.3): the Bearer token from the header, or from a form body (RFC 6750 §2.2). */
export function createUserinfoEndpoint(context: ProviderContext) {
  function userinfo(authorization: string | null, form?: URLSearchParams): ProviderResponse {
    const fromHeader = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    const fromBody = form?.get('access_token') ?? undefined;
    // RFC 6750 §2: "Clients MUST NOT use more than one method to transmit the token in each request."
    // https://www.rfc-editor.org/rfc/rfc6750#section-2
    if (fromHeader !== undefined && fromBody !== undefined) {
      return oauthError(400, 'invalid_request', 'The access token was sent both in the Authorization header and in the body; use one.', {
        'WWW-Authenticate': 'Bearer error="invalid_request"',
      });
    }
    const bearer = fromHeader ?? fromBody;
    const unauthorized = (description: string) =>
      oauthError(401, 'invalid_token', description, {
        // RFC 6750 §3: a protected resource says why in WWW-Authenticate.
        'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      });
    if (!bearer) return unauthorized('No access token was sent.');
    const grant = context.store.get<GrantRecord>(slot.token(bearer));
    // Released for the grant's user under the grant's settings, not what this tab configured since.
    const bound = grant && grantContext(context, grant.grantId);
    if (!grant || grant.kind !== 'access' || !bound) return unauthorized('The access token is unknown or revoked.');
    if (grant.expiresAt < bound.now()) return unauthorized('The access token has expired.');
    // RFC 6749 §4.4: a client credentials token stands for the client; there is no user to describe.
    if (grant.noUser) {
      return oauthError(403, 'insufficient_scope', 'This access token came from the client credentials grant: it stands for the client, and there is no user whose claims userinfo could return.', {
        'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="openid"',
      });
    }
    // OIDC Core §5.3: userinfo is an OpenID Connect resource; an access token issued without the
    // openid scope (a narrowed refresh) does not reach it (RFC 6750 §3.1 insufficient_scope).
    // https://openid.net/specs/openid-connect-core-1_0.html#UserInfo
    if (!grant.grantedScopes.includes('openid')) {
      return oauthError(403, 'insufficient_scope', 'The access token was not issued for the openid scope.', {
        'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="openid"',
      });
    }
    if (takeFault(context, 'userinfoServerError')) {
      return oauthError(500, 'server_error', 'Broken on purpose: the "userinfo returns 500" switch was on.');
    }
    return json(200, releasedFor(bound, grant).userinfo, NO_STORE);
  }
  return { userinfo };
}
