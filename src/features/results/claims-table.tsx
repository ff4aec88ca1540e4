import { Panel } from '../../components/panel';
import { checkClaimTypes, TIME_CLAIMS } from '../../domain/claim-types';
import { describeTime } from '../../domain/describe-time';
import type { ClaimVerdict } from '../../domain/explain-claims';
import { claimExplanationOf } from '../../lib/claim-explanation';
import { nowFor } from '../../lib/determinism';
import type { FlowRun } from '../../lib/flow-run';
import { idTokenClaims, userinfoClaims } from '../../lib/run-snapshot';
import { TEST_IDS } from '../../test-ids';

/** Every claim: where it landed and where it came from, or why it is missing. */
export function ClaimsTable({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const verdicts = claimExplanationOf(run);
  const nowSeconds = Math.floor(nowFor(run.request) / 1000);
  const typeIssues = {
    id_token: checkClaimTypes(idTokenClaims(run)),
    userinfo: checkClaimTypes(userinfoClaims(run)),
  };
  const missingCount = verdicts.filter((v) => v.outcome === 'missing').length;
  return (
    <Panel title="Claims: where each came from, and why any is missing" id="claims-explained">
      <p className="muted small">
        {verdicts.length - missingCount} delivered, {missingCount} asked for but missing.
      </p>
      <table className="claims-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">In</th>
            <th scope="col">Value</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => {
            const typeIssue = typeIssues[verdict.target].find((i) => i.claim === verdict.claim);
            return (
              <tr
                key={`${verdict.target}-${verdict.claim}-${verdict.outcome}`}
                data-testid={TEST_IDS.claimOutcome}
                data-claim={verdict.claim}
                data-target={verdict.target}
                data-outcome={verdict.outcome}
                data-source={verdict.source}
              >
                <th scope="row"><code>{verdict.claim}</code></th>
                <td>{verdict.target}</td>
                <td className="json-cell">{verdict.outcome === 'delivered' ? <ClaimValue verdict={verdict} nowSeconds={nowSeconds} /> : '—'}</td>
                <td>
                  <span className={`badge badge-${verdict.outcome === 'delivered' ? 'granted' : 'dropped-by-policy'}`}>{verdict.outcome}</span>
                </td>
                <td>
                  {verdict.sentence}
                  {typeIssue && <span className="type-issue" role="note"> ⚠ {typeIssue.sentence}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}

function ClaimValue({ verdict, nowSeconds }: { verdict: Extract<ClaimVerdict, { outcome: 'delivered' }>; nowSeconds: number }) {
  const text = JSON.stringify(verdict.value);
  const isTime = (TIME_CLAIMS as readonly string[]).includes(verdict.claim) && typeof verdict.value === 'number';
  if (!isTime) return <>{text.length > 80 ? `${text.slice(0, 77)}…` : text}</>;
  const time = describeTime(verdict.value as number, nowSeconds);
  return (
    <>
      {text}
      <span className="muted small time"> {time.iso} ({time.relative})</span>
    </>
  );
}
