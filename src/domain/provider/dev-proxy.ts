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

export type ProxyRefusal =
  | 'issuer-url'
  | 'target-url'
  | 'issuer-mismatch'
  | 'not-an-endpoint'
  | 'unconfirmed-host'
  | 'method'
  | 'not-loopback'
  | 'missing-header'
  | 'foreign-origin';

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
 * Whether the proxy may fetch the issuer's discovery document at all: the issuer passes the URL rule
 * of provider-url.ts (https, or http on loopback) before the proxy sends anything anywhere, so a
 * `file:`, `javascript:` or plain-http address on another machine is never fetched, even once.
 */
export function checkProxyIssuer(issuer: string): ProxyRefused | undefined {
  const checked = checkProviderUrl(issuer, 'issuer');
  return checked.outcome === 'refused' ? { outcome: 'refused', reason: 'issuer-url', detail: checked.message } : undefined;
}

/**
 * The hosts, other than the issuer's own, that the four proxied endpoints of a discovery document
 * are on. The proxy forwards to them only once the page has listed them and the person confirmed
 * them: a hostile document could otherwise aim "its token endpoint" at any https host or at a
 * service on this machine, and have the local proxy call it.
 */
export function foreignEndpointHosts(issuer: string, discovery: Partial<Pick<DiscoveryDocument, ProxiedEndpoint>>): string[] {
  const own = hostOfUrl(issuer);
  const hosts = PROXIED_ENDPOINTS.map((member) => discovery[member])
    .filter((endpoint): endpoint is string => typeof endpoint === 'string')
    .map(hostOfUrl)
    .filter((host): host is string => host !== undefined && host !== own);
  return [...new Set(hosts)].sort();
}

/**
 * Whether the proxy may forward `method target` for `issuer`, given the discovery document the proxy
 * fetched itself from that issuer, and the hosts other than the issuer's the person confirmed. The
 * issuer and the target pass the URL rule of provider-url.ts unchanged (https, or http on loopback),
 * with no trusted origin: the proxy serves real providers only.
 */
export function checkProxyRequest(
  request: { issuer: string; target: string; method: string; confirmedHosts?: readonly string[] },
  discovery: DiscoveryDocument,
): ProxyCheck {
  const issuer = checkProxyIssuer(request.issuer);
  if (issuer) return issuer;
  const target = checkProviderUrl(request.target, 'target');
  if (target.outcome === 'refused') return { outcome: 'refused', reason: 'target-url', detail: target.message };
  // OIDC Discovery §4.3: the document's issuer is exactly the one asked for.
  if (discovery.issuer !== request.issuer) return { outcome: 'refused', reason: 'issuer-mismatch', detail: discovery.issuer };
  const endpoint = proxiedEndpointOf(discovery, request.target);
  if (!endpoint) return { outcome: 'refused', reason: 'not-an-endpoint', detail: request.target };
  const host = hostOfUrl(request.target);
  if (host !== hostOfUrl(request.issuer) && !(host !== undefined && (request.confirmedHosts ?? []).includes(host))) {
    return { outcome: 'refused', reason: 'unconfirmed-host', detail: host ?? request.target };
  }
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
  /** Hosts other than the issuer's that the person confirmed the proxy may forward to (foreignEndpointHosts). */
  readonly confirmedHosts?: readonly string[];
}

/** The proxy's URL for a call: `<base>__playground-proxy/forward?issuer=…&target=…`. */
export function devProxyUrl(basePath: string, issuer: string, target: string, confirmedHosts: readonly string[] = []): string {
  const params = new URLSearchParams({ issuer, target });
  if (confirmedHosts.length > 0) params.set('hosts', confirmedHosts.join(' '));
  return `${basePath}${DEV_PROXY_SEGMENT}/forward?${params}`;
}

/** The confirmed hosts a proxy request carries (`hosts`, space-separated). */
export function confirmedHostsOf(params: URLSearchParams): string[] {
  return (params.get('hosts') ?? '').split(' ').filter((host) => host !== '');
}

/** `host[:port]` of a URL, lower-cased as URL parsing leaves it; undefined when it does not parse. */
function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
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
