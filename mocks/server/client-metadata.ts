import type { JWK } from 'jose';
import { isPlainObject } from '../../src/domain/text/json-values';
import type { ClientProtocolMetadata } from '../provider/protocol-settings';
import { MOCK_REQUEST_OBJECT_ALGORITHMS } from '../provider/request-object';

export type MetadataRead = { readonly outcome: 'valid'; readonly metadata: ClientProtocolMetadata } | { readonly outcome: 'invalid'; readonly message: string };

/** Members only a private key (or a symmetric one) has: never registered, since the mock needs the public half only. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * A client's protocol metadata as another team's test registers it (the options file's
 * `server.clients[i]`, the control API's `clients.<id>`), under the playground's camel-case names:
 * - `requirePushedAuthorizationRequests`: RFC 9126 §6 client metadata, https://www.rfc-editor.org/rfc/rfc9126#section-6
 * - `jwks`: `{"keys": [...]}`, the public keys its request objects are signed with (RFC 9101 §6.2 by
 *   way of RFC 7591 `jwks`), ES256 (EC P-256) or RS256 (RSA) as the mock verifies them.
 * Only the members present are read; `at` names where they are, for a message that names the field.
 */
export function readClientMetadata(value: Record<string, unknown>, at: string): MetadataRead {
  const bad = (message: string): MetadataRead => ({ outcome: 'invalid', message });
  const metadata: { requirePushedAuthorizationRequests?: boolean; requestObjectJwks?: JWK[] } = {};
  if ('requirePushedAuthorizationRequests' in value) {
    if (typeof value.requirePushedAuthorizationRequests !== 'boolean') return bad(`${at}.requirePushedAuthorizationRequests must be true or false.`);
    metadata.requirePushedAuthorizationRequests = value.requirePushedAuthorizationRequests;
  }
  if ('jwks' in value) {
    const jwks = value.jwks;
    if (!isPlainObject(jwks) || !Array.isArray(jwks.keys)) return bad(`${at}.jwks must be a JWK Set: {"keys": [...]}.`);
    const keys: JWK[] = [];
    for (const [index, key] of jwks.keys.entries()) {
      const problem = publicKeyProblem(key);
      if (problem) return bad(`${at}.jwks.keys[${index}] ${problem}`);
      keys.push(key as JWK);
    }
    metadata.requestObjectJwks = keys;
  }
  return { outcome: 'valid', metadata };
}

/** Why a value is not a public signing key the mock can verify request objects with, or undefined. */
function publicKeyProblem(key: unknown): string | undefined {
  if (!isPlainObject(key)) return 'must be a JWK object.';
  if (PRIVATE_MEMBERS.some((member) => member in key)) return 'holds private key material; register the public key only.';
  if (key.alg !== undefined && !(MOCK_REQUEST_OBJECT_ALGORITHMS as readonly unknown[]).includes(key.alg)) return `alg must be ${MOCK_REQUEST_OBJECT_ALGORITHMS.join(' or ')}.`;
  if (key.use !== undefined && key.use !== 'sig') return 'use must be "sig".';
  if (key.kty === 'EC') return key.crv === 'P-256' && isText(key.x) && isText(key.y) ? undefined : 'must be an EC key on P-256 with x and y (ES256).';
  if (key.kty === 'RSA') return isText(key.n) && isText(key.e) ? undefined : 'must be an RSA key with n and e (RS256).';
  return 'must have kty "EC" (ES256) or "RSA" (RS256).';
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
