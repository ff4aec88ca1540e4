import type { JWK } from 'jose';
import { DEFAULT_CLIENT_ID } from '../../src/domain/request/composed-request';
import type { ProviderSettings } from './settings';

/**
 * What a client registered about the protocols of issue 28, as its registration metadata would hold
 * it: settings, not part of `RegisteredClient`, because the playground changes them per launch and
 * the server's control API at run time.
 */
export interface ClientProtocolMetadata {
  /**
   * RFC 9126 §6 client metadata: this client may use the authorization endpoint only through a
   * pushed request. https://www.rfc-editor.org/rfc/rfc9126#section-6
   */
  readonly requirePushedAuthorizationRequests?: boolean;
  /** RFC 9101 §6.2: the client's public keys for its request objects (RFC 7591 `jwks`). */
  readonly requestObjectJwks?: readonly JWK[];
}

/**
 * The mock's settings for the protocols of issue 28, beside the others: optional, so settings
 * stored or built before them read as "off".
 */
export interface ProtocolSettings {
  /**
   * RFC 9126 §5 authorization server metadata: every client must push its requests, and discovery
   * says so. A single client's requirement is its metadata (`clients`), which discovery does not show.
   */
  readonly requirePushedAuthorizationRequests?: boolean;
  /** Each registered client's metadata, by client_id. */
  readonly clients?: Readonly<Record<string, ClientProtocolMetadata>>;
  /** RFC 9068: access tokens are JWTs (typ at+jwt) signed with the provider's key, not opaque strings. */
  readonly jwtAccessTokens?: boolean;
}

export type WithProtocolSettings = ProviderSettings & { readonly protocols?: ProtocolSettings };

export function protocolSettings(settings: ProviderSettings): ProtocolSettings {
  return (settings as WithProtocolSettings).protocols ?? {};
}

/** A client's protocol metadata; none registered reads as all off. */
export function clientMetadata(settings: ProviderSettings, clientId: string): ClientProtocolMetadata {
  const clients = protocolSettings(settings).clients ?? {};
  // Own members only: a client_id such as "constructor" is no metadata.
  return Object.hasOwn(clients, clientId) ? (clients[clientId] ?? {}) : {};
}

/** The settings with this client's metadata changed (the other members and clients kept). */
export function withClientMetadata(settings: ProviderSettings, clientId: string, change: ClientProtocolMetadata): WithProtocolSettings {
  const protocols = protocolSettings(settings);
  return { ...settings, protocols: { ...protocols, clients: { ...protocols.clients, [clientId]: { ...clientMetadata(settings, clientId), ...change } } } };
}

/**
 * RFC 9126 §6: pushing is required when the server requires it of every client (its metadata) or
 * this client registered that it must (its metadata).
 */
export function mustPushRequests(settings: ProviderSettings, clientId: string): boolean {
  return protocolSettings(settings).requirePushedAuthorizationRequests === true || clientMetadata(settings, clientId).requirePushedAuthorizationRequests === true;
}

/**
 * The playground's mock settings (`mock.protocols` of a composed request) as the provider takes
 * them: require-PAR is the metadata of the mock's public client, JWT access tokens a server setting.
 */
export function providerProtocolsOf(mock: { readonly requirePar?: boolean; readonly jwtAccessTokens?: boolean } | undefined, clientId = DEFAULT_CLIENT_ID): ProtocolSettings {
  return { clients: { [clientId]: { requirePushedAuthorizationRequests: mock?.requirePar === true } }, jwtAccessTokens: mock?.jwtAccessTokens === true };
}
