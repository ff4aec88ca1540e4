import { Panel } from '../../components/panel';
import type { FlowRun } from '../../domain/flow/flow-run';
import { TEST_IDS } from '../../test-ids';
import { scopeExplanationOf } from '../../domain/explain/run-scope-explanation';
import { scopeEvidenceText, scopeOutcomeText, scopeVerdictText } from '../../domain/messages';
import { TableHead } from '../../components/table-head';

/** Requested → granted, with the evidence each verdict rests on, one plain sentence per scope. */
export function ScopeTable({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const explanation = scopeExplanationOf(run);
  const policySeen = explanation.evidence === 'token-policy';
  return (
    <Panel title={policySeen ? 'Scopes: requested, allowed, granted' : 'Scopes: requested and granted'} id="scopes-explained">
      {explanation.grantedAssumed && (
        <p className="notice">The token response had no <code>scope</code>; the granted scopes below are assumed to be those requested (RFC 6749 §5.1).</p>
      )}
      {!policySeen && !explanation.grantedAssumed && (
        <p className="muted small">A real provider’s rules are not visible from here: each verdict rests on the token response’s <code>scope</code> and the discovery document.</p>
      )}
      <table className="scope-table reflow" data-testid={TEST_IDS.scopeTable}>
        <TableHead columns={['Scope', 'Evidence', 'Outcome', 'Why']} />
        <tbody>
          {explanation.verdicts.map((verdict) => (
            <tr key={verdict.scope} data-testid={TEST_IDS.scopeOutcome} data-scope={verdict.scope} data-outcome={verdict.outcome} data-reason={verdict.reason}>
              <th scope="row"><code>{verdict.scope}</code></th>
              <td data-label="Evidence">{scopeEvidenceText(verdict.reason)}</td>
              <td data-label="Outcome"><span className={`badge badge-${verdict.outcome}`}>{scopeOutcomeText(verdict)}</span></td>
              <td data-label="Why">{scopeVerdictText(verdict)}</td>
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
