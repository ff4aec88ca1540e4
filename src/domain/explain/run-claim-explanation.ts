import { isMockIssuer } from '../request/composed-request';
import { explainClaims, type ClaimVerdict } from './explain-claims';
import { parseLoginPolicy, EMPTY_LOGIN_POLICY } from '../mock/login-policy';
import { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { parseUserProfile } from '../mock/user-profile';
import type { FlowRun } from '../flow/flow-run';
import { idTokenClaims, userinfoClaims } from './run-snapshot';
import { scopeExplanationOf } from './run-scope-explanation';

/** Every claim of a completed run with its source, and every requested claim that is missing, with why. */
export function claimExplanationOf(run: Extract<FlowRun, { outcome: 'completed' }>): ClaimVerdict[] {
  const scopes = scopeExplanationOf(run);
  const claims = parseClaimsRequest(run.request.claimsText);
  const mock = isMockIssuer(run.request.issuer);
  const policy = parseLoginPolicy(run.request.mock.loginPolicyText);
  const user = parseUserProfile(run.request.mock.userText);
  return explainClaims({
    requestedScopes: run.requestedScopes,
    grantedScopes: scopes.verdicts.filter((v) => v.outcome === 'granted').map((v) => v.scope),
    claimsRequest: claims.outcome === 'valid' ? claims.request : undefined,
    idToken: typeof run.tokenResponse.id_token === 'string' ? idTokenClaims(run) : undefined,
    userinfo: run.userinfo === undefined ? undefined : userinfoClaims(run),
    claimsSupported: run.claimsSupported,
    claimsParameterSupported: run.discovery.claims_parameter_supported === true,
    provider: mock
      ? {
          kind: 'mock',
          behaviour: run.request.mock.behaviour,
          loginPolicy: policy.outcome === 'valid' ? policy.policy : EMPTY_LOGIN_POLICY,
          user: user.outcome === 'valid' ? user.profile : undefined,
        }
      : { kind: 'real' },
    // A completed run whose failure came before userinfo answered: what userinfo would have brought is listed as not received.
    ...(run.failure && run.userinfo === undefined ? { failedStep: run.failure.stage } : {}),
  });
}
