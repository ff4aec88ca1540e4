import { Panel } from '../../components/panel';
import type { ScopeVerdict } from '../../domain/explain-scopes';
import type { FlowRun } from '../../lib/flow-run';
import { TEST_IDS } from '../../test-ids';
import { scopeExplanationOf } from '../../lib/scope-explanation';

const OUTCOME_LABEL: Record<ScopeVerdict['outcome'], string> = {
  granted: 'granted',
  'dropped-by-policy': 'dropped by policy',
  unknown: 'unknown',
};

/** Requested → allowed by policy → granted, one plain sentence per scope. */
export function ScopeTable({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const explanation = scopeExplanationOf(run);
  return (
    <Panel title="Scopes: requested, allowed, granted" id="scopes-explained">
      {explanation.grantedAssumed && (
        <p className="notice">The token response had no <code>scope</code>; the granted scopes below are assumed to be those requested (RFC 6749 §5.1).</p>
      )}
      <table className="scope-table reflow">
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Allowed by policy</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {explanation.verdicts.map((verdict) => (
            <tr key={verdict.scope} data-testid={TEST_IDS.scopeOutcome} data-scope={verdict.scope} data-outcome={verdict.outcome}>
              <th scope="row"><code>{verdict.scope}</code></th>
              <td data-label="Allowed by policy">{verdict.allowedByPolicy === 'not-known' ? 'not known' : verdict.allowedByPolicy ? 'yes' : 'no'}</td>
              <td data-label="Outcome"><span className={`badge badge-${verdict.outcome}`}>{OUTCOME_LABEL[verdict.outcome]}</span></td>
              <td data-label="Why">{verdict.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {explanation.unrequestedGrants.length > 0 && (
        <p className="muted small">Granted without being requested: {explanation.unrequestedGrants.join(', ')}.</p>
      )}
    </Panel>
  );
}
