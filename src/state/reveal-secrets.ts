import { createExternalStore } from './external-store';
import { usePreferences } from './preferences';

/**
 * The one "Reveal tokens" switch of the page: every panel that shows a credential reads it, so a
 * token is never in clear in one panel while masked in another. Off on every page load; never stored.
 */
const revealed = createExternalStore(false);

export const setRevealed: (next: boolean) => void = revealed.set;

/** Whether credentials show in clear: never in presenter mode, whatever the switch says. */
export function useRevealed(): boolean {
  const shown = revealed.use();
  return usePreferences().presenter ? false : shown;
}
