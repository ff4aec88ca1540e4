import { checkAuthorizationResponseIss, issOfCallback } from '../tokens/check-authorization-response-iss';
import type { FlowError } from './flow-run';

/** RFC 9207 §2.4: an `iss` naming another issuer stops the flow before the code is sent anywhere. */
export function mixUpFailure(callbackUrl: string, expectedIssuer: string): FlowError | undefined {
  const check = checkAuthorizationResponseIss({ issInResponse: issOfCallback(callbackUrl), expectedIssuer, advertised: undefined });
  if (check.outcome !== 'fail') return undefined;
  return { error: 'issuer_mismatch', description: check.detail, stage: 'callback' };
}
