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

/**
 * Hosts other than the issuer's that the person confirmed the proxy may forward to, per issuer
 * (src/domain/provider/dev-proxy.ts, foreignEndpointHosts). Kept beside the opt-in, for the same reason.
 */
const HOSTS_KEY = 'oidc-playground.dev-proxy-hosts';

type ConfirmedHosts = Readonly<Record<string, readonly string[]>>;

const confirmed = createExternalStore<ConfirmedHosts>(
  readStored(() => {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(HOSTS_KEY) ?? '{}');
    return isConfirmedHosts(parsed) ? parsed : {};
  }, {}),
  (next) => window.localStorage.setItem(HOSTS_KEY, JSON.stringify(next)),
);

function isConfirmedHosts(value: unknown): value is ConfirmedHosts {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((hosts) => Array.isArray(hosts) && hosts.every((host) => typeof host === 'string'));
}

export function confirmedProxyHostsFor(issuer: string): readonly string[] {
  return confirmed.get()[issuer] ?? [];
}

export function setConfirmedProxyHosts(issuer: string, hosts: readonly string[]): void {
  confirmed.set({ ...confirmed.get(), [issuer]: hosts });
}

export const useConfirmedProxyHosts: () => ConfirmedHosts = confirmed.use;
