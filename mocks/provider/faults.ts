import { NO_FAULTS, reviveFaults, type FaultSwitch, type MockFaults } from '../../src/domain/mock/mock-faults';
import type { ProviderStore } from './store';

/** The armed one-shot faults: kept apart from the settings, so firing one rewrites nothing else. */
const FAULTS_SLOT = 'faults';

export function armedFaults(store: ProviderStore): MockFaults {
  return reviveFaults(store.get<MockFaults>(FAULTS_SLOT) ?? NO_FAULTS);
}

export function armFaults(store: ProviderStore, faults: MockFaults): void {
  store.set(FAULTS_SLOT, faults);
}

/** A one-shot fault: true once if armed, then disarmed. */
export function takeFault(store: ProviderStore, fault: FaultSwitch): boolean {
  const faults = armedFaults(store);
  if (!faults[fault]) return false;
  armFaults(store, { ...faults, [fault]: false });
  return true;
}
