import { reviveProviderMemory, switchProviderMode, type ProviderMemory, type ProviderMode } from '../domain/request/provider-mode';
import { setComposedRequest } from './composed-request-store';

const STORAGE_KEY = 'oidc-playground.provider-memory.v1';

function load(): ProviderMemory {
  try {
    return reviveProviderMemory(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return reviveProviderMemory(null);
  }
}

/** Switches between the mock and a real provider, remembering the issuer and client ID of each. */
export function chooseProviderMode(mode: ProviderMode): void {
  setComposedRequest((request) => {
    const switched = switchProviderMode(request, mode, load());
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(switched.memory));
    } catch {
      // Storage full or disabled: the switch still happens.
    }
    return switched.request;
  });
}
