/** Whether a URL that came from a pasted token, a typed field or a provider may be fetched. */
export type FetchableUrl = { readonly outcome: 'ok'; readonly url: URL } | { readonly outcome: 'refused'; readonly message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/**
 * Only https:, or http: on a loopback host (RFC 8252 §8.3 treats loopback as local), may be
 * fetched: a token's `iss` is untrusted input, and `javascript:`, `data:` or plain http to the
 * network must never be followed.
 */
export function checkFetchableUrl(text: string): FetchableUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { outcome: 'refused', message: `"${text}" is not an absolute URL.` };
  }
  if (url.username || url.password) return { outcome: 'refused', message: `${url.origin} carries credentials in the URL; it is not fetched.` };
  if (url.protocol === 'https:') return { outcome: 'ok', url };
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return { outcome: 'ok', url };
  if (url.protocol === 'http:') return { outcome: 'refused', message: `${url.origin} is plain http: on a network host; only https: (or http: on this machine's loopback) is fetched.` };
  return { outcome: 'refused', message: `A ${url.protocol} URL is never fetched; only https: (or http: on loopback) is.` };
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname);
}
