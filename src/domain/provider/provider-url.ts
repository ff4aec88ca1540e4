/**
 * The one rule for every URL that comes from outside the app — a provider's discovery document, a
 * link, an import, a field — before the page navigates to it, fetches it or links to it.
 *
 * Only absolute `https:` URLs are followed, or `http:` on a loopback host (a provider on the
 * developer's own machine), or the app's own origin (the built-in mock). Anything else is refused,
 * `javascript:` and `data:` above all: `window.location.assign('javascript:…')` runs script in this
 * origin, and `new URL('javascript:…').origin` is `"null"`, so "another origin" is no safety check.
 * OAuth 2.0 Security BCP, https://www.rfc-editor.org/rfc/rfc9700#section-4.1 (redirect-based attacks),
 * and OIDC Discovery §3, https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata
 * (endpoints are https URLs).
 */
export type UrlRefusal = 'not-a-string' | 'not-absolute' | 'scheme' | 'http-not-loopback' | 'credentials';

export type UrlCheck =
  | { readonly outcome: 'allowed'; readonly url: URL }
  | { readonly outcome: 'refused'; readonly reason: UrlRefusal; readonly message: string };

export interface UrlRuleOptions {
  /** The app's own origin: the mock provider lives there, whatever its scheme and host. */
  readonly trustedOrigin?: string;
}

const SHOWN_LENGTH = 80;

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Checks one URL; `name` says where it came from ("authorization_endpoint", "issuer") for the message. */
export function checkProviderUrl(value: unknown, name: string, options: UrlRuleOptions = {}): UrlCheck {
  if (typeof value !== 'string') {
    return refused('not-a-string', `"${name}" is not a URL string, so it was refused.`);
  }
  const shown = describeValue(value);
  let url: URL;
  try {
    // No base: a relative URL must not be resolved against the playground's own origin.
    url = new URL(value);
  } catch {
    return refused('not-absolute', `"${name}" is ${shown}, which is not an absolute URL. The playground only follows absolute https: URLs.`);
  }
  if (url.username || url.password) {
    return refused('credentials', `"${name}" is ${shown}, which carries a user name or password. The playground refuses URLs with credentials in them.`);
  }
  if (url.protocol === 'https:') return { outcome: 'allowed', url };
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname) || url.origin === options.trustedOrigin
      ? { outcome: 'allowed', url }
      : refused('http-not-loopback', `"${name}" is ${shown}: plain http: is accepted only on a loopback host (localhost, 127.0.0.1, [::1]). Use https:.`);
  }
  return refused('scheme', `"${name}" is ${shown}, a ${url.protocol} URL. The playground only follows https: URLs (or http: on a loopback host), so it was refused.`);
}

function refused(reason: UrlRefusal, message: string): UrlCheck {
  return { outcome: 'refused', reason, message };
}

/** Quotes a value for a message, short enough to read and never taken for markup (it is rendered as text). */
function describeValue(value: string): string {
  const short = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
  return JSON.stringify(short);
}
