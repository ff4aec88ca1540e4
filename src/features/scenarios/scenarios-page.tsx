import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { ScreenHeading } from '../../components/screen-heading';
import { SCENARIOS } from '../../domain/scenarios/scenarios';
import { ScenarioCard } from './scenario-card';

/** `/scenarios`: one-click lessons, each a composed request + mock settings + expected outcome. */
export function ScenariosPage() {
  // A lesson links the scenario it builds on as /scenarios#scenario-<id>: bring that card into view.
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return (
    <div>
      <ScreenHeading title="Scenarios" />
      <p className="muted">
        Each scenario loads a complete request and mock provider settings. <strong>Run</strong> signs in by itself and the results
        screen says whether the outcome matched; <strong>Load</strong> only fills the compose screen so you can change it first. What
        you had composed is kept in History.
      </p>
      <ul className="scenario-list">
        {SCENARIOS.map((scenario) => <ScenarioCard key={scenario.id} scenario={scenario} />)}
      </ul>
    </div>
  );
}
