import { isMockIssuer } from '../request/composed-request';
import { explainScopes, type ScopeExplanation } from './explain-scopes';
import { splitScopes } from '../scopes-and-claims/scope-list';
import type { FlowRun } from '../flow/flow-run';

/** The scope explanation of a completed run: composed request + token response + discovery (+ mock policy). */
export function scopeExplanationOf(run: Extract<FlowRun, { outcome: 'completed' }>): ScopeExplanation {
  const scopeOnWire = run.tokenResponse.scope;
  return explainScopes({
    requested: run.requestedScopes,
    grantedOnTheWire: typeof scopeOnWire === 'string' ? splitScopes(scopeOnWire) : undefined,
    scopesSupported: run.scopesSupported,
    allowedScopes: isMockIssuer(run.request.issuer) ? run.request.mock.allowedScopes : undefined,
    prompt: run.request.prompt,
    refreshTokenIssued: typeof run.tokenResponse.refresh_token === 'string',
  });
}
