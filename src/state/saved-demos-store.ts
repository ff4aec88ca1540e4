import { reviveDemos, type SavedDemo } from '../domain/request/saved-demos';
import { createExternalStore, readStored } from './external-store';

const KEY = 'oidc-playground.saved-demos.v1';

/** The demo kit: named demos kept in this browser's local storage (never a token). */
const demos = createExternalStore<readonly SavedDemo[]>(
  readStored(() => reviveDemos(JSON.parse(window.localStorage.getItem(KEY) ?? '[]')), []),
  (next) => window.localStorage.setItem(KEY, JSON.stringify(next)),
);

export const getSavedDemos: () => readonly SavedDemo[] = demos.get;
export const setSavedDemos: (next: readonly SavedDemo[]) => void = demos.set;
export const useSavedDemos: () => readonly SavedDemo[] = demos.use;
