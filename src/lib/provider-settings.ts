import type { ProviderSettings } from '../../mocks/provider/settings';
import { providerProtocolsOf, type WithProtocolSettings } from '../../mocks/provider/protocol-settings';
import type { MockSettings } from '../domain/request/composed-request';
import { parseLoginPolicy } from '../domain/mock/login-policy';
import { checkClock, fixedClock } from '../domain/request/run-clock';
import { parseUserProfile } from '../domain/mock/user-profile';

export type ProviderSettingsRead =
  | { readonly outcome: 'ready'; readonly settings: ProviderSettings }
  | { readonly outcome: 'refused'; readonly problems: readonly string[] };

/** The composed mock settings as the provider takes them: the user profile, login policy and clock parsed from their text. */
export function providerSettingsOf(mock: MockSettings): ProviderSettingsRead {
  const user = parseUserProfile(mock.userText);
  const loginPolicy = parseLoginPolicy(mock.loginPolicyText);
  const clockProblem = checkClock(mock.clock);
  const millis = fixedClock(mock.clock);
  if (user.outcome === 'invalid' || loginPolicy.outcome === 'invalid' || clockProblem !== undefined) {
    return {
      outcome: 'refused',
      problems: [
        ...(user.outcome === 'invalid' ? [`Mock user profile: ${user.message}`] : []),
        ...(loginPolicy.outcome === 'invalid' ? [`Login policy: ${loginPolicy.message}`] : []),
        ...(clockProblem !== undefined ? [clockProblem] : []),
      ],
    };
  }
  return {
    outcome: 'ready',
    settings: {
      allowedScopes: mock.allowedScopes,
      behaviour: mock.behaviour,
      disallowedScopes: mock.disallowedScopes,
      user: user.profile,
      loginPolicy: loginPolicy.policy,
      clock: millis === undefined ? { kind: 'real' } : { kind: 'fixed', millis },
      randomness: mock.seed === '' ? { kind: 'random' } : { kind: 'seeded', seed: mock.seed },
      branding: mock.branding,
      // The mock's protocol settings (mocks/provider/protocol-settings.ts): require-PAR is its client's metadata.
      protocols: providerProtocolsOf(mock.protocols),
    } as WithProtocolSettings,
  };
}
