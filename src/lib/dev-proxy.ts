import { DEV_PROXY_HEADER, DEV_PROXY_SEGMENT, devProxyUrl, proxiedEndpointOf, type DevProxyRoute } from '../domain/provider/dev-proxy';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { BASE_PATH } from './app-paths';

/**
 * The route a run's calls take when the person opted in to the proxy (`run.devProxy`): the
 * provider's four proxied endpoints, through `<base>__playground-proxy`.
 */
export function devProxyRouteOf(run: ProxiedRun): DevProxyRoute | undefined {
  return run.devProxy ? { issuer: run.issuer, discovery: run.discovery, basePath: BASE_PATH, confirmedHosts: run.devProxyHosts ?? [] } : undefined;
}

type ProxiedRun = { readonly devProxy?: boolean; readonly devProxyHosts?: readonly string[]; readonly issuer: string; readonly discovery: DiscoveryDocument };

/** A direct call (introspection) through the proxy when the run opted in, otherwise to the provider itself. */
export function fetchForRun(run: ProxiedRun, url: string, init: RequestInit): Promise<Response> {
  const route = devProxyRouteOf(run);
  if (!route || !proxiedEndpointOf(route.discovery, url)) return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set(DEV_PROXY_HEADER, '1');
  return fetch(devProxyUrl(BASE_PATH, run.issuer, url, route.confirmedHosts), { ...init, headers, credentials: 'omit' });
}

/**
 * Whether the page is served by the dev server and it offers the proxy (scripts/dev-proxy-plugin.ts).
 * A built site never asks: the proxy exists only under `npm start`.
 */
async function isDevProxyOffered(): Promise<boolean> {
  if (!import.meta.env.DEV) return false;
  try {
    const response = await fetch(`${BASE_PATH}${DEV_PROXY_SEGMENT}/status`, { headers: { Accept: 'application/json' } });
    if (!response.ok) return false;
    const body = (await response.json()) as { offered?: unknown };
    return body.offered === true;
  } catch {
    return false;
  }
}

// A plain object, not TanStack's queryOptions(): the sign-in imports this module, and the flow's
// screens run without TanStack Query (issue 29).
export const devProxyOfferedQuery = () => ({ queryKey: ['dev-proxy-offered'] as const, queryFn: isDevProxyOffered, staleTime: Infinity });

