import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeScenario } from '../../domain/scenarios/describe-scenario';
import { composeScenario, type Scenario } from '../../domain/scenarios/scenarios';
import { getComposedRequest } from '../../state/composed-request-store';
import { compositionHasUnsavedEdits, replaceComposition } from '../../state/composition-history-store';
import { goTo } from '../../lib/navigation';
import { TEST_IDS } from '../../test-ids';

type Action = 'run' | 'load';

/** One scenario: what it teaches, what it sets, and Run or Load — asking first when unsaved edits would be replaced. */
export function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<Action>();
  const run = useMutation({
    mutationFn: async () => {
      const launched = await (await import('../../lib/run-scenario')).runScenario(scenario);
      goTo(launched.url, navigate);
    },
  });
  const perform = (action: Action) => {
    setConfirming(undefined);
    if (action === 'run') return run.mutate();
    replaceComposition(composeScenario(scenario, getComposedRequest().mock), `the scenario “${scenario.title}”`);
    void navigate('/');
  };
  const ask = (action: Action) => (compositionHasUnsavedEdits() ? setConfirming(action) : perform(action));
  const headingId = `scenario-${scenario.id}`;
  return (
    <li className="panel scenario" aria-labelledby={headingId} data-scenario={scenario.id}>
      <h2 id={headingId}>{scenario.title}</h2>
      <p>{scenario.teaches}</p>
      <p className="muted small"><strong>Expect:</strong> {scenario.expect}</p>
      <dl className="scenario-settings small">
        {describeScenario(scenario).map(({ name, value }) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd><code>{value}</code></dd>
          </div>
        ))}
      </dl>
      {confirming ? (
        <div className="notice confirm-replace" role="alertdialog" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>
            This replaces your unsaved composition. It will be kept in History, and you can undo right after.
          </p>
          <div className="row wrap">
            <button type="button" className="primary" data-testid={TEST_IDS.confirmReplace} onClick={() => perform(confirming)}>
              {confirming === 'run' ? 'Replace and run' : 'Replace and load'}
            </button>
            <button type="button" onClick={() => setConfirming(undefined)}>Keep my composition</button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="primary" onClick={() => ask('run')} disabled={run.isPending} aria-describedby={headingId}>
            {run.isPending ? 'Starting…' : 'Run'}
          </button>
          <button type="button" onClick={() => ask('load')} aria-describedby={headingId}>Load</button>
        </div>
      )}
      {run.isError && <p role="alert" className="blocking">Could not start: {String(run.error)}</p>}
    </li>
  );
}
