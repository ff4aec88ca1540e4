import type { DiscoveryDocument } from './discovery-document.ts';
import { checkProviderUrl } from './provider-url.ts';

/**
 * The opt-in dev-server proxy (vite/dev-proxy-plugin.ts): which calls it may forward. Pure, so the
 * browser (which calls go through it) and the dev server (what it accepts) apply the same rule.
 *
 * Only the calls a provider commonly refuses across origins, and only to the endpoints the chosen
 * issuer's own discovery document names: token (RFC 6749 §3.2,
 * https://www.rfc-editor.org/rfc/rfc6749#section-3.2), userinfo (OIDC Core §5.3,
 * https://openid.net/specs/openid-connect-core-1_0.html#UserInfo), introspection (RFC 7662 §2,
 * https://www.rfc-editor.org/rfc/rfc7662#section-2) and revocation (RFC 7009 §2,
 * https://www.rfc-editor.org/rfc/rfc7009#section-2). Never an open proxy: a URL that is not one of
 * those four, exactly, is refused. Discovery and the JWKS are public documents providers serve with
 * CORS; the browser fetches them itself.
 */
export const PROXIED_ENDPOINTS = ['token_endpoint', 'userinfo_endpoint', 'introspection_endpoint', 'revocation_endpoint'] as const;
export type ProxiedEndpoint = (typeof PROXIED_ENDPOINTS)[number];

/** Methods each endpoint is called with (userinfo: GET or POST, OIDC Core §5.3.1; the rest POST). */
const METHODS: Readonly<Record<ProxiedEndpoint, readonly string[]>> = {
  token_endpoint: ['POST'],
  userinfo_endpoint: ['GET', 'POST'],
  introspection_endpoint: ['POST'],
  revocation_endpoint: ['POST'],
};

/** Where the dev server answers, under the app's base path. */
export const DEV_PROXY_SEGMENT = '__playground-proxy';
/** A header a cross-site page cannot send without a CORS preflight, which the proxy never approves. */
export const DEV_PROXY_HEADER = 'x-playground-proxy';

export type ProxyRefusal = 'issuer-url' | 'target-url' | 'issuer-mismatch' | 'not-an-endpoint' | 'method' | 'not-loopback' | 'missing-header' | 'foreign-origin';

export type ProxyRefused = { readonly outcome: 'refused'; readonly reason: ProxyRefusal; readonly detail: string };

export type ProxyCheck =
  | { readonly outcome: 'allowed'; readonly endpoint: ProxiedEndpoint }
  | ProxyRefused;

/** The member of the discovery document that names `url` exactly, among the four the proxy forwards. */
export function proxiedEndpointOf(discovery: Partial<Pick<DiscoveryDocument, ProxiedEndpoint>>, url: string): ProxiedEndpoint | undefined {
  const wanted = normalized(url);
  if (wanted === undefined) return undefined;
  return PROXIED_ENDPOINTS.find((member) => {
    const endpoint = discovery[member];
    return typeof endpoint === 'string' && normalized(endpoint) === wanted;
  });
}

/**
 * Whether the proxy may forward `method target` for `issuer`, given the discovery document the proxy
 * fetched itself from that issuer. The issuer and the target pass the URL rule of provider-url.ts
 * unchanged (https, or http on loopback), with no trusted origin: the proxy serves real providers only.
 */
export function checkProxyRequest(request: { issuer: string; target: string; method: string }, discovery: DiscoveryDocument): ProxyCheck {
  const issuer = checkProviderUrl(request.issuer, 'issuer');
  if (issuer.outcome === 'refused') return { outcome: 'refused', reason: 'issuer-url', detail: issuer.message };
  const target = checkProviderUrl(request.target, 'target');
  if (target.outcome === 'refused') return { outcome: 'refused', reason: 'target-url', detail: target.message };
  // OIDC Discovery §4.3: the document's issuer is exactly the one asked for.
  if (discovery.issuer !== request.issuer) return { outcome: 'refused', reason: 'issuer-mismatch', detail: discovery.issuer };
  const endpoint = proxiedEndpointOf(discovery, request.target);
  if (!endpoint) return { outcome: 'refused', reason: 'not-an-endpoint', detail: request.target };
  if (!METHODS[endpoint].includes(request.method.toUpperCase())) return { outcome: 'refused', reason: 'method', detail: `${request.method} ${endpoint}` };
  return { outcome: 'allowed', endpoint };
}

/** Whether a socket's remote address is this machine (IPv4, IPv6, or IPv4-mapped IPv6 loopback). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127(?:\.\d{1,3}){3}$/.test(v4);
}

/**
 * Whether a request to the proxy comes from the playground itself on this machine: a loopback Host
 * (a DNS-rebinding page names another host) and, when the browser sends one, an Origin equal to it.
 */
export function checkProxyCaller(caller: { remoteAddress: string | undefined; host: string | undefined; origin: string | undefined; marked: boolean }): ProxyRefused | undefined {
  if (!isLoopbackAddress(caller.remoteAddress)) return { outcome: 'refused', reason: 'not-loopback', detail: caller.remoteAddress ?? 'unknown' };
  if (!caller.marked) return { outcome: 'refused', reason: 'missing-header', detail: DEV_PROXY_HEADER };
  const hostname = caller.host ? hostOf(caller.host) : undefined;
  if (!hostname || !['localhost', '[::1]'].includes(hostname) && !/^127(?:\.\d{1,3}){3}$/.test(hostname)) {
    return { outcome: 'refused', reason: 'foreign-origin', detail: caller.host ?? 'no Host header' };
  }
  if (caller.origin !== undefined && caller.origin !== `http://${caller.host}` && caller.origin !== `https://${caller.host}`) {
    return { outcome: 'refused', reason: 'foreign-origin', detail: caller.origin };
  }
  return undefined;
}

/** A run's calls go through the dev server's proxy: for this issuer, the endpoints of this document, under this base path. */
export interface DevProxyRoute {
  readonly issuer: string;
  readonly discovery: Partial<Pick<DiscoveryDocument, ProxiedEndpoint>>;
  readonly basePath: string;
}

/** The proxy's URL for a call: `<base>__playground-proxy/forward?issuer=…&target=…`. */
export function devProxyUrl(basePath: string, issuer: string, target: string): string {
  return `${basePath}${DEV_PROXY_SEGMENT}/forward?${new URLSearchParams({ issuer, target })}`;
}

function normalized(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function hostOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}
