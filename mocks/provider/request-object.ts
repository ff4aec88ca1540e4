import type { JWK } from 'jose';
import { DEFAULT_CLIENT_ID } from '../../src/domain/request/composed-request';
import { clientMetadata, withClientMetadata, type WithProtocolSettings } from './protocol-settings';
import type { ProviderSettings } from './settings';

/**
 * A client's request-object keys, as its metadata holds them. Reading a request object is in
 * request-object-unpack.ts, loaded by import() when a request carries one (issue 29).
 */

/** RFC 9101 §10.2: the algorithms the mock verifies. Its client is public (no secret), so no HS256. */
export const MOCK_REQUEST_OBJECT_ALGORITHMS = ['ES256', 'RS256'] as const;

/** The public keys a client registered for its request objects, in its metadata (the mock's client settings). */
export function requestObjectJwks(settings: ProviderSettings, clientId: string): readonly JWK[] {
  return clientMetadata(settings, clientId).requestObjectJwks ?? [];
}

/**
 * The settings with this public key registered for the client's request objects (one key per key
 * type kept); the mock's public client unless another is named.
 */
export function withRequestObjectKey(settings: ProviderSettings, jwk: JWK, clientId: string = DEFAULT_CLIENT_ID): WithProtocolSettings {
  const others = requestObjectJwks(settings, clientId).filter((key) => key.kty !== jwk.kty);
  return withClientMetadata(settings, clientId, { requestObjectJwks: [...others, jwk] });
}
