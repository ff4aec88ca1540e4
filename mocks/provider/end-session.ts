import { decodeJwt } from 'jose';
import { redirectWith } from './authorize';
import { findClient, type ProviderContext } from './context';
import type { OAuthErrorCode } from './oauth-error';

export type EndSessionResult =
  | { outcome: 'signed-out'; location: string | undefined }
  | { outcome: 'error-page'; error: OAuthErrorCode; description: string };

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2–3): ends the SSO session and
 * sends the browser back only to a registered post_logout_redirect_uri, with the state it was given.
 */
export function endSessionRequest(context: ProviderContext, params: URLSearchParams, endSession: () => void): EndSessionResult {
  const redirectUri = params.get('post_logout_redirect_uri');
  let clientId = params.get('client_id');
  const hint = params.get('id_token_hint');
  if (hint) {
    let claims: ReturnType<typeof decodeJwt>;
    try {
      claims = decodeJwt(hint);
    } catch {
      return { outcome: 'error-page', error: 'invalid_request', description: 'id_token_hint is not a JWT.' };
    }
    if (claims.iss !== context.issuer) return { outcome: 'error-page', error: 'invalid_request', description: 'id_token_hint was not issued by this provider.' };
    const audience = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
    if (clientId && audience !== clientId) return { outcome: 'error-page', error: 'invalid_request', description: 'client_id does not match the id_token_hint audience.' };
    clientId = audience ?? null;
  }
  if (redirectUri) {
    const client = findClient(context, clientId);
    if (!client) return { outcome: 'error-page', error: 'invalid_request', description: 'post_logout_redirect_uri needs client_id or id_token_hint to identify the client.' };
    if (!client.postLogoutRedirectUris.includes(redirectUri)) {
      return {
        outcome: 'error-page',
        error: 'invalid_request',
        description: `post_logout_redirect_uri "${redirectUri}" is not registered. Registered: ${client.postLogoutRedirectUris.join(', ')}.`,
      };
    }
  }
  endSession();
  return { outcome: 'signed-out', location: redirectUri ? redirectWith(redirectUri, { state: params.get('state') ?? undefined }) : undefined };
}
