const KEY = 'oidc-playground.sign-out-state';

/** Remembers, for this tab, the state of the RP-initiated logout it started. */
export function markSignOut(state: string | undefined): void {
  if (!state) return;
  try {
    window.sessionStorage.setItem(KEY, state);
  } catch {
    // Storage disabled: /signed-out will then not claim that a sign-out happened.
  }
}

/** True when the provider came back with the state of a sign-out this tab started. */
export function takeSignOutMark(state: string | null): boolean {
  if (!state) return false;
  try {
    return window.sessionStorage.getItem(KEY) === state;
  } catch {
    return false;
  }
}
