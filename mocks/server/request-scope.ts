import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserProfile } from '../../src/domain/mock/user-profile';
import { slot } from '../provider/records';
import type { ProviderSettings } from '../provider/settings';
import type { ProviderStore } from '../provider/store';

/**
 * Who a request is for. In the browser the provider serves one person, so its store has one SSO
 * session and one configured user. A server serves many browsers and many test clients at once:
 * each request runs in a scope naming its browser (a cookie) and the user it acts for, and the
 * store the provider sees keeps that browser's session apart and reads that user as "the" user.
 * The provider's modules stay as they are; this is the adapter's view of its storage.
 */
export interface RequestScope {
  /** The browser's id (its cookie); undefined for a client without one, which then has no session. */
  readonly browser: string | undefined;
  /** The user this request signs in or releases claims for; the configured default when undefined. */
  readonly user: UserProfile | undefined;
}

const scopes = new AsyncLocalStorage<RequestScope>();

export function inScope<T>(scope: RequestScope, run: () => T): T {
  return scopes.run(scope, run);
}

const SETTINGS_SLOT = 'provider-settings';
/** Slots that belong to one browser: its SSO session and the grants that end with it. */
const BROWSER_SLOTS: readonly string[] = [slot.session(), slot.sessionGrants()];

export function scopedStore(base: ProviderStore): ProviderStore {
  /** The browser's own key for a browser slot; undefined for a client without a cookie, which keeps no session. */
  const keyOf = (key: string): string | undefined => {
    if (!BROWSER_SLOTS.includes(key)) return key;
    const browser = scopes.getStore()?.browser;
    return browser === undefined ? undefined : `${key}:${browser}`;
  };
  return {
    get<T>(key: string) {
      const scoped = keyOf(key);
      const value = scoped === undefined ? undefined : base.get<T>(scoped);
      const user = scopes.getStore()?.user;
      if (key !== SETTINGS_SLOT || value === undefined || !user) return value;
      return { ...(value as ProviderSettings), user } as T;
    },
    set(key, value) {
      const scoped = keyOf(key);
      if (scoped !== undefined) base.set(scoped, value);
    },
    delete(key) {
      const scoped = keyOf(key);
      if (scoped !== undefined) base.delete(scoped);
    },
    // Every browser's keys, as stored: the sweep reads and deletes them by these names, which no
    // browser slot is spelled as, so they pass through unscoped.
    keys: () => base.keys(),
  };
}
