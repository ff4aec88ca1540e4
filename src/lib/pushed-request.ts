import { pushedAuthorizeUrl, readPushedResponse } from '../domain/protocols/pushed-request';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { PAR_NOT_OFFERED, parRefusedText } from '../domain/messages/protocol-messages';
import type { ClientAuthentication } from './sign-in';

/**
 * RFC 9126 §2: POSTs the parameters of the authorize URL oidc-client-ts built (its state, nonce and
 * PKCE challenge stay in the tab for the callback) to the PAR endpoint, and answers the URL the
 * browser goes to instead: client_id and request_uri only (§4). A confidential client
 * authenticates as at the token endpoint (§2); the recorder withholds its secret.
 * https://www.rfc-editor.org/rfc/rfc9126#section-2
 */
export async function pushAuthorizeRequest(discovery: DiscoveryDocument, authorizeUrl: string, clientId: string, authentication: ClientAuthentication): Promise<string> {
  const endpoint = discovery.pushed_authorization_request_endpoint;
  if (!endpoint) throw new Error(PAR_NOT_OFFERED);
  const body = new URL(authorizeUrl).searchParams;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (authentication.method === 'client_secret_basic') {
    // RFC 6749 §2.3.1: form-encode both before Basic.
    headers.Authorization = `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(authentication.secret)}`)}`;
  } else if (authentication.method === 'client_secret_post') {
    body.set('client_secret', authentication.secret);
  }
  const response = await fetch(endpoint, { method: 'POST', headers, body: body.toString() });
  const answer: unknown = await response.json().catch(() => undefined);
  const pushed = readPushedResponse(response.status, answer);
  if (!pushed) {
    const { error, error_description: description } = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
    throw new Error(parRefusedText(response.status, typeof error === 'string' ? error : undefined, typeof description === 'string' ? description : undefined));
  }
  return pushedAuthorizeUrl(discovery.authorization_endpoint, clientId, pushed.requestUri);
}
