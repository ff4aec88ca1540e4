import { checkClaimValues } from '../../domain/tokens/check-claim-values';
import { checkClaimTypes } from '../../domain/scopes-and-claims/claim-types';
import { claimExplanationOf } from '../../domain/explain/run-claim-explanation';
import { nowFor } from '../../domain/request/run-clock';
import type { FlowRun } from '../../domain/flow/flow-run';
import { idTokenClaims, userinfoClaims } from '../../domain/explain/run-snapshot';
import { ClaimsTable } from '../../components/claims-table';

/** The claims table of a run: its verdicts, type issues and payloads, at the run's own "now". */
export function RunClaimsTable({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const idToken = typeof run.tokenResponse.id_token === 'string' ? idTokenClaims(run) : undefined;
  const userinfo = run.userinfo === undefined ? undefined : userinfoClaims(run);
  const now = Math.floor(nowFor(run.request) / 1000);
  return (
    <ClaimsTable
      verdicts={claimExplanationOf(run)}
      typeIssues={{ id_token: checkClaimTypes(idToken ?? {}), userinfo: checkClaimTypes(userinfo ?? {}) }}
      valueWarnings={{ id_token: checkClaimValues(idToken ?? {}, { now }), userinfo: checkClaimValues(userinfo ?? {}, { now }) }}
      nowSeconds={now}
      idToken={idToken}
      userinfo={userinfo}
    />
  );
}
