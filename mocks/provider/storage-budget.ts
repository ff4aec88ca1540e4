import type { ProviderContext } from './context';
import { revokeGrant } from './grants';
import { STORAGE_BUDGET, slot, type GrantRecord, type Kept } from './records';

/** The record kinds the sweep bounds by count, and the slot prefix each lives under (records.ts slot). */
const COUNTED = { launch: STORAGE_BUDGET.launches, code: STORAGE_BUDGET.codes, grant: STORAGE_BUDGET.grants } as const;
type CountedKind = keyof typeof COUNTED;

/**
 * Deletes what is spent, then what is over budget: records past their `keptUntil` (expired codes,
 * tokens, grants, sessions and launches), then the oldest launches, codes and grants beyond
 * STORAGE_BUDGET, then tokens whose grant is gone. Runs on every launch, code and token issued, so
 * storage after a thousand sign-ins is what it is after ten. A grant goes with all its tokens.
 */
export function sweepStore(context: ProviderContext): void {
  const { store } = context;
  const now = context.wallClock();
  const counted: Record<CountedKind, { key: string; id: string; storedAt: number }[]> = { launch: [], code: [], grant: [] };
  const tokens: { key: string; grantId: string | undefined }[] = [];
  for (const key of store.keys()) {
    const separator = key.indexOf(':');
    const kind = separator < 0 ? key : key.slice(0, separator);
    const id = key.slice(separator + 1);
    if (kind !== 'token' && kind !== 'session' && !(kind in COUNTED)) continue;
    const record = store.get<Kept>(key);
    if (record?.keptUntil !== undefined && record.keptUntil <= now) {
      if (kind === 'grant') revokeGrant(context, id);
      else store.delete(key);
      continue;
    }
    if (kind === 'token') tokens.push({ key, grantId: (record as GrantRecord | undefined)?.grantId });
    else if (kind in COUNTED) counted[kind as CountedKind].push({ key, id, storedAt: record?.storedAt ?? 0 });
  }
  for (const kind of Object.keys(COUNTED) as CountedKind[]) {
    const newestFirst = counted[kind].sort((a, b) => b.storedAt - a.storedAt);
    for (const over of newestFirst.slice(COUNTED[kind])) {
      if (kind === 'grant') revokeGrant(context, over.id);
      else store.delete(over.key);
    }
  }
  // A token outlives its grant only in stores written by older builds, or when a tab raced another.
  for (const { key, grantId } of tokens) {
    if (grantId === undefined || store.get(slot.grant(grantId)) === undefined) store.delete(key);
  }
}

/** What the mock's storage holds now: its keys and their size in UTF-16 code units (as web storage counts). */
export function storageFootprint(context: Pick<ProviderContext, 'store'>): { keys: number; characters: number } {
  const keys = context.store.keys();
  const characters = keys.reduce((sum, key) => sum + key.length + JSON.stringify(context.store.get(key)).length, 0);
  return { keys: keys.length, characters };
}
