import { useEffect } from 'react';
import { createExternalStore } from '../../state/external-store';

/**
 * What the results screen shows besides the id_token: its own chunk (later-parts.ts), loaded once
 * the screen has shown the payload, so a sign-in's payload appears before the code that explains it
 * is even compiled (issue 29: the JavaScript run before the payload). Every part arrives in one
 * render, wherever it sits on the screen, so the screen is complete the moment any part shows.
 */
const loadParts = () => import('./later-parts');
export type LaterParts = Awaited<ReturnType<typeof loadParts>>;

const loaded = createExternalStore<LaterParts | undefined>(undefined);
let loading: Promise<LaterParts> | undefined;

/** Loads the parts (also ahead, when prefetching at idle); a failed load is tried again next time. */
export function loadLaterParts(): Promise<LaterParts> {
  loading ??= loadParts().then(
    (parts) => {
      loaded.set(parts);
      return parts;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The parts once loaded; the first render that asks starts loading them, after it is on screen. */
export function useLaterParts(): LaterParts | undefined {
  const parts = loaded.use();
  useEffect(() => {
    if (!parts) void loadLaterParts().catch(() => undefined);
  }, [parts]);
  return parts;
}
