import { BEHAVIOUR_PROFILES } from '../../src/domain/mock/behaviour-profile';
import { STANDARD_SCOPES } from '../../src/domain/scopes-and-claims/catalogue';
import type { FaultSwitch } from '../../src/domain/mock/mock-faults';
import { matchCustomScope } from '../../src/domain/mock/login-policy';
import type { RegisteredClient } from './clients';
import type { RandomBytes } from './random';
import { takeFault as takeArmedFault } from './faults';
import type { ProviderSettings } from './settings';
import type { SigningKey } from './signing-key';
import type { ProviderStore } from './store';

/** What every endpoint of the provider shares. Time and randomness are parameters. */
export interface ProviderContext {
  readonly issuer: string;
  readonly store: ProviderStore;
  /** This browser tab's own slots (its current settings, its armed faults); the shared store under Node. */
  readonly tabStore: ProviderStore;
  readonly clients: readonly RegisteredClient[];
  readonly random: RandomBytes;
  /** Seconds since the epoch. */
  now(): number;
  key(): Promise<SigningKey>;
  settings(): ProviderSettings;
  /** Wall-clock seconds, whatever the settings' clock: what the storage sweep goes by. */
  wallClock(): number;
  /** Wall-clock milliseconds, strictly increasing: orders records by age (records.ts Kept). */
  stamp(): number;
  /**
   * The same provider with these settings fixed: a launched sign-in, its code and its grant run
   * with the settings they were launched with, whatever was configured since (grants.ts).
   */
  boundTo(settings: ProviderSettings): ProviderContext;
}

/** Scopes this provider knows: the standard ones, whatever its policy allows, and its custom scopes where the profile supports them. */
export function knownScopes(settings: ProviderSettings): string[] {
  const custom = BEHAVIOUR_PROFILES[settings.behaviour].customScopes === 'carry-custom-claims' ? Object.keys(settings.loginPolicy.customScopes) : [];
  return [...new Set([...STANDARD_SCOPES, ...settings.allowedScopes, ...custom])];
}

/** The scope a requested one stands for: where custom scopes carry claims (Next Identity), their suffix is optional. */
export function definedScope(settings: ProviderSettings): (scope: string) => string {
  if (BEHAVIOUR_PROFILES[settings.behaviour].customScopes !== 'carry-custom-claims') return (scope) => scope;
  return (scope) => matchCustomScope(scope, settings.loginPolicy) ?? scope;
}

/** A one-shot fault: true once if armed, then disarmed. */
export function takeFault(context: ProviderContext, fault: FaultSwitch): boolean {
  return takeArmedFault(context.tabStore, fault);
}

export function findClient(context: ProviderContext, clientId: string | null): RegisteredClient | undefined {
  return context.clients.find((c) => c.clientId === clientId);
}

