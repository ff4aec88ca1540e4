import type { ProviderContext } from './context';
import { LAUNCH_LIFETIME_SECONDS, slot, type LaunchRecord } from './records';
import type { ProviderSettings } from './settings';
import { sweepStore } from './storage-budget';

/** Records the settings a sign-in was launched with, under its `state`; the sweep keeps launches within budget. */
export function bindLaunch(context: ProviderContext, state: string, settings: ProviderSettings): void {
  const record: LaunchRecord = { settings, completed: false, keptUntil: context.wallClock() + LAUNCH_LIFETIME_SECONDS, storedAt: context.stamp() };
  // Swept first too: a store an older build filled to the quota makes room before this write.
  sweepStore(context);
  context.store.set(slot.launch(state), record);
  sweepStore(context);
}

/** What the provider knows of a launch: bound settings, completed (a code was issued), or nothing. */
export type LaunchState =
  | { readonly kind: 'bound'; readonly context: ProviderContext }
  | { readonly kind: 'completed' }
  | { readonly kind: 'unknown' };

export function launchOf(context: ProviderContext, state: string | undefined): LaunchState {
  const record = state === undefined ? undefined : context.store.get<LaunchRecord>(slot.launch(state));
  if (record?.completed) return { kind: 'completed' };
  if (record?.settings) return { kind: 'bound', context: context.boundTo(record.settings) };
  return { kind: 'unknown' };
}

/**
 * The context an authorize request runs in: its launch's settings when the app bound them, what
 * the tab configured otherwise (a request typed by hand, an HTTP client under Node).
 */
export function contextForLaunch(context: ProviderContext, state: string | undefined): ProviderContext {
  const launch = launchOf(context, state);
  return launch.kind === 'bound' ? launch.context : context;
}


/** Where a launched sign-in stands, for the login page: waiting for an answer, completed, or unknown here. */
export type LaunchStatus = 'waiting' | 'completed' | 'unknown';

export function launchStatus(context: ProviderContext, state: string): LaunchStatus {
  const launch = launchOf(context, state);
  return launch.kind === 'bound' ? 'waiting' : launch.kind;
}
