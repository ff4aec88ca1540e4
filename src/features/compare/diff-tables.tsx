import { Panel } from '../../components/panel';
import type { ClaimChange, RunDiff } from '../../domain/diff-runs';
import { CLAIM_TARGETS } from '../../domain/parse-claims-request';

const show = (value: unknown) => JSON.stringify(value);

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
          <table>
            <thead><tr><th scope="col">Scope</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
            <tbody>
              {diff.scopes.map((c) => (
                <tr key={c.scope} data-testid="scope-change" data-scope={c.scope} data-before={c.before} data-after={c.after}>
                  <th scope="row"><code>{c.scope}</code></th>
                  <td><span className={`badge badge-${c.before}`}>{c.before}</span></td>
                  <td><span className={`badge badge-${c.after}`}>{c.after}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
      {CLAIM_TARGETS.map((target) =>
        diff.claims[target].length > 0 ? (
          <Panel key={target} title={`Claims that changed in the ${target === 'id_token' ? 'id_token' : 'userinfo response'}`}>
            <table>
              <thead><tr><th scope="col">Claim</th><th scope="col">Change</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
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
    <tr data-testid="claim-change" data-claim={change.claim} data-target={target} data-change={change.change}>
      <th scope="row"><code>{change.claim}</code></th>
      <td>{change.change}</td>
      <td className="json-cell">{change.change === 'added' ? '—' : show(change.before)}</td>
      <td className="json-cell">{change.change === 'removed' ? '—' : show(change.after)}</td>
    </tr>
  );
}
