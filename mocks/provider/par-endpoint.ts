import { checkPushedForm, PUSHED_REQUEST_LIFETIME_SECONDS, REQUEST_URI_PREFIX } from '../../src/domain/protocols/pushed-request';
import { checkAuthorizeRequest } from './authorize';
import { findClient, type ProviderContext } from './context';
import { NO_STORE, json, oauthError, type ProviderResponse } from './provider-response';
import { randomToken } from './random';
import { storePushedRequest } from './pushed-requests';
import { duplicatedParameter } from './request-shape';

/**
 * The pushed authorization request endpoint (RFC 9126 §2, https://www.rfc-editor.org/rfc/rfc9126#section-2).
 * The mock's client is public, so it authenticates by client_id alone (§2: as at the token endpoint).
 * The request is checked as the authorization endpoint would check it, and refused with the same
 * codes in a JSON body (§2.3) instead of at the redirect URI.
 */
export function createParEndpoint(context: ProviderContext) {
  function par(form: URLSearchParams, authorization?: string | null): ProviderResponse {
    const scheme = /^(\S+)\s/.exec(authorization ?? '')?.[1];
    if (scheme) {
      return oauthError(401, 'invalid_client', 'This client is public: it authenticates with no secret (token_endpoint_auth_method none).', {
        ...NO_STORE,
        'WWW-Authenticate': `${scheme} realm="${context.issuer}"`,
      });
    }
    const clientId = form.get('client_id');
    // §2.3 / RFC 6749 §5.2: an unknown client is invalid_client, 401.
    if (!findClient(context, clientId)) return oauthError(401, 'invalid_client', clientId ? 'No client is registered with this client_id.' : 'client_id is missing.', NO_STORE);
    const duplicate = duplicatedParameter(form);
    if (duplicate) return oauthError(400, 'invalid_request', `${duplicate} was sent more than once.`, NO_STORE);
    if (checkPushedForm(form) === 'request-uri-inside') return oauthError(400, 'invalid_request', 'request_uri must not be sent in a pushed request (RFC 9126 section 2.1).', NO_STORE);
    const check = checkAuthorizeRequest(form, context.clients, context.issuer);
    if (check.outcome !== 'login') return oauthError(400, check.error, check.description, NO_STORE);
    const requestUri = `${REQUEST_URI_PREFIX}${randomToken(24, context.random)}`;
    storePushedRequest(context, requestUri, {
      clientId: clientId!,
      params: [...form],
      expiresAt: context.now() + PUSHED_REQUEST_LIFETIME_SECONDS,
      used: false,
    });
    // §2.2: 201 Created with the reference and its lifetime.
    return json(201, { request_uri: requestUri, expires_in: PUSHED_REQUEST_LIFETIME_SECONDS }, NO_STORE);
  }
  return { par };
}
