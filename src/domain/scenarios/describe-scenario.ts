import { BEHAVIOUR_PROFILES } from '../mock/behaviour-profile';
import { DEFAULT_LOGIN_POLICY } from '../mock/login-policy';
import type { Scenario } from './scenarios';

/** One line of a scenario card: what is set, as `name=value` the way a person would type it. */
export interface ScenarioSetting {
  readonly name: string;
  readonly value: string;
}

/**
 * What a scenario sets, request and mock policy alike: scenarios that send the same request
 * differ by their token policy, and the card has to show it to tell them apart.
 */
export function describeScenario(scenario: Scenario): ScenarioSetting[] {
  const settings: ScenarioSetting[] = [{ name: 'scope', value: scenario.scope }];
  if (scenario.claims !== undefined) settings.push({ name: 'claims', value: JSON.stringify(scenario.claims) });
  if (scenario.prompt) settings.push({ name: 'prompt', value: scenario.prompt });
  settings.push({ name: 'policy allows', value: scenario.allowedScopes.join(' ') });
  if (scenario.behaviour) settings.push({ name: 'behaviour', value: BEHAVIOUR_PROFILES[scenario.behaviour].label });
  if (scenario.loginPolicy && JSON.stringify(scenario.loginPolicy) !== JSON.stringify(DEFAULT_LOGIN_POLICY)) {
    const claims = [...Object.keys(scenario.loginPolicy.customClaims.id_token), ...Object.keys(scenario.loginPolicy.customClaims.userinfo)];
    settings.push({ name: 'custom claims', value: claims.join(' ') });
  }
  if (scenario.disallowedScopes === 'reject') settings.push({ name: 'disallowed scopes', value: 'rejected with invalid_scope' });
  if (scenario.session) settings.push({ name: 'session', value: scenario.session === 'none' ? 'signed out first' : 'signed in first' });
  return settings;
}
