import type { ClientAuthenticationMethod, ClientAuthenticationReason } from '../provider/client-authentication';

/** Why this method, in one sentence under the method choice. */
export function clientAuthenticationReasonText(method: ClientAuthenticationMethod, reason: ClientAuthenticationReason): string {
  switch (reason) {
    case 'chosen':
      return method === 'none' ? 'Chosen: a public client, no secret is sent.' : `Chosen: the secret is sent with ${method}.`;
    case 'discovery-basic':
      return 'The provider lists client_secret_basic in token_endpoint_auth_methods_supported: the secret goes in an Authorization: Basic header.';
    case 'discovery-post':
      return 'The provider lists client_secret_post (and not client_secret_basic): the secret goes in the form body.';
    case 'default-basic':
      return 'The provider lists no token_endpoint_auth_methods_supported, so the default applies: client_secret_basic (RFC 8414 §2).';
    case 'public':
      return 'No client secret: a public client (token_endpoint_auth_method none), protected by PKCE.';
    case 'secret-not-usable':
      return 'The provider lists neither client_secret_basic nor client_secret_post, so the secret is not sent.';
    case 'none-not-listed':
      return 'No client secret, so none is sent (a public client with PKCE). The provider does not list none in token_endpoint_auth_methods_supported, but that list is the server’s, not this client’s registration: if the token endpoint answers invalid_client, this client needs its secret.';
  }
}

/** Under the secret field, always: where the secret lives. */
export const CLIENT_SECRET_KEPT_IN_MEMORY =
  'Kept only in this tab’s memory: never stored, never in a link, an export or the history. A reload or a new tab forgets it.';

/** Under the secret field when the request expects a secret but memory holds none. */
export const CLIENT_SECRET_GONE =
  'No client secret in this tab’s memory: it was never typed here, or the page was reloaded (a reload forgets it). Type it again.';

/** On the callback screen, before the code is redeemed. */
export const CLIENT_SECRET_NEEDED_AT_CALLBACK =
  'The provider sent you back with a one-time code. Redeeming it needs the client secret, and the sign-in was a full page load away and back, which cleared it from memory. Type it again to exchange the code; codes expire within minutes.';

/** On the results screen of a run that used a client secret. */
export const CLIENT_SECRET_TESTING_ONLY =
  'This run used a client secret held by the browser. That is for testing only: anything in a web page can be read by its user and its scripts, so a real web page must use a public client with PKCE, or keep the secret on a server (a backend for the frontend).';

/** Under the method choice, before discovery is read. */
export const CLIENT_AUTHENTICATION_AWAITING_DISCOVERY =
  'Automatic: chosen from the provider’s token_endpoint_auth_methods_supported when discovery is read (Fetch discovery, or at launch). With a secret, client_secret_basic is preferred; without one, none.';
