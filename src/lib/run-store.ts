import { keepableRun, reviveFlowRun, revivePendingRun, type FlowRun, type PendingRun } from '../domain/flow/flow-run';
import { HISTORY_KEY, LAST_RUN_KEY, PENDING_PREFIX, clearStoredRuns as clearStoredRecords } from './tab-storage';

/** Runs kept for comparison, newest first. Session storage only: they hold tokens. */
const HISTORY_LENGTH = 10;

export function savePendingRun(stateId: string, run: PendingRun): void {
  window.sessionStorage.setItem(PENDING_PREFIX + stateId, JSON.stringify(run));
}

/** Reads the pending run of a callback's state, if it is there and well formed. */
export function readPendingRun(stateId: string): PendingRun | undefined {
  return revivePendingRun(readJson(window.sessionStorage, PENDING_PREFIX + stateId));
}

export function forgetPendingRun(stateId: string): void {
  window.sessionStorage.removeItem(PENDING_PREFIX + stateId);
}

export type SavedRun =
  | { readonly outcome: 'stored'; readonly run: FlowRun }
  | { readonly outcome: 'in-page-only'; readonly run: FlowRun; readonly message: string };

/** The run of this page, also when storage could not take it. */
let runOfThisPage: FlowRun | undefined;
let lastSaveNotice: string | undefined;

/** Why the last run of this page is not in storage, when it is not. */
export function storageNotice(): string | undefined {
  return lastSaveNotice;
}

/**
 * Stores a run once (the history; the last run is its id), within the size budget. A run too large
 * or too deep to keep becomes a failed run that says why, so nothing later walks a hostile value.
 */
export function saveLastRun(run: FlowRun): SavedRun {
  const kept = keepableRun(run);
  runOfThisPage = kept;
  lastSaveNotice = undefined;
  const others = loadRunHistory().filter((r) => r.id !== kept.id);
  for (let count = Math.min(others.length, HISTORY_LENGTH - 1); count >= 0; count--) {
    try {
      window.sessionStorage.setItem(HISTORY_KEY, JSON.stringify([kept, ...others.slice(0, count)]));
      window.sessionStorage.setItem(LAST_RUN_KEY, kept.id);
      return { outcome: 'stored', run: kept };
    } catch {
      // Storage full: try again with fewer older runs.
    }
  }
  lastSaveNotice = 'This tab’s session storage is full, so this run is shown but not kept: it is gone after a reload.';
  return { outcome: 'in-page-only', run: kept, message: lastSaveNotice };
}

/** Stored runs, newest first; records that are not well formed are set aside, not used. */
export function loadRunHistory(): FlowRun[] {
  const stored = readJson(window.sessionStorage, HISTORY_KEY);
  if (!Array.isArray(stored)) return runOfThisPage ? [runOfThisPage] : [];
  return stored.map(reviveFlowRun).filter((run): run is FlowRun => run !== undefined);
}

/** How many stored records could not be read (corrupted or from an incompatible version). */
export function countUnreadableRuns(): number {
  const stored = readJson(window.sessionStorage, HISTORY_KEY);
  if (stored === undefined) return window.sessionStorage.getItem(HISTORY_KEY) === null ? 0 : 1;
  if (!Array.isArray(stored)) return 1;
  return stored.filter((record) => reviveFlowRun(record) === undefined).length;
}

export function loadLastRun(): FlowRun | undefined {
  const id = window.sessionStorage.getItem(LAST_RUN_KEY);
  if (runOfThisPage && (id === null || runOfThisPage.id === id)) return runOfThisPage;
  const history = loadRunHistory();
  return history.find((run) => run.id === id) ?? history[0];
}

/** Drops every stored run of this tab (the app's error page offers it when a record breaks a screen). */
export function clearStoredRuns(): void {
  runOfThisPage = undefined;
  clearStoredRecords();
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}
