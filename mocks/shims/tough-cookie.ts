/**
 * Stands in for `tough-cookie` in the app's build (vite.config.ts aliases it here). MSW keeps a
 * cookie jar for mocked responses that set cookies, and tough-cookie brings the public-suffix
 * list (`tldts`, ~95 kB gzip) with it. The mock provider sets no cookies: its sessions live in
 * browser storage, because MSW does not see page navigations, where a cookie would be read. So the jar stays empty, and a
 * handler that starts setting cookies fails loudly here instead of being silently ignored.
 *
 * Only the surface msw/lib/core/utils/cookieStore uses is provided.
 */
export class Cookie {
  readonly key = '';
  readonly value = '';
  /** Cookies MSW persisted in an earlier page load: there are none to restore, since none are stored. */
  static fromJSON(): Cookie | null {
    return null;
  }
  toJSON(): Record<string, never> {
    return {};
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export const COOKIES_REFUSED =
  'The mock provider sets no cookies, so the app is built without a cookie jar (tough-cookie is replaced by mocks/shims/tough-cookie.ts). Keep provider state in browser storage, or drop the alias in vite.config.ts.';

export class CookieJar {
  readonly store: MemoryCookieStore;
  constructor(store: MemoryCookieStore) {
    this.store = store;
  }
  getCookiesSync(): Cookie[] {
    return [];
  }
  setCookie(): Promise<never> {
    return Promise.reject(new Error(COOKIES_REFUSED));
  }
}
