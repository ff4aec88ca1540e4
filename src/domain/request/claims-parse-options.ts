import { BEHAVIOUR_PROFILES } from '../mock/behaviour-profile';
import { customClaimNames, parseLoginPolicy } from '../mock/login-policy';
import type { ParseClaimsOptions } from '../scopes-and-claims/parse-claims-request';
import { isMockIssuer, type ComposedRequest } from './composed-request';

/**
 * What the claims editor checks names against for the provider in use: on the mock, the login
 * policy's custom claims, and the standard claims its behaviour profile does not release; a real
 * provider's rules are not known here, so only the standard and registered names.
 */
export function claimsParseOptionsOf(request: Pick<ComposedRequest, 'issuer' | 'mock'>): ParseClaimsOptions {
  if (!isMockIssuer(request.issuer)) return {};
  const policy = parseLoginPolicy(request.mock.loginPolicyText);
  const rules = BEHAVIOUR_PROFILES[request.mock.behaviour];
  return {
    extraKnownClaims: policy.outcome === 'valid' ? customClaimNames(policy.policy) : [],
    withheld: { claims: rules.withheldClaims, provider: rules.label },
  };
}
