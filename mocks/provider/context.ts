import { BEHAVIOUR_PROFILES } from '../../src/domain/behaviour-profile';
import { STANDARD_SCOPES } from '../../src/domain/catalogue';
import type { MockFaults, MockSettings } from '../../src/domain/composed-request';
import { EMPTY_LOGIN_POLICY, matchCustomScope, parseLoginPolicy, type LoginPolicy } from '../../src/domain/login-policy';
import type { RegisteredClient } from './clients';
import type { RandomBytes } from './random';
import { writeSettings } from './settings';
import type { SigningKey } from './signing-key';
import type { ProviderStore } from './store';

/** What every endpoint of the provider shares. Time and randomness are parameters. */
export interface ProviderContext {
  readonly issuer: string;
  readonly store: ProviderStore;
  readonly clients: readonly RegisteredClient[];
  readonly random: RandomBytes;
  /** Seconds since the epoch. */
  now(): number;
  key(): Promise<SigningKey>;
  settings(): MockSettings;
}

export function loginPolicy(settings: MockSettings): LoginPolicy {
  const parsed = parseLoginPolicy(settings.loginPolicyText);
  return parsed.outcome === 'valid' ? parsed.policy : EMPTY_LOGIN_POLICY;
}

/** Scopes this provider knows: the standard ones, whatever its policy allows, and its custom scopes where the profile supports them. */
export function knownScopes(settings: MockSettings): string[] {
  const custom = BEHAVIOUR_PROFILES[settings.behaviour].customScopes === 'carry-custom-claims' ? Object.keys(loginPolicy(settings).customScopes) : [];
  return [...new Set([...STANDARD_SCOPES, ...settings.allowedScopes, ...custom])];
}

/** The scope a requested one stands for: where custom scopes carry claims (Next Identity), their suffix is optional. */
export function definedScope(settings: MockSettings): (scope: string) => string {
  if (BEHAVIOUR_PROFILES[settings.behaviour].customScopes !== 'carry-custom-claims') return (scope) => scope;
  const policy = loginPolicy(settings);
  return (scope) => matchCustomScope(scope, policy) ?? scope;
}

/** A one-shot fault: true once if armed, then disarmed. */
export function takeFault(context: ProviderContext, fault: keyof MockFaults): boolean {
  const settings = context.settings();
  if (!settings.faults[fault]) return false;
  writeSettings(context.store, { ...settings, faults: { ...settings.faults, [fault]: false } });
  return true;
}

export function findClient(context: ProviderContext, clientId: string | null): RegisteredClient | undefined {
  return context.clients.find((c) => c.clientId === clientId);
}

