/**
 * What this tab keeps in session storage (unfinished sign-ins, runs) and how it is forgotten. Kept
 * apart from the flow code so the compose screen and the error page can clear it without loading
 * oidc-client-ts.
 */
export const PENDING_PREFIX = 'oidc-playground.pending.';
export const HISTORY_KEY = 'oidc-playground.runs';
export const LAST_RUN_KEY = 'oidc-playground.last-run';
/** oidc-client-ts's sign-in state (PKCE code_verifier, nonce), under this prefix. */
export const SIGN_IN_STATE_PREFIX = 'oidc-playground.sign-in.';

/**
 * Forgets every sign-in that was started and not finished: its PKCE verifier, nonce and pending
 * run. Called when a new sign-in supersedes it and when the user is back on the compose screen
 * (Back from a login page, a failed launch). Also clears what older versions left in local storage.
 */
export function forgetSignInsInProgress(): void {
  for (const key of keysOf(window.sessionStorage)) {
    if (key.startsWith(PENDING_PREFIX) || key.startsWith(SIGN_IN_STATE_PREFIX)) window.sessionStorage.removeItem(key);
  }
  // oidc-client-ts's default store was local storage, prefix "oidc.".
  for (const key of keysOf(window.localStorage)) {
    if (key.startsWith('oidc.')) window.localStorage.removeItem(key);
  }
}

function keysOf(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null);
}

/** Drops every stored run of this tab (the error page offers it when a record breaks a screen). */
export function clearStoredRuns(): void {
  window.sessionStorage.removeItem(HISTORY_KEY);
  window.sessionStorage.removeItem(LAST_RUN_KEY);
}
