import type { BehaviourProfile } from '../../src/domain/mock/behaviour-profile';
import { DEFAULT_MOCK_SETTINGS, type DisallowedScopeHandling } from '../../src/domain/request/composed-request';
import { DEFAULT_LOGIN_POLICY, type LoginPolicy } from '../../src/domain/mock/login-policy';
import { SEED_USER, type UserProfile } from '../../src/domain/mock/user-profile';
import type { ProviderStore } from './store';
import { EMPTY_BRANDING, type MockBranding } from '../../src/domain/mock/branding';

/** The mock's "now": the real clock, or a fixed time (deterministic mode), in milliseconds. */
export type ProviderClock = { readonly kind: 'real' } | { readonly kind: 'fixed'; readonly millis: number };

/** Where the mock's keys, codes and tokens come from: fresh randomness, or a seed (deterministic mode). */
export type ProviderRandomness = { readonly kind: 'random' } | { readonly kind: 'seeded'; readonly seed: string };

/**
 * What the provider is configured with: typed values, never text as a person typed it. The app
 * parses and checks what was typed where it was typed (check-composed-request.ts) and hands over
 * only what passed, so the provider has nothing to re-parse and no bad value to fall back from.
 */
export interface ProviderSettings {
  readonly allowedScopes: readonly string[];
  readonly behaviour: BehaviourProfile;
  readonly disallowedScopes: DisallowedScopeHandling;
  readonly user: UserProfile;
  readonly loginPolicy: LoginPolicy;
  readonly clock: ProviderClock;
  readonly randomness: ProviderRandomness;
  /** How its pages look (login, end-session, error pages); only the pages read it, never a protocol rule. */
  readonly branding: MockBranding;
}

/** Until the app configures it: the composed defaults, the seed user and the default login policy. */
export const DEFAULT_PROVIDER_SETTINGS: ProviderSettings = {
  allowedScopes: DEFAULT_MOCK_SETTINGS.allowedScopes,
  behaviour: DEFAULT_MOCK_SETTINGS.behaviour,
  disallowedScopes: DEFAULT_MOCK_SETTINGS.disallowedScopes,
  user: SEED_USER,
  loginPolicy: DEFAULT_LOGIN_POLICY,
  clock: { kind: 'real' },
  randomness: { kind: 'random' },
  branding: EMPTY_BRANDING,
};

// A new slot name: settings stored by an older build held the typed text and are not read back.
const SETTINGS_SLOT = 'provider-settings';

export function readSettings(store: ProviderStore): ProviderSettings {
  return store.get<ProviderSettings>(SETTINGS_SLOT) ?? DEFAULT_PROVIDER_SETTINGS;
}

export function writeSettings(store: ProviderStore, settings: ProviderSettings): void {
  store.set(SETTINGS_SLOT, settings);
}
