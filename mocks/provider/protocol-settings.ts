import type { JWK } from 'jose';
import type { ProviderSettings } from './settings';

/**
 * The mock's settings for the protocols of issue 28, beside the others: optional, so settings
 * stored or built before them read as "off".
 */
export interface ProtocolSettings {
  /** RFC 9126 §6: the client may use the authorization endpoint only through a pushed request. */
  readonly requirePushedAuthorizationRequests?: boolean;
  /** RFC 9101 §6.2: the client's public keys for its request objects (its client settings, as a registration would hold them). */
  readonly requestObjectJwks?: readonly JWK[];
  /** RFC 9068: access tokens are JWTs (typ at+jwt) signed with the provider's key, not opaque strings. */
  readonly jwtAccessTokens?: boolean;
}

export type WithProtocolSettings = ProviderSettings & { readonly protocols?: ProtocolSettings };

export function protocolSettings(settings: ProviderSettings): ProtocolSettings {
  return (settings as WithProtocolSettings).protocols ?? {};
}
