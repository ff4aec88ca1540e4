import { checkScenarioOutcome } from '../../domain/check-scenario-outcome';
import { findScenario } from '../../domain/scenarios';
import type { FlowRun } from '../../lib/flow-run';
import { snapshotOf } from '../../lib/run-snapshot';

/** For a scenario run: whether the outcome matched what the scenario said to expect. */
export function ScenarioVerdict({ run }: { run: FlowRun }) {
  const scenario = findScenario(run.scenarioId);
  if (!scenario) return null;
  const verdict = checkScenarioOutcome(scenario.expected, snapshotOf(run));
  const matched = verdict.outcome === 'matched';
  return (
    <section className={`panel scenario-verdict ${matched ? 'status-valid' : 'status-invalid'}`} data-testid="scenario-verdict" data-outcome={verdict.outcome} aria-labelledby="scenario-verdict-heading">
      <h2 id="scenario-verdict-heading">Scenario: {scenario.title}</h2>
      <p>{scenario.teaches}</p>
      {matched ? (
        <p><strong>Outcome matched the expectation</strong> ({verdict.checked} checks): {scenario.expect}</p>
      ) : (
        <>
          <p><strong>Outcome did not match the expectation.</strong> Expected: {scenario.expect}</p>
          <ul>{verdict.mismatches.map((m) => <li key={m}>{m}</li>)}</ul>
        </>
      )}
    </section>
  );
}
