import { DEFAULT_REQUEST, type ComposedRequest } from '../domain/request/composed-request';
import { addToHistory, hasUnsavedEdits, nameComposition, reviveHistory, sameComposition, trimHistory, type HistoryEntry, type HistoryReason } from '../domain/request/composition-history';
import { getComposedRequest, setComposedRequest } from './composed-request-store';
import { createExternalStore, readStored } from './external-store';
import { storageFaultOf, type StorageFault } from '../domain/text/storage-fault';

const STORAGE_KEY = 'oidc-playground.composition-history.v1';

/** The last replacement, for "Undo" right after it: what was there, and what replaced it. */
export interface Replacement {
  readonly previous: ComposedRequest;
  readonly by: string;
}

interface HistoryState {
  readonly entries: readonly HistoryEntry[];
  readonly replacement?: Replacement;
}

/** Why the last save of the history failed, if it did: the History panel says so (storage full or refused). */
const saveFault = createExternalStore<StorageFault | undefined>(undefined);

/** The entries are kept in localStorage; the offer to undo lasts for this page only. */
const history = createExternalStore<HistoryState>(
  { entries: readStored(() => reviveHistory(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]')), []) },
  (next) => window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next.entries)),
  (failure) => saveFault.set(failure === undefined ? undefined : storageFaultOf(failure instanceof Error ? failure.name : '')),
);
const commit = history.set;

/** Keeps a composition in the history (a launch, or one about to be replaced). */
export function saveComposition(request: ComposedRequest, reason: HistoryReason): void {
  const entry: HistoryEntry = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: nameComposition(request),
    savedAt: new Date().toISOString(),
    reason,
    request,
  };
  const state = history.get();
  commit({ ...state, entries: addToHistory(state.entries, entry) });
}

/** What the last "Trim History" did, for this page: the History panel still says it once its save succeeds and its alert goes. */
export interface HistoryTrim {
  readonly removed: number;
  readonly kept: number;
}
const lastTrim = createExternalStore<HistoryTrim | undefined>(undefined);

/** Keeps only History's newest entries, freeing local storage. */
export function trimCompositionHistory(): void {
  const state = history.get();
  const trimmed = trimHistory(state.entries);
  if (trimmed.removed > 0) commit({ ...state, entries: trimmed.entries });
  lastTrim.set({ removed: trimmed.removed, kept: trimmed.entries.length });
}

export const useHistoryTrim: () => HistoryTrim | undefined = lastTrim.use;

/** True when replacing the composition now would throw away edits that are nowhere else. */
export function compositionHasUnsavedEdits(): boolean {
  return hasUnsavedEdits(getComposedRequest(), history.get().entries);
}

/**
 * Replaces the whole composition (a scenario, a file, a link, a history entry, a reset), keeping
 * the one it replaces in the history and offering to undo.
 */
export function replaceComposition(next: ComposedRequest, by: string): void {
  const previous = getComposedRequest();
  if (sameComposition(previous, next)) return;
  const worthUndoing = !sameComposition(previous, DEFAULT_REQUEST);
  if (hasUnsavedEdits(previous, history.get().entries)) saveComposition(previous, 'replaced');
  setComposedRequest(next);
  // Replacing the untouched defaults loses nothing, so there is nothing to offer to undo.
  commit({ ...history.get(), replacement: worthUndoing ? { previous, by } : undefined });
}

export function undoReplacement(): void {
  const state = history.get();
  if (!state.replacement) return;
  setComposedRequest(state.replacement.previous);
  commit({ ...state, replacement: undefined });
}

export function dismissReplacement(): void {
  const state = history.get();
  if (state.replacement) commit({ ...state, replacement: undefined });
}

export const useCompositionHistory: () => HistoryState = history.use;

/** Whether the history could not be saved the last time it changed, and why. */
export const useHistorySaveFault: () => StorageFault | undefined = saveFault.use;
