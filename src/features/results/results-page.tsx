import { useDeferredValue, useState } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { StoredRunsNotice } from '../../components/stored-runs-notice';
import { clearStoredRuns, countUnreadableRuns, loadLastRun, storageNotice } from '../../lib/run-store';
import { FlowErrorPanel } from './flow-error-panel';
import { CompletedRun } from './completed-run';
import { sendsSecret } from '../../domain/provider/client-authentication';
import { CLIENT_SECRET_TESTING_ONLY } from '../../domain/messages';
import { TEST_IDS } from '../../test-ids';
import { usePresenterLayout } from './presenter-layout';
import { useLaterParts } from './later-panels';

/** `/results`: the last run of this browser tab, as it came over the wire, explained. */
export function ResultsPage() {
  const [run, setRun] = useState(loadLastRun);
  const [unreadable] = useState(countUnreadableRuns);
  const presenter = usePresenterLayout();
  // The id_token payload first (see CompletedRun), the rest one pass later.
  const deferred = useDeferredValue(true, false);
  // Everything but the id_token arrives in one render (later-panels.tsx); until then the screen says it is busy.
  const parts = useLaterParts();
  const later = deferred ? parts : undefined;
  const notice = <StoredRunsNotice unreadable={unreadable} onClear={() => { clearStoredRuns(); setRun(undefined); }} />;
  if (!run) {
    return (
      <div>
        <ScreenHeading title="Results" />
        <Panel title="No results yet">
        {notice}
        <p>
          Nothing has run in this tab yet. <Link to="/">Compose a request</Link> and start a sign-in; its tokens and the
          explanation appear here.
        </p>
        </Panel>
      </div>
    );
  }
  return (
    <div className="results" aria-busy={later ? undefined : true}>
      <div className="results-head">
        <ScreenHeading title="Results" />
        <div className="row">
          {later && run.outcome === 'completed' && <later.ExportSpecButton run={run} />}
          <Link to="/" className="button-link">Edit the request and run again</Link>
        </div>
      </div>
      {later && presenter && <later.NarrationBar run={run} />}
      {notice}
      {storageNotice() && <p className="notice" role="status">{storageNotice()}</p>}
      {run.clientAuthentication && sendsSecret(run.clientAuthentication) && (
        <p className="notice" role="note" data-testid={TEST_IDS.clientSecretTestingOnly}>
          {CLIENT_SECRET_TESTING_ONLY}
        </p>
      )}
      {later && <later.DeterministicNotice run={run} />}
      {later && <later.DevProxyNotice run={run} />}
      {later && <later.ScenarioVerdict run={run} />}
      {later && run.outcome === 'completed' && <later.PlainOAuthNotice run={run} />}
      {later && run.outcome === 'completed' && <later.ClientCredentialsNotice run={run} />}
      {later && run.outcome === 'completed' && <later.LocalServerNotice run={run} />}
      {later && run.outcome === 'completed' && <later.SignedInUser run={run} />}
      {run.outcome === 'failed' ? <FlowErrorPanel run={run} failure={run.failure} /> : <CompletedRun run={run} onRunChanged={setRun} />}
      {later && <later.SequenceDiagram run={run} />}
    </div>
  );
}
