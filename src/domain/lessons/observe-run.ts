import { claimExplanationOf } from '../explain/run-claim-explanation';
import type { ClaimVerdict } from '../explain/explain-claims';
import { scopeExplanationOf } from '../explain/run-scope-explanation';
import type { ScopeVerdict } from '../explain/explain-scopes';
import type { FlowRun } from '../flow/flow-run';

/**
 * What a lesson grades: the run's own verdicts, computed by the same functions the results screen
 * renders (scope table, claims table, flow error), plus the two facts the wire shows directly.
 */
export interface LessonObservation {
  readonly scopes: readonly ScopeVerdict[];
  readonly claims: readonly ClaimVerdict[];
  /** The OAuth error that ended the flow, if any. */
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;
  readonly refreshTokenIssued: boolean;
  /** The discovery document as fetched at launch. */
  readonly discovery: Readonly<Record<string, unknown>>;
}

export function observeRun(run: FlowRun): LessonObservation {
  const discovery = run.discovery as unknown as Readonly<Record<string, unknown>>;
  if (run.outcome === 'failed') {
    return { scopes: [], claims: [], error: run.failure.error, errorDescription: run.failure.description, refreshTokenIssued: false, discovery };
  }
  return {
    scopes: scopeExplanationOf(run).verdicts,
    claims: claimExplanationOf(run),
    error: run.failure?.error,
    errorDescription: run.failure?.description,
    refreshTokenIssued: typeof run.tokenResponse.refresh_token === 'string',
    discovery,
  };
}
