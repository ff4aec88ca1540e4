import { Panel } from '../../components/panel';
import type { ClaimChange, RunDiff, ScopeChange } from '../../domain/flow/diff-runs';
import { CLAIM_TARGETS } from '../../domain/scopes-and-claims/parse-claims-request';
import { TEST_IDS } from '../../test-ids';
import { TableHead } from '../../components/table-head';

const show = (value: unknown) => JSON.stringify(value);

const SCOPE_OUTCOME_WORDS: Readonly<Record<ScopeChange['before'], string>> = {
  granted: 'granted',
  'dropped-by-policy': 'dropped by policy',
  unknown: 'unknown',
  'ignored-without-consent': 'ignored without prompt=consent',
  'not-requested': 'not requested',
};

/** The differences between two runs, as tables a person can scan. */
export function DiffTables({ diff }: { diff: RunDiff }) {
  return (
    <>
      {diff.error && (
        <Panel title="Outcome">
          <p>Before: {diff.error.before ?? 'signed in'} → after: {diff.error.after ?? 'signed in'}</p>
        </Panel>
      )}
      {diff.scopes.length > 0 && (
        <Panel title="Scopes whose outcome changed">
          <table className="reflow">
            <TableHead columns={['Scope', 'Before', 'After']} />
            <tbody>
              {diff.scopes.map((c) => (
                <tr key={c.scope} data-testid={TEST_IDS.scopeChange} data-scope={c.scope} data-before={c.before} data-after={c.after}>
                  <th scope="row"><code>{c.scope}</code></th>
                  <td data-label="Before"><span className={`badge badge-${c.before}`}>{SCOPE_OUTCOME_WORDS[c.before]}</span></td>
                  <td data-label="After"><span className={`badge badge-${c.after}`}>{SCOPE_OUTCOME_WORDS[c.after]}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
      {CLAIM_TARGETS.map((target) =>
        diff.claims[target].length > 0 ? (
          <Panel key={target} title={`Claims that changed in the ${target === 'id_token' ? 'id_token' : 'userinfo response'}`}>
            <table className="reflow">
              <TableHead columns={['Claim', 'Change', 'Before', 'After']} />
              <tbody>
                {diff.claims[target].map((c) => <ClaimChangeRow key={c.claim} change={c} target={target} />)}
              </tbody>
            </table>
          </Panel>
        ) : null,
      )}
    </>
  );
}

function ClaimChangeRow({ change, target }: { change: ClaimChange; target: string }) {
  return (
    <tr data-testid={TEST_IDS.claimChange} data-claim={change.claim} data-target={target} data-change={change.change}>
      <th scope="row"><code>{change.claim}</code></th>
      <td data-label="Change">{change.change}</td>
      <td className="json-cell" data-label="Before">{change.change === 'added' ? '—' : show(change.before)}</td>
      <td className="json-cell" data-label="After">{change.change === 'removed' ? '—' : show(change.after)}</td>
    </tr>
  );
}
