import { joinScopes } from '../../src/domain/scopes-and-claims/scope-list';
import { findClient, type ProviderContext } from './context';
import { grantContext, revokeGrant } from './grants';
import { NO_STORE, json, oauthError, type ProviderResponse } from './provider-response';
import { slot, type GrantRecord } from './records';

/** Token introspection (RFC 7662) and revocation (RFC 7009) for the opaque tokens. */
export function createTokenManagement(context: ProviderContext) {
  function introspect(form: URLSearchParams): ProviderResponse {
    if (!findClient(context, form.get('client_id'))) return oauthError(401, 'invalid_client', 'Introspection needs a registered client_id.');
    const token = form.get('token');
    if (!token) return oauthError(400, 'invalid_request', 'token is missing.');
    const grant = context.store.get<GrantRecord>(slot.token(token));
    // RFC 7662 §2.2: an unknown, expired or revoked token is simply inactive.
    // A rotated refresh token no longer works, so it is inactive too.
    // The grant's settings say its clock and issuer identifier; an ended grant's tokens are inactive.
    const bound = grant && grantContext(context, grant.grantId);
    if (!grant || !bound || grant.expiresAt < bound.now() || grant.rotated) return json(200, { active: false }, NO_STORE);
    return json(
      200,
      {
        active: true,
        scope: joinScopes(grant.grantedScopes),
        client_id: grant.clientId,
        sub: grant.sub,
        token_type: grant.kind === 'access' ? 'Bearer' : 'refresh_token',
        iat: grant.issuedAt,
        exp: grant.expiresAt,
        iss: bound.issuer,
      },
      NO_STORE,
    );
  }

  function revoke(form: URLSearchParams): ProviderResponse {
    if (!findClient(context, form.get('client_id'))) return oauthError(401, 'invalid_client', 'Revocation needs a registered client_id.');
    const token = form.get('token');
    if (!token) return oauthError(400, 'invalid_request', 'token is missing.');
    // RFC 7009 §2.1: token_type_hint only speeds up the lookup; "an invalid token type hint value
    // is ignored by the authorization server". https://www.rfc-editor.org/rfc/rfc7009#section-2.1
    // RFC 7009 §2.2: answer 200 whether or not the token was known.
    const grant = context.store.get<GrantRecord>(slot.token(token));
    context.store.delete(slot.token(token));
    // RFC 7009 §2.1: revoking a refresh token SHOULD also invalidate the access tokens of its grant.
    if (grant?.kind === 'refresh' && grant.clientId === form.get('client_id')) revokeGrant(context, grant.grantId);
    return { status: 200, headers: NO_STORE, body: null };
  }

  return { introspect, revoke };
}
