import { DEFAULT_MOCK_SETTINGS, type MockSettings } from '../../src/domain/composed-request';
import { SEED_USER, parseUserProfile, type UserProfile } from '../../src/domain/user-profile';
import type { ProviderStore } from './store';

const SETTINGS_SLOT = 'settings';

export function readSettings(store: ProviderStore): MockSettings {
  return store.get<MockSettings>(SETTINGS_SLOT) ?? DEFAULT_MOCK_SETTINGS;
}

export function writeSettings(store: ProviderStore, settings: MockSettings): void {
  store.set(SETTINGS_SLOT, settings);
}

/** The user who signs in. An invalid edited profile falls back to the seed user (the app blocks launch before that). */
export function currentUser(settings: MockSettings): UserProfile {
  const parsed = parseUserProfile(settings.userText);
  return parsed.outcome === 'valid' ? parsed.profile : SEED_USER;
}
