/** The redirect URI this playground registers: its own `/callback`. */
export function redirectUri(): string {
  return `${window.location.origin}/callback`;
}
