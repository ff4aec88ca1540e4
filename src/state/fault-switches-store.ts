import { useSyncExternalStore } from 'react';
import { NO_FAULTS, reviveFaults, type MockFaults } from '../domain/mock-faults';

/**
 * The one home of the "break the next sign-in" switches on the app's side. They are not part of
 * the composed request: they are a one-shot experiment, not something a permalink, an export or
 * the history should carry. Kept for the tab (session storage) so a reload does not disarm them;
 * the launch hands them to the mock provider and clears them here (takeArmedFaults).
 */
const KEY = 'oidc-playground.fault-switches';
const listeners = new Set<() => void>();
let current: MockFaults = load();

function load(): MockFaults {
  try {
    return reviveFaults(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null'));
  } catch {
    return NO_FAULTS;
  }
}

export function setFaultSwitches(next: MockFaults): void {
  current = next;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the switches still work for this page load.
  }
  for (const listener of listeners) listener();
}

/** The armed switches for the launch that is starting; they fire once, so the store lets them go. */
export function takeArmedFaults(): MockFaults {
  const armed = current;
  if (armed !== NO_FAULTS) setFaultSwitches(NO_FAULTS);
  return armed;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFaultSwitches(): MockFaults {
  return useSyncExternalStore(subscribe, () => current);
}
