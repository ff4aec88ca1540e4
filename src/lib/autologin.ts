const AUTOLOGIN_KEY = 'oidc-playground.autologin';

/** `autologin=1`: the mock login page signs in by itself, for unattended runs. Lives for the tab. */
export function setAutologin(enabled: boolean): void {
  if (enabled) window.sessionStorage.setItem(AUTOLOGIN_KEY, '1');
  else window.sessionStorage.removeItem(AUTOLOGIN_KEY);
}

export function isAutologin(): boolean {
  return window.sessionStorage.getItem(AUTOLOGIN_KEY) === '1';
}
