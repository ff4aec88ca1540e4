import { createExternalStore, readStored } from './external-store';

/** How the screen looks: theme and text size. Kept across reloads; they change nothing else. */
export interface Preferences {
  /** 'system' follows the operating system's light or dark setting until the person chooses. */
  readonly theme: 'light' | 'dark' | 'system';
  readonly largeText: boolean;
  /** Presenter mode (issue 27): larger type, secrets masked, explanations first, captions. */
  readonly presenter: boolean;
}

const KEY = 'oidc-playground.preferences';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const DEFAULT_PREFERENCES: Preferences = { theme: 'system', largeText: false, presenter: false };

const preferences = createExternalStore<Preferences>(
  readStored(() => {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>;
    const theme = stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : 'system';
    return { theme, largeText: stored.largeText === true, presenter: stored.presenter === true };
  }, DEFAULT_PREFERENCES),
  (next) => window.localStorage.setItem(KEY, JSON.stringify(next)),
);

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The theme in effect: the chosen one, or the operating system's. */
export function effectiveTheme(chosen: Preferences = preferences.get()): 'light' | 'dark' {
  if (chosen.theme !== 'system') return chosen.theme;
  return systemPrefersDark() ? 'dark' : 'light';
}

/** Puts the preferences on <html> so every screen, the mock's pages included, follows them. */
export function applyPreferences(chosen: Preferences = preferences.get()): void {
  document.documentElement.dataset.theme = effectiveTheme(chosen);
  document.documentElement.dataset.text = chosen.largeText ? 'large' : 'normal';
  document.documentElement.dataset.presenter = chosen.presenter ? 'on' : 'off';
}

/** Follows the operating system's theme while the person has not chosen one. */
export function followSystemTheme(): void {
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia(DARK_QUERY).addEventListener('change', () => {
    const chosen = preferences.get();
    if (chosen.theme !== 'system') return;
    applyPreferences(chosen);
    // A new snapshot, so components re-render: the choice is unchanged but the theme in effect is
    // not (the theme button's pressed state follows it).
    preferences.set({ ...chosen });
  });
}

export function setPreferences(next: Preferences): void {
  applyPreferences(next);
  preferences.set(next);
}

export const usePreferences: () => Preferences = preferences.use;

/** Whether presenter mode is on, for code outside React. */
export function presenterModeOn(): boolean {
  return preferences.get().presenter;
}

/** Turns presenter mode on or off, keeping the other preferences. */
export function setPresenterMode(on: boolean): void {
  setPreferences({ ...preferences.get(), presenter: on });
}
