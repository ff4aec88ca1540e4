import { createExternalStore, readStored } from './external-store';

const KEY = 'oidc-playground.mock-editors-open';

/**
 * Whether the mock's user-profile and login-policy editors are open. Closed until a person opens
 * them, so a newcomer's first view holds scopes, claims and Start; the choice is kept across visits.
 */
const open = createExternalStore<boolean>(
  readStored(() => window.localStorage.getItem(KEY) === '1', false),
  (next) => window.localStorage.setItem(KEY, next ? '1' : '0'),
);

export const useMockEditorsOpen: () => boolean = open.use;

export function setMockEditorsOpen(next: boolean): void {
  open.set(next);
}
