import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { composeScenario, SCENARIOS, type Scenario } from '../../domain/scenarios';
import { getComposedRequest, setComposedRequest } from '../../lib/composed-request-store';
import { goTo } from '../../lib/navigation';

/** `/scenarios`: one-click lessons, each a composed request + mock settings + expected outcome. */
export function ScenariosPage() {
  return (
    <div>
      <h1 className="page-title">Scenarios</h1>
      <p className="muted">
        Each scenario loads a complete request and mock provider settings. <strong>Run</strong> signs in by itself and the results
        screen says whether the outcome matched; <strong>Load</strong> only fills the compose screen so you can change it first.
      </p>
      <ul className="scenario-list">
        {SCENARIOS.map((scenario) => <ScenarioCard key={scenario.id} scenario={scenario} />)}
      </ul>
    </div>
  );
}

function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const navigate = useNavigate();
  const run = useMutation({
    mutationFn: async () => {
      const launched = await (await import('../../lib/run-scenario')).runScenario(scenario);
      goTo(launched.url, navigate);
    },
  });
  const load = () => {
    setComposedRequest(composeScenario(scenario, getComposedRequest().mock));
    navigate('/');
  };
  const headingId = `scenario-${scenario.id}`;
  return (
    <li className="panel scenario" aria-labelledby={headingId} data-scenario={scenario.id}>
      <h2 id={headingId}>{scenario.title}</h2>
      <p>{scenario.teaches}</p>
      <p className="muted small"><strong>Expect:</strong> {scenario.expect}</p>
      <p className="small"><code>scope={scenario.scope}</code>{scenario.claims !== undefined && <> · <code>claims={JSON.stringify(scenario.claims)}</code></>}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => run.mutate()} disabled={run.isPending} aria-describedby={headingId}>
          {run.isPending ? 'Starting…' : 'Run'}
        </button>
        <button type="button" onClick={load} aria-describedby={headingId}>Load</button>
      </div>
      {run.isError && <p role="alert" className="blocking">Could not start: {String(run.error)}</p>}
    </li>
  );
}
