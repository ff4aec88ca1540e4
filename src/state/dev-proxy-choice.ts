import { useSyncExternalStore } from 'react';

/**
 * Whether the person opted in to the dev server's local proxy for a real provider's token,
 * userinfo, introspection and revocation calls (scripts/dev-proxy-plugin.ts). Off unless chosen;
 * kept across reloads of this browser, so the callback page (a full page load) knows it too.
 */
const KEY = 'oidc-playground.dev-proxy';
const listeners = new Set<() => void>();
let chosen = load();

function load(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function getDevProxyChoice(): boolean {
  return chosen;
}

export function setDevProxyChoice(next: boolean): void {
  chosen = next;
  try {
    if (next) window.localStorage.setItem(KEY, 'on');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the choice holds for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDevProxyChoice(): boolean {
  return useSyncExternalStore(subscribe, () => chosen);
}
