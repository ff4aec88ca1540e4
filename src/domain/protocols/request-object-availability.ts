import type { DiscoveryDocument } from '../provider/discovery-document';
import type { RequestObjectChoice } from './request-object-choice';

// Apart from request-object-choice.ts, which the first route needs (links, stored requests): this
// loads with the control and the launch only.

/** Why a provider does not offer a mode, from its discovery document. */
export type RequestObjectUnavailable = 'no-request-parameter' | 'alg-not-listed' | 'no-par-endpoint' | 'hs256-needs-secret';

export type RequestObjectAvailability =
  | { readonly availability: 'offered' }
  | { readonly availability: 'not-offered'; readonly reason: RequestObjectUnavailable }
  | { readonly availability: 'unknown' };

/**
 * Whether a mode can be used, and why not:
 * - by value: `request_parameter_supported` (OIDC Discovery §3: absent means false);
 * - by reference: a PAR endpoint (RFC 9126 §5) — the pushed body carries `request` (RFC 9126 §3);
 * - both: the algorithm in `request_object_signing_alg_values_supported` when the document lists it
 *   (RFC 9101 §10.1), and HS256 only for a confidential client, whose secret is the key (§4).
 * The mock's client is public and verifies ES256 and RS256: its discovery decides as any other's.
 */
export function requestObjectAvailability(choice: RequestObjectChoice, discovery: DiscoveryDocument | undefined, confidential: boolean): RequestObjectAvailability {
  if (choice.mode === 'off') return { availability: 'offered' };
  if (choice.alg === 'HS256' && !confidential) return { availability: 'not-offered', reason: 'hs256-needs-secret' };
  if (!discovery) return { availability: 'unknown' };
  if (choice.mode === 'value' && discovery.request_parameter_supported !== true) return { availability: 'not-offered', reason: 'no-request-parameter' };
  if (choice.mode === 'reference' && !discovery.pushed_authorization_request_endpoint) return { availability: 'not-offered', reason: 'no-par-endpoint' };
  const listed = discovery.request_object_signing_alg_values_supported;
  if (listed && !listed.includes(choice.alg)) return { availability: 'not-offered', reason: 'alg-not-listed' };
  return { availability: 'offered' };
}
