import { useState } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { diffRuns, isEmptyDiff } from '../../domain/flow/diff-runs';
import { diffSettings } from '../../domain/request/diff-settings';
import { findScenario } from '../../domain/scenarios/scenarios';
import { StoredRunsNotice } from '../../components/stored-runs-notice';
import { clearStoredRuns, countUnreadableRuns, loadRunHistory } from '../../lib/run-store';
import type { FlowRun } from '../../domain/flow/flow-run';
import { snapshotOf } from '../../domain/explain/run-snapshot';
import { DiffTables } from './diff-tables';
import { SettingsDiff } from './settings-diff';
import { TEST_IDS } from '../../test-ids';

/** `/compare`: any two runs of this tab side by side: scope outcomes and claims that changed. */
export function ComparePage() {
  const [runs, setRuns] = useState(loadRunHistory);
  const [unreadable] = useState(countUnreadableRuns);
  const notice = <StoredRunsNotice unreadable={unreadable} onClear={() => { clearStoredRuns(); setRuns([]); }} />;
  const [beforeId, setBeforeId] = useState(runs[1]?.id);
  const [afterId, setAfterId] = useState(runs[0]?.id);
  const [includeVolatile, setIncludeVolatile] = useState(false);

  const before = runs.find((r) => r.id === beforeId) ?? runs[1];
  const after = runs.find((r) => r.id === afterId) ?? runs[0];
  if (!before || !after) {
    return (
      <div className="stack">
        <ScreenHeading title="Compare runs" />
        <Panel title="Two runs needed">
        {notice}
        <p>
          Comparing needs two runs in this tab; there {runs.length === 1 ? 'is one' : 'are none'} yet. Try the{' '}
          <Link to="/scenarios">scenarios</Link>: run “address is missing from the token policy”, then “Add address to the token
          policy”, and come back.
        </p>
        </Panel>
      </div>
    );
  }
  const diff = diffRuns(snapshotOf(before), snapshotOf(after), { includeVolatile });

  return (
    <div className="stack">
      <ScreenHeading title="Compare runs" />
      {notice}
      <Panel title="Which runs">
        <div className="grid-2">
          <RunPicker label="Before" runs={runs} value={before.id} onChange={setBeforeId} />
          <RunPicker label="After" runs={runs} value={after.id} onChange={setAfterId} />
        </div>
        <label className="check-line">
          <input type="checkbox" checked={includeVolatile} onChange={(e) => setIncludeVolatile(e.target.checked)} />
          Include claims that change on every run (iat, exp, auth_time, nonce, at_hash)
        </label>
      </Panel>
      <SettingsDiff changes={diffSettings(before.request, after.request)} />
      {isEmptyDiff(diff) ? (
        <Panel title="No differences"><p data-testid={TEST_IDS.diffEmpty}>The two runs show the same scope outcomes and claims.</p></Panel>
      ) : (
        <DiffTables diff={diff} />
      )}
    </div>
  );
}

function RunPicker({ label, runs, value, onChange }: { label: string; runs: readonly FlowRun[]; value: string; onChange: (id: string) => void }) {
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {runs.map((run) => <option key={run.id} value={run.id}>{describeRun(run)}</option>)}
      </select>
    </label>
  );
}

function describeRun(run: FlowRun): string {
  const time = new Date(run.startedAt).toISOString().slice(11, 19);
  const scenario = findScenario(run.scenarioId);
  const what = scenario ? scenario.title : `scope=${run.requestedScopes.join(' ')}`;
  const outcome = run.outcome === 'failed' ? ` → ${run.failure.error}` : '';
  return `${time} UTC · ${what}${outcome}`;
}
