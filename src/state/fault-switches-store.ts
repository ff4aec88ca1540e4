import { NO_FAULTS, reviveFaults, type MockFaults } from '../domain/mock/mock-faults';
import { createExternalStore, readStored } from './external-store';

/**
 * The one home of the "break the next sign-in" switches on the app's side. They are not part of
 * the composed request: they are a one-shot experiment, not something a permalink, an export or
 * the history should carry. Kept for the tab (session storage) so a reload does not disarm them;
 * the launch hands them to the mock provider and clears them here (takeArmedFaults).
 */
const KEY = 'oidc-playground.fault-switches';

const switches = createExternalStore<MockFaults>(
  readStored(() => reviveFaults(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null')), NO_FAULTS),
  (next) => window.sessionStorage.setItem(KEY, JSON.stringify(next)),
);

export const setFaultSwitches: (next: MockFaults) => void = switches.set;
export const useFaultSwitches: () => MockFaults = switches.use;

/** The armed switches for the launch that is starting; they fire once, so the store lets them go. */
export function takeArmedFaults(): MockFaults {
  const armed = switches.get();
  if (armed !== NO_FAULTS) switches.set(NO_FAULTS);
  return armed;
}
