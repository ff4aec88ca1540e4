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
    // Not for client credentials: its token stands for no user (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4),
    // so userinfo's refusal brings nothing that was ever expected; the results' notice says why.
    ...(run.failure && run.userinfo === undefined && run.grant !== 'client_credentials' ? { failedStep: run.failure.stage } : {}),
  });
}
