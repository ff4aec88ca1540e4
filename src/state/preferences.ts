import { useSyncExternalStore } from 'react';

/** How the screen looks: theme and text size. Kept across reloads; they change nothing else. */
export interface Preferences {
  /** 'system' follows the operating system's light or dark setting until the person chooses. */
  readonly theme: 'light' | 'dark' | 'system';
  readonly largeText: boolean;
}

const KEY = 'oidc-playground.preferences';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let current = load();

function load(): Preferences {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>;
    const theme = stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : 'system';
    return { theme, largeText: stored.largeText === true };
  } catch {
    return { theme: 'system', largeText: false };
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The theme in effect: the chosen one, or the operating system's. */
export function effectiveTheme(preferences: Preferences = current): 'light' | 'dark' {
  if (preferences.theme !== 'system') return preferences.theme;
  return systemPrefersDark() ? 'dark' : 'light';
}

/** Puts the preferences on <html> so every screen, the mock's pages included, follows them. */
export function applyPreferences(preferences: Preferences = current): void {
  document.documentElement.dataset.theme = effectiveTheme(preferences);
  document.documentElement.dataset.text = preferences.largeText ? 'large' : 'normal';
}

/** Follows the operating system's theme while the person has not chosen one. */
export function followSystemTheme(): void {
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (current.theme !== 'system') return;
    // A new snapshot, so components re-render: the choice is unchanged but the theme in effect is
    // not (the theme button's pressed state follows it).
    current = { ...current };
    applyPreferences();
    for (const listener of listeners) listener();
  });
}

export function setPreferences(next: Preferences): void {
  current = next;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage disabled: the choice holds for this page.
  }
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
