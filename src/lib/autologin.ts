const AUTOLOGIN_KEY = 'oidc-playground.autologin';

/**
 * `autologin=1`: the mock login page signs in by itself, for unattended runs; it lasts for the
 * tab. A scenario run arms it for its one sign-in only.
 */
export function setAutologin(mode: boolean | 'once'): void {
  if (mode) window.sessionStorage.setItem(AUTOLOGIN_KEY, mode === 'once' ? 'once' : '1');
  else window.sessionStorage.removeItem(AUTOLOGIN_KEY);
}

/** Whether the login page should sign in by itself now; a one-shot arming is used up. */
export function takeAutologin(): boolean {
  const mode = window.sessionStorage.getItem(AUTOLOGIN_KEY);
  if (mode === 'once') window.sessionStorage.removeItem(AUTOLOGIN_KEY);
  return mode === '1' || mode === 'once';
}
