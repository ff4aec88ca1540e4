import { createExternalStore, readStored } from './external-store';

/**
 * Whether the person opted in to the dev server's local proxy for a real provider's token,
 * userinfo, introspection and revocation calls (scripts/dev-proxy-plugin.ts). Off unless chosen;
 * kept across reloads of this browser, so the callback page (a full page load) knows it too.
 */
const KEY = 'oidc-playground.dev-proxy';

const chosen = createExternalStore(
  readStored(() => window.localStorage.getItem(KEY) === 'on', false),
  (next) => (next ? window.localStorage.setItem(KEY, 'on') : window.localStorage.removeItem(KEY)),
);

export const getDevProxyChoice: () => boolean = chosen.get;
export const setDevProxyChoice: (next: boolean) => void = chosen.set;
export const useDevProxyChoice: () => boolean = chosen.use;
