import type { UserProfile } from '../domain/mock/user-profile';
import { savePendingRun, readPendingRun } from './run-store';
import type { MockProviderApi } from './mock-provider';

/** Whether this tab launched the sign-in with this state, so its user can be swapped on the login page. */
export function canChooseUser(stateId: string | null): boolean {
  return stateId !== null && readPendingRun(stateId) !== undefined;
}

/**
 * Signs in a prepared user instead of the configured one: the launch is bound to that user and the launched
 * run's composed request is updated too, so the explanation reads the profile that really signed in.
 */
export function switchUser(stateId: string, profile: UserProfile, provider: MockProviderApi): void {
  const pending = readPendingRun(stateId);
  if (!pending) return;
  const mock = { ...pending.request.mock, userText: JSON.stringify(profile, null, 2) };
  provider.bindLaunch(stateId, mock);
  // The run's typed settings follow the choice: the results explain the user who signed in.
  const settings = pending.settings.mock ? { ...pending.settings, mock: { ...pending.settings.mock, user: profile } } : pending.settings;
  savePendingRun(stateId, { ...pending, request: { ...pending.request, mock }, settings });
}
