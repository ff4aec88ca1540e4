import { useSyncExternalStore } from 'react';
import { DEFAULT_REQUEST, type ComposedRequest } from '../domain/composed-request';
import { addToHistory, hasUnsavedEdits, nameComposition, reviveHistory, sameComposition, type HistoryEntry, type HistoryReason } from '../domain/composition-history';
import { getComposedRequest, setComposedRequest } from './composed-request-store';

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

let state: HistoryState = { entries: load() };
const listeners = new Set<() => void>();

function load(): HistoryEntry[] {
  try {
    return reviveHistory(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]'));
  } catch {
    return [];
  }
}

function commit(next: HistoryState): void {
  if (next.entries !== state.entries) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next.entries));
    } catch {
      // Storage full or disabled: the history still lives for this page.
    }
  }
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps a composition in the history (a launch, or one about to be replaced). */
export function saveComposition(request: ComposedRequest, reason: HistoryReason): void {
  const entry: HistoryEntry = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: nameComposition(request),
    savedAt: new Date().toISOString(),
    reason,
    request,
  };
  commit({ ...state, entries: addToHistory(state.entries, entry) });
}

/** True when replacing the composition now would throw away edits that are nowhere else. */
export function compositionHasUnsavedEdits(): boolean {
  return hasUnsavedEdits(getComposedRequest(), state.entries);
}

/**
 * Replaces the whole composition (a scenario, a file, a link, a history entry, a reset), keeping
 * the one it replaces in the history and offering to undo.
 */
export function replaceComposition(next: ComposedRequest, by: string): void {
  const previous = getComposedRequest();
  if (sameComposition(previous, next)) return;
  const worthUndoing = !sameComposition(previous, DEFAULT_REQUEST);
  if (hasUnsavedEdits(previous, state.entries)) saveComposition(previous, 'replaced');
  setComposedRequest(next);
  // Replacing the untouched defaults loses nothing, so there is nothing to offer to undo.
  commit({ ...state, replacement: worthUndoing ? { previous, by } : undefined });
}

export function undoReplacement(): void {
  if (!state.replacement) return;
  setComposedRequest(state.replacement.previous);
  commit({ ...state, replacement: undefined });
}

export function dismissReplacement(): void {
  if (state.replacement) commit({ ...state, replacement: undefined });
}

export function useCompositionHistory(): HistoryState {
  return useSyncExternalStore(subscribe, () => state);
}
