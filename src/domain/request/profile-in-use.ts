import { BEHAVIOUR_PROFILES, type BehaviourProfileDefinition } from '../mock/behaviour-profile';
import { isMockIssuer, type ComposedRequest } from './composed-request';

/**
 * The mock's behaviour profile when the request goes to the mock; undefined for a real provider,
 * whose rules the compose screen cannot see (so it names no claim as withheld).
 */
export function profileInUse(request: Pick<ComposedRequest, 'issuer' | 'mock'>): BehaviourProfileDefinition | undefined {
  return isMockIssuer(request.issuer) ? BEHAVIOUR_PROFILES[request.mock.behaviour] : undefined;
}

/** The placeholder of the "Other scopes" field: an example that does what it says under the profile in use. */
export function otherScopesExample(request: Pick<ComposedRequest, 'issuer' | 'mock'>): string {
  return `e.g. ${profileInUse(request)?.scopeExamples.requested ?? 'api:read'}`;
}
