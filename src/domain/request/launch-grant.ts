import type { ComposedRequest } from './composed-request';

/**
 * What a launch does: the Authorization Code flow through the browser (RFC 6749 §4.1), or, with the
 * client credentials switch on, one call to the token endpoint in the client's own name, with no
 * redirect and no user (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4). The
 * compose screen's button, status line and preview follow it.
 */
export type LaunchGrant = 'authorization_code' | 'client_credentials';

export function launchGrantOf(request: Pick<ComposedRequest, 'protocols'>): LaunchGrant {
  return request.protocols?.clientCredentials ? 'client_credentials' : 'authorization_code';
}
