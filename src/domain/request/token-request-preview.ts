import { MOCK_SERVICE_CLIENT, mockServiceClientMethod } from '../protocols/client-credentials';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { resolveClientAuthentication, type ClientAuthenticationMethod, type ClientAuthenticationReason } from '../provider/client-authentication';
import { joinScopes } from '../scopes-and-claims/scope-list';
import { clientCredentialsNotes, type ClientCredentialsNote } from './client-credentials-notes';
import { isMockIssuer, requestedScopes, type ComposedRequest } from './composed-request';

/**
 * The token request a client credentials launch will send (RFC 6749 §4.4.2,
 * https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2), as the compose screen previews it in place
 * of the authorize request: one POST, no redirect, no user. It follows what src/lib/client-credentials.ts
 * sends; a value made at launch or never shown (the secret, the DPoP proof) is a placeholder code,
 * worded in src/domain/messages/client-credentials-messages.ts.
 */
export type PreviewValue =
  | { readonly kind: 'text'; readonly text: string }
  /** RFC 6749 §2.3.1: Basic over client_id:client_secret; the secret is never shown. */
  | { readonly kind: 'basic-credentials'; readonly clientId: string }
  /** RFC 6749 §2.3.1: the secret in the body; never shown. */
  | { readonly kind: 'secret-withheld' }
  /** RFC 9449 §4: a proof JWT made and signed at launch, for this method and URL. */
  | { readonly kind: 'dpop-proof' };

export interface PreviewLine {
  readonly name: string;
  readonly value: PreviewValue;
}

export type PreviewAuthentication =
  | { readonly method: 'client_secret_basic' | 'client_secret_post'; readonly reason: ClientAuthenticationReason | 'mock-service-client' }
  /** No secret to send: the launch refuses (§4.4 is for confidential clients only). */
  | { readonly method: 'none'; readonly reason: ClientAuthenticationReason };

export interface TokenRequestPreview {
  readonly method: 'POST';
  /** The token endpoint, or undefined until a real provider's discovery names it. */
  readonly endpoint: string | undefined;
  readonly clientId: string;
  readonly authentication: PreviewAuthentication;
  readonly headers: readonly PreviewLine[];
  readonly body: readonly PreviewLine[];
  readonly dpop: boolean;
  /** What was composed and is not sent, for the fields where it was typed. */
  readonly notes: readonly ClientCredentialsNote[];
}

export interface TokenRequestContext {
  /** The mock's token endpoint, or a real provider's from its fetched discovery document. */
  readonly tokenEndpoint: string | undefined;
  /** A real provider's token_endpoint_auth_methods_supported, once its discovery is known. */
  readonly authMethodsSupported?: readonly string[];
}

const text = (value: string): PreviewValue => ({ kind: 'text', text: value });

export function tokenRequestPreview(request: ComposedRequest, context: TokenRequestContext): TokenRequestPreview {
  const mock = isMockIssuer(request.issuer);
  // On the mock, its confidential client stands in for the composed one (the automation contract).
  const clientId = mock ? MOCK_SERVICE_CLIENT.clientId : request.clientId;
  const authentication: PreviewAuthentication = mock
    ? { method: mockServiceClientMethod(request.clientAuthentication), reason: 'mock-service-client' }
    : authenticationOf(resolveClientAuthentication(request.clientAuthentication, context.authMethodsSupported, request.confidential));
  const dpop = (request.protocols ?? DEFAULT_PROTOCOL_CHOICES).dpop;
  const headers: PreviewLine[] = [{ name: 'Content-Type', value: text('application/x-www-form-urlencoded') }];
  if (authentication.method === 'client_secret_basic') headers.push({ name: 'Authorization', value: { kind: 'basic-credentials', clientId } });
  if (dpop) headers.push({ name: 'DPoP', value: { kind: 'dpop-proof' } });
  const body: PreviewLine[] = [{ name: 'grant_type', value: text('client_credentials') }];
  const scopes = requestedScopes(request);
  // §4.4.2: scope is OPTIONAL; an empty one is not sent.
  if (scopes.length > 0) body.push({ name: 'scope', value: text(joinScopes(scopes)) });
  if (authentication.method === 'client_secret_post') body.push({ name: 'client_id', value: text(clientId) }, { name: 'client_secret', value: { kind: 'secret-withheld' } });
  return { method: 'POST', endpoint: context.tokenEndpoint, clientId, authentication, headers, body, dpop, notes: clientCredentialsNotes(request) };
}

function authenticationOf(resolved: { method: ClientAuthenticationMethod; reason: ClientAuthenticationReason }): PreviewAuthentication {
  return resolved.method === 'none' ? { method: 'none', reason: resolved.reason } : { method: resolved.method, reason: resolved.reason };
}
