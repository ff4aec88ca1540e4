import type { RegisteredClient } from './clients';
import { findClient, type ProviderContext } from './context';
import { NO_STORE, oauthError, type ProviderResponse } from './provider-response';

/**
 * Client authentication at the token endpoint (RFC 6749 §2.3.1,
 * https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1): a confidential client sends its secret in
 * a Basic header or in the form body, never both (§2.3: "MUST NOT use more than one authentication
 * method in each request"). A public client sends its client_id alone, as before.
 */
export type ClientAuthentication =
  /** No credential was presented: a public client, named by client_id in the form (the caller checks it). */
  | { readonly outcome: 'public' }
  | { readonly outcome: 'authenticated'; readonly client: RegisteredClient; readonly method: 'client_secret_basic' | 'client_secret_post' }
  | { readonly outcome: 'refused'; readonly response: ProviderResponse };

export function authenticateClient(context: ProviderContext, form: URLSearchParams, authorization: string | null | undefined): ClientAuthentication {
  const refused = (description: string, scheme?: string): ClientAuthentication => ({
    outcome: 'refused',
    // §5.2: a failed client authentication is 401 with WWW-Authenticate for the scheme the client used.
    response: oauthError(401, 'invalid_client', description, scheme ? { ...NO_STORE, 'WWW-Authenticate': `${scheme} realm="${context.issuer}"` } : NO_STORE),
  });
  const header = /^(\S+)\s+(.*)$/.exec(authorization ?? '');
  if (header) {
    const scheme = header[1]!;
    const basic = scheme.toLowerCase() === 'basic' ? decodeBasic(header[2]!) : undefined;
    const client = basic && findClient(context, basic.clientId);
    if (!basic || !client?.secret) return refused('This client is public: it authenticates with no secret (token_endpoint_auth_method none).', scheme);
    if (form.has('client_secret')) return { outcome: 'refused', response: oauthError(400, 'invalid_request', 'The client authenticated twice (a Basic header and client_secret); use one method (RFC 6749 section 2.3).', NO_STORE) };
    const named = form.get('client_id');
    if (named !== null && named !== client.clientId) return refused('client_id in the body is not the client of the Basic header.', scheme);
    if (basic.secret !== client.secret) return refused('The client secret is wrong.', scheme);
    return { outcome: 'authenticated', client, method: 'client_secret_basic' };
  }
  const client = findClient(context, form.get('client_id'));
  if (!client?.secret) return { outcome: 'public' };
  const secret = form.get('client_secret');
  if (secret === null) return refused('This client is confidential: authenticate with its secret, client_secret_basic or client_secret_post (RFC 6749 section 2.3.1).');
  if (secret !== client.secret) return refused('The client secret is wrong.');
  return { outcome: 'authenticated', client, method: 'client_secret_post' };
}

/** §2.3.1: both halves are form-encoded before Basic; a credential that does not decode is not one. */
function decodeBasic(credential: string): { clientId: string; secret: string } | undefined {
  try {
    const decoded = atob(credential);
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const formDecode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
    return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}
