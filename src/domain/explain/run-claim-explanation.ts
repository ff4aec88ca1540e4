import { explainClaims, type ClaimVerdict } from './explain-claims';
import type { FlowRun } from '../flow/flow-run';
import { idTokenClaims, userinfoClaims } from './run-snapshot';
import { scopeExplanationOf } from './run-scope-explanation';
import { runProviderOf } from './run-provider';

/** Every claim of a completed run with its source, and every requested claim that is missing, with why. */
export function claimExplanationOf(run: Extract<FlowRun, { outcome: 'completed' }>): ClaimVerdict[] {
  const scopes = scopeExplanationOf(run);
  // The settings parsed at launch, never the composed text: a finished run means what it meant then.
  const { claimsRequest } = run.settings;
  const provider = runProviderOf(run);
  return explainClaims({
    requestedScopes: run.requestedScopes,
    grantedScopes: scopes.verdicts.filter((v) => v.outcome === 'granted').map((v) => v.scope),
    claimsRequest,
    idToken: typeof run.tokenResponse.id_token === 'string' ? idTokenClaims(run) : undefined,
    userinfo: run.userinfo === undefined ? undefined : userinfoClaims(run),
    claimsSupported: run.claimsSupported,
    claimsParameterSupported: run.discovery.claims_parameter_supported === true,
    provider: provider.kind === 'mock' ? { kind: 'mock', behaviour: provider.behaviour, loginPolicy: provider.loginPolicy, user: provider.user } : { kind: 'real' },
    // A completed run whose failure came before userinfo answered: what userinfo would have brought is listed as not received.
    ...(run.failure && run.userinfo === undefined ? { failedStep: run.failure.stage } : {}),
  });
}
