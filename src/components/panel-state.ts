import { useSyncExternalStore } from 'react';

/** Which panels are collapsed, by id, so a link elsewhere on the screen can open one. */
let collapsed: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(next: ReadonlySet<string>): void {
  collapsed = next;
  for (const listener of listeners) listener();
}

export function setPanelOpen(id: string, open: boolean): void {
  if (open === !collapsed.has(id)) return;
  const next = new Set(collapsed);
  if (open) next.delete(id);
  else next.add(id);
  publish(next);
}

export function usePanelOpen(id: string | undefined): boolean {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => collapsed,
  );
  return id === undefined || !current.has(id);
}
