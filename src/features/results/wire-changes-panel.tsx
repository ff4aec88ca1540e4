import { Panel } from '../../components/panel';
import type { FlowRun } from '../../domain/flow/flow-run';
import { wireChangesOf } from '../../domain/protocols/wire-changes';
import { WireChangeList } from './wire-change-list';

/** What the protocol switches changed in this run, read from the wire; nothing when nothing changed. */
export function WireChangesPanel({ run }: { run: FlowRun }) {
  const changes = wireChangesOf({
    authorizeUrl: run.authorizeUrl,
    callbackUrl: run.callbackUrl,
    parEndpoint: run.discovery.pushed_authorization_request_endpoint,
    exchanges: run.startExchanges ?? [],
    laterExchanges: run.outcome === 'completed' ? [...run.exchanges, ...(run.actions ?? []).flatMap((action) => action.exchanges)] : [],
  });
  if (changes.length === 0) return null;
  return (
    <Panel title="What the protocol switches changed" id="wire-changes">
      <WireChangeList changes={changes} />
    </Panel>
  );
}
