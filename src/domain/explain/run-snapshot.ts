import { decodeJwt } from 'jose';
import type { RunSnapshot } from '../flow/diff-runs';
import type { FlowRun } from '../flow/flow-run';
import { scopeExplanationOf } from './run-scope-explanation';

/** A run reduced to what comparisons and scenario checks look at: scope outcomes, claims, error. */
export function snapshotOf(run: FlowRun): RunSnapshot {
  if (run.outcome === 'failed') return { scopes: {}, claims: { id_token: {}, userinfo: {} }, error: run.failure.error };
  const scopes = Object.fromEntries(scopeExplanationOf(run).verdicts.map((v) => [v.scope, v.outcome]));
  return { scopes, claims: { id_token: idTokenClaims(run), userinfo: userinfoClaims(run) }, error: run.failure?.error };
}

export function idTokenClaims(run: FlowRun): Record<string, unknown> {
  if (run.outcome !== 'completed' || typeof run.tokenResponse.id_token !== 'string') return {};
  try {
    return decodeJwt(run.tokenResponse.id_token);
  } catch {
    return {};
  }
}

export function userinfoClaims(run: FlowRun): Record<string, unknown> {
  return run.outcome === 'completed' && typeof run.userinfo === 'object' && run.userinfo !== null ? (run.userinfo as Record<string, unknown>) : {};
}
