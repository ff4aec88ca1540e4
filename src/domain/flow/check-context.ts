import { requestedAuthContext } from './requested-auth-context';
import type { PendingRun } from './flow-run';
import type { ClaimCheckInput } from './verify-id-token';

/**
 * What the id_token checks need beyond the token itself: what the request asked (max_age, acr),
 * the callback URL and discovery's flag for RFC 9207, and the keys (the curve of an EdDSA key).
 */
export function checkContextOf(
  pending: PendingRun,
  callbackUrl: string,
  metadata: Readonly<Record<string, unknown>>,
  jwks: unknown,
): Pick<ClaimCheckInput, 'asked' | 'authorizationResponse' | 'jwks'> {
  const advertised = metadata.authorization_response_iss_parameter_supported;
  return {
    asked: requestedAuthContext(pending.request),
    authorizationResponse: { callbackUrl, advertised: typeof advertised === 'boolean' ? advertised : undefined },
    jwks,
  };
}
