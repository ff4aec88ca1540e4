import { composeScenario, type Scenario } from '../domain/scenarios/scenarios';
import { setAutologin } from './autologin';
import { getComposedRequest } from '../state/composed-request-store';
import { replaceComposition, saveComposition } from '../state/composition-history-store';
import { ensureMockProvider } from './mock-provider';
import { startSignIn, type LaunchedSignIn } from './sign-in';

/**
 * Loads a scenario into the compose screen, prepares the provider session it needs, and launches
 * it; the mock login page signs in by itself for this one run.
 */
export async function runScenario(scenario: Scenario): Promise<LaunchedSignIn> {
  const request = composeScenario(scenario, getComposedRequest().mock);
  replaceComposition(request, `the scenario “${scenario.title}”`);
  saveComposition(request, 'launched');
  const provider = await ensureMockProvider();
  provider.configure(request.mock);
  if (scenario.session === 'none') provider.clearSession();
  if (scenario.session === 'signed-in') provider.startSession();
  setAutologin('once');
  return startSignIn(request, { scenarioId: scenario.id });
}
