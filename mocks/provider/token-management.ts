import { joinScopes } from '../../src/domain/scope-list';
import { findClient, type ProviderContext } from './context';
import { NO_STORE, json, oauthError, type ProviderResponse } from './oauth-error';
import { slot, type GrantRecord } from './records';

/** Token introspection (RFC 7662) and revocation (RFC 7009) for the opaque tokens. */
export function createTokenManagement(context: ProviderContext) {
  function introspect(form: URLSearchParams): ProviderResponse {
    if (!findClient(context, form.get('client_id'))) return oauthError(401, 'invalid_client', 'Introspection needs a registered client_id.');
    const token = form.get('token');
    if (!token) return oauthError(400, 'invalid_request', 'token is missing.');
    const grant = context.store.get<GrantRecord>(slot.token(token));
    // RFC 7662 §2.2: an unknown, expired or revoked token is simply inactive.
    if (!grant || grant.expiresAt < context.now()) return json(200, { active: false }, NO_STORE);
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
        iss: context.issuer,
      },
      NO_STORE,
    );
  }

  function revoke(form: URLSearchParams): ProviderResponse {
    if (!findClient(context, form.get('client_id'))) return oauthError(401, 'invalid_client', 'Revocation needs a registered client_id.');
    const token = form.get('token');
    if (!token) return oauthError(400, 'invalid_request', 'token is missing.');
    const hint = form.get('token_type_hint');
    if (hint && hint !== 'access_token' && hint !== 'refresh_token') {
      return oauthError(400, 'unsupported_token_type', `token_type_hint "${hint}" is not supported.`);
    }
    // RFC 7009 §2.2: answer 200 whether or not the token was known.
    context.store.delete(slot.token(token));
    return { status: 200, headers: NO_STORE, body: null };
  }

  return { introspect, revoke };
}
