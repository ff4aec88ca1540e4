import { Panel } from '../../components/panel';
import { flowErrorHintOf } from '../../domain/explain/flow-error-hint';
import { flowErrorHintText } from '../../domain/messages';
import type { FlowError, FlowRun } from '../../domain/flow/flow-run';
import { TEST_IDS } from '../../test-ids';

/** Why the flow stopped. For a run whose tokens came before the failure, it stands where the missing step's panel would be. */
export function FlowErrorPanel({ run, failure }: { run: FlowRun; failure: FlowError }) {
  const hint = flowErrorHintOf(run, failure);
  const partial = run.outcome === 'completed';
  return (
    <Panel title={partial ? `The ${failure.stage} step failed` : 'The sign-in did not complete'} id="flow-error">
      <p className="error-line" data-testid={TEST_IDS.flowError} data-hint={hint.code} role="alert">
        <code>{failure.error}</code>
        {failure.description && <> — {failure.description}</>}
      </p>
      <p>{flowErrorHintText(hint, failure.stage)}</p>
      <p className="muted small">
        Reported at the {failure.stage} step.{' '}
        {partial ? 'The tokens and the id_token verification shown come from the steps before it.' : 'Your composed request is unchanged on the compose screen.'}
      </p>
    </Panel>
  );
}
