import { DEFAULT_REQUEST, isMockIssuer, requestedScopes, reviveComposedRequest, type ComposedRequest } from './composed-request';
import { joinScopes } from '../scopes-and-claims/scope-list';

/** Why a composition went into the history. */
export type HistoryReason = 'launched' | 'replaced';

/** One saved composition: named so a person can tell it apart, restorable as it was. */
export interface HistoryEntry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
  readonly reason: HistoryReason;
  readonly request: ComposedRequest;
}

export interface HistoryLimits {
  /** Most entries kept. */
  readonly maxEntries: number;
  /** Most characters of JSON the history may take in storage (localStorage holds about 5 MB per origin). */
  readonly maxChars: number;
}

const HISTORY_LIMITS: HistoryLimits = { maxEntries: 30, maxChars: 300_000 };

/** How many entries "Trim History" keeps: the newest, which a person is most likely to restore. */
export const ENTRIES_KEPT_WHEN_TRIMMED = 3;

/**
 * History trimmed to its newest entries, to free local storage when it is full (History may take
 * up to maxChars of it); `removed` says how many older entries went, 0 when there was nothing to trim.
 */
export function trimHistory(history: readonly HistoryEntry[], keep = ENTRIES_KEPT_WHEN_TRIMMED): { readonly entries: readonly HistoryEntry[]; readonly removed: number } {
  const entries = history.slice(0, keep);
  return { entries, removed: history.length - entries.length };
}

/** What makes two compositions the same: everything composed. */
export function sameComposition(a: ComposedRequest, b: ComposedRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A short name for a composition: the provider and the scopes, then what sets it apart. */
export function nameComposition(request: ComposedRequest): string {
  const provider = isMockIssuer(request.issuer) ? 'Mock' : hostOf(request.issuer);
  const parts = [`${provider} · ${joinScopes(requestedScopes(request)) || 'no scope'}`];
  if (request.claimsText.trim() !== '') parts.push('claims');
  if (request.prompt.trim() !== '') parts.push(`prompt=${request.prompt.trim()}`);
  return parts.join(' · ');
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host || issuer;
  } catch {
    return issuer.trim() || 'Real provider';
  }
}

/**
 * Adds a composition to the front of the history. The same composition saved again moves to the
 * front instead of appearing twice. The oldest entries go first when a limit is reached.
 */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limits: HistoryLimits = HISTORY_LIMITS,
): HistoryEntry[] {
  const next = [entry, ...history.filter((e) => !sameComposition(e.request, entry.request))].slice(0, limits.maxEntries);
  while (next.length > 1 && JSON.stringify(next).length > limits.maxChars) next.pop();
  return next;
}

/**
 * True when the composition holds edits that would be lost if replaced: it is neither the
 * defaults nor a composition already kept in the history.
 */
export function hasUnsavedEdits(current: ComposedRequest, history: readonly HistoryEntry[]): boolean {
  if (sameComposition(current, DEFAULT_REQUEST)) return false;
  return !history.some((entry) => sameComposition(entry.request, current));
}

/** Reads a stored history back, skipping entries that are not readable. */
export function reviveHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): HistoryEntry[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, name, savedAt, reason, request } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof savedAt !== 'string') return [];
    if (reason !== 'launched' && reason !== 'replaced') return [];
    if (typeof request !== 'object' || request === null) return [];
    return [{ id, name, savedAt, reason, request: reviveComposedRequest(request) }];
  });
}
