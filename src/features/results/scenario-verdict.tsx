import { checkScenarioOutcome } from '../../domain/scenarios/check-scenario-outcome';
import { countOf } from '../../domain/text/count-words';
import { findScenario } from '../../domain/scenarios/scenarios';
import type { FlowRun } from '../../domain/flow/flow-run';
import { snapshotOf } from '../../domain/explain/run-snapshot';
import { TEST_IDS } from '../../test-ids';

/** For a scenario run: whether the outcome matched what the scenario said to expect, check by check. */
export function ScenarioVerdict({ run }: { run: FlowRun }) {
  const scenario = findScenario(run.scenarioId);
  if (!scenario) return null;
  const verdict = checkScenarioOutcome(scenario.expected, snapshotOf(run));
  const matched = verdict.outcome === 'matched';
  const failed = verdict.checks.filter((c) => !c.passed).length;
  return (
    <section className={`panel scenario-verdict ${matched ? 'status-valid' : 'status-invalid'}`} data-testid={TEST_IDS.scenarioVerdict} data-outcome={verdict.outcome} aria-labelledby="scenario-verdict-heading">
      <h2 id="scenario-verdict-heading">Scenario: {scenario.title}</h2>
      <p>{scenario.teaches}</p>
      <p>
        <strong>{matched ? 'Outcome matched the expectation' : 'Outcome did not match the expectation'}</strong>
        {' '}({matched ? `${countOf(verdict.checks.length, 'check')} passed` : `${failed} of ${countOf(verdict.checks.length, 'check')} failed`}).
      </p>
      <p className="small">What to look for: {scenario.expect}</p>
      <ul className="verdict-checks">
        {verdict.checks.map((c) => (
          <li key={c.expectation} data-testid={TEST_IDS.scenarioCheck} data-passed={c.passed}>
            <span className={`badge ${c.passed ? 'badge-granted' : 'badge-dropped-by-policy'}`}>{c.passed ? 'pass' : 'fail'}</span> {c.expectation}
            {c.mismatch && <span className="muted"> — {c.mismatch}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
