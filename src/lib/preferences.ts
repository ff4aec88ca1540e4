import { useSyncExternalStore } from 'react';

/** How the screen looks: theme and text size. Kept across reloads; they change nothing else. */
export interface Preferences {
  readonly theme: 'light' | 'dark';
  readonly largeText: boolean;
}

const KEY = 'oidc-playground.preferences';
const listeners = new Set<() => void>();
let current = load();

function load(): Preferences {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>;
    return { theme: stored.theme === 'dark' ? 'dark' : 'light', largeText: stored.largeText === true };
  } catch {
    return { theme: 'light', largeText: false };
  }
}

/** Puts the preferences on <html> so every screen, the mock's pages included, follows them. */
export function applyPreferences(preferences: Preferences = current): void {
  document.documentElement.dataset.theme = preferences.theme;
  document.documentElement.dataset.text = preferences.largeText ? 'large' : 'normal';
}

export function setPreferences(next: Preferences): void {
  current = next;
  window.localStorage.setItem(KEY, JSON.stringify(next));
  applyPreferences(next);
  for (const listener of listeners) listener();
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
