import { useSyncExternalStore } from 'react';

/**
 * The one "Reveal tokens" switch of the page: every panel that shows a credential reads it, so a
 * token is never in clear in one panel while masked in another. Off on every page load; never stored.
 */
let revealed = false;
const listeners = new Set<() => void>();

export function setRevealed(next: boolean): void {
  revealed = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRevealed(): boolean {
  return useSyncExternalStore(subscribe, () => revealed);
}
