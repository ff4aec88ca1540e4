import { checkRequestObject, type RequestObjectProblem } from '../../src/domain/protocols/request-object';
import { findClient, type ProviderContext } from './context';
import { safeDescription } from './error-description';
import { MOCK_REQUEST_OBJECT_ALGORITHMS, requestObjectJwks } from './request-object';

/**
 * What an authorize request (or a pushed one) stands for once its request object is read:
 * - `plain`: no `request` parameter; the parameters as sent.
 * - `unpacked`: RFC 9101 §6.3, only the object's parameters (and client_id, which §5 keeps outside).
 * - `refused`: invalid_request_object (§7), with a sentence for the developer.
 */
export type RequestObjectUnpacking =
  | { readonly outcome: 'plain'; readonly params: URLSearchParams }
  | { readonly outcome: 'unpacked'; readonly params: URLSearchParams }
  | { readonly outcome: 'refused'; readonly error: 'invalid_request_object' | 'invalid_client'; readonly description: string };

const REFUSAL: Record<RequestObjectProblem, string> = {
  'not-a-jwt': 'The request parameter is not a signed JWT (RFC 9101 section 2.1).',
  'alg-not-allowed': `The request object's alg is not accepted; see request_object_signing_alg_values_supported (${MOCK_REQUEST_OBJECT_ALGORITHMS.join(', ')}).`,
  'no-key-registered': 'This client registered no key that can verify this request object (a public key in its client settings; HS256 needs a client secret, which a public client has not).',
  'bad-signature': 'The request object signature does not verify with the keys this client registered (RFC 9101 section 6.2).',
  'iss-mismatch': 'The request object iss must be the client_id of the client that signed it (RFC 9101 section 4).',
  'aud-mismatch': "The request object aud must be this provider's issuer identifier (RFC 9101 section 4).",
  expired: 'The request object has expired (exp).',
  'not-yet-valid': 'The request object is not valid yet (nbf).',
  'issued-in-future': 'The request object was issued in the future (iat).',
  'client-id-mismatch': 'client_id inside the request object must equal the client_id outside it (RFC 9101 section 5).',
  'response-type-mismatch': 'response_type inside the request object must equal the one outside it (RFC 9101 section 6.3).',
  'nested-request': 'A request object must not contain request or request_uri (RFC 9101 section 4).',
};

/**
 * RFC 9101 §6: reads the `request` parameter of an authorize request or a pushed one. `clientId` is
 * the client the request comes from (the outside client_id; at PAR, the client that pushed).
 * https://www.rfc-editor.org/rfc/rfc9101#section-6
 */
export async function unpackRequestObject(context: ProviderContext, params: URLSearchParams, clientId = params.get('client_id')): Promise<RequestObjectUnpacking> {
  const jwt = params.get('request');
  if (jwt === null) return { outcome: 'plain', params };
  // §5: client_id stays outside, so the provider knows whose keys to verify with.
  if (!clientId || !findClient(context, clientId)) return { outcome: 'refused', error: 'invalid_client', description: clientId ? 'No client is registered with this client_id.' : 'client_id is missing.' };
  const check = await checkRequestObject({
    jwt,
    outside: params,
    clientId,
    issuer: context.issuer,
    keys: { jwks: requestObjectJwks(context.settings(), clientId) },
    nowSeconds: context.now(),
    allowedAlgorithms: MOCK_REQUEST_OBJECT_ALGORITHMS,
  });
  if (check.outcome === 'invalid') return { outcome: 'refused', error: 'invalid_request_object', description: safeDescription(REFUSAL[check.problem]) };
  // §6.3: only the object's parameters; client_id is the one outside (equal to the inside one if any).
  const unpacked = new URLSearchParams(check.params);
  unpacked.set('client_id', clientId);
  return { outcome: 'unpacked', params: unpacked };
}
