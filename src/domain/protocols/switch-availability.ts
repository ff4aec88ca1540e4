import type { DiscoveryDocument } from '../provider/discovery-document';
import type { ProtocolSwitch } from './protocol-choices';
import { offersClientCredentials } from './client-credentials';

/**
 * Whether a provider offers a switch, from its discovery document (RFC 8414 §2 and each RFC's own
 * metadata): the mock offers every switch; a real provider whose document was not fetched yet is
 * not known either way, and the switch stays usable (the launch fetches it and says if it is not).
 */
export type SwitchAvailability =
  | { readonly availability: 'offered'; readonly required?: boolean }
  | { readonly availability: 'not-offered'; readonly reason: 'no-par-endpoint' | 'no-dpop-es256' | 'no-fragment-mode' | 'no-client-credentials-grant' }
  | { readonly availability: 'unknown' };

export function switchAvailability(protocolSwitch: ProtocolSwitch, discovery: DiscoveryDocument | undefined, mock: boolean): SwitchAvailability {
  if (mock) return { availability: 'offered' };
  if (!discovery) return { availability: 'unknown' };
  switch (protocolSwitch) {
    case 'par':
      // RFC 9126 §5: a provider that has a PAR endpoint names it; require_pushed_authorization_requests says it is the only way.
      if (!discovery.pushed_authorization_request_endpoint) return { availability: 'not-offered', reason: 'no-par-endpoint' };
      return { availability: 'offered', required: discovery.require_pushed_authorization_requests === true };
    case 'dpop':
      // RFC 9449 §5.1: dpop_signing_alg_values_supported; the page's key (oidc-client-ts) is ES256.
      if (!discovery.dpop_signing_alg_values_supported?.includes('ES256')) return { availability: 'not-offered', reason: 'no-dpop-es256' };
      return { availability: 'offered' };
    case 'fragment':
      // OIDC Discovery 1.0 §3: response_modes_supported omitted means ["query", "fragment"].
      if (discovery.response_modes_supported && !discovery.response_modes_supported.includes('fragment')) return { availability: 'not-offered', reason: 'no-fragment-mode' };
      return { availability: 'offered' };
    case 'clientCredentials':
      // RFC 8414 §2: grant_types_supported, whose default has no client_credentials.
      if (!offersClientCredentials(discovery.grant_types_supported)) return { availability: 'not-offered', reason: 'no-client-credentials-grant' };
      return { availability: 'offered' };
  }
}
