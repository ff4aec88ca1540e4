import { explainScopes, type ScopeExplanation } from './explain-scopes';
import { splitScopes } from '../scopes-and-claims/scope-list';
import type { FlowRun } from '../flow/flow-run';
import { runProviderOf } from './run-provider';

/** The scope explanation of a completed run: composed request + token response + discovery (+ mock policy). */
export function scopeExplanationOf(run: Extract<FlowRun, { outcome: 'completed' }>): ScopeExplanation {
  const scopeOnWire = run.tokenResponse.scope;
  const provider = runProviderOf(run);
  return explainScopes({
    requested: run.requestedScopes,
    grantedOnTheWire: typeof scopeOnWire === 'string' ? splitScopes(scopeOnWire) : undefined,
    scopesSupported: run.scopesSupported,
    ...(provider.kind === 'mock' && provider.allowedScopes ? { allowedScopes: provider.allowedScopes } : {}),
    ...(provider.kind === 'mock' && provider.source === 'local-server' ? { policyAt: 'local-server' as const } : {}),
    prompt: run.request.prompt,
    refreshTokenIssued: typeof run.tokenResponse.refresh_token === 'string',
  });
}
