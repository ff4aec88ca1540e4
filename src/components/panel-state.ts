import { createExternalStore } from '../state/external-store';

/** Which panels are collapsed, by id, so a link elsewhere on the screen can open one. */
const collapsed = createExternalStore<ReadonlySet<string>>(new Set());

export function setPanelOpen(id: string, open: boolean): void {
  const current = collapsed.get();
  if (open === !current.has(id)) return;
  const next = new Set(current);
  if (open) next.delete(id);
  else next.add(id);
  collapsed.set(next);
}

export function usePanelOpen(id: string | undefined): boolean {
  const current = collapsed.use();
  return id === undefined || !current.has(id);
}
