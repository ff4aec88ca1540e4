/**
 * Why a call from the page got no answer. A browser reports a refused cross-origin call and a
 * network outage as the same TypeError; a second request in `no-cors` mode tells them apart: the
 * server answers it (opaquely) if it is up, so a failure of the first was CORS.
 */
export type FetchFailureCause = 'cors' | 'unreachable';

export interface FetchFailure {
  readonly url: string;
  /** Which provider endpoint it was, in words: "discovery", "token"… */
  readonly endpoint: string;
  /** This app's origin: what the provider must allow. */
  readonly appOrigin: string;
  readonly cause: FetchFailureCause;
  /** The page runs on the dev server, whose opt-in local proxy could make this call (scripts/dev-proxy-plugin.ts). */
  readonly devProxyAvailable?: boolean;
}

export interface ExplainedFetchFailure {
  readonly error: 'cors_blocked' | 'network_error';
  readonly description: string;
}

/** The calls the dev server's proxy forwards (src/domain/provider/dev-proxy.ts), by the names used here. */
const PROXIABLE = new Set(['token', 'userinfo', 'introspection', 'revocation']);

export function explainFetchFailure({ url, endpoint, appOrigin, cause, devProxyAvailable = false }: FetchFailure): ExplainedFetchFailure {
  if (cause === 'cors') {
    const proxyHint = devProxyAvailable && PROXIABLE.has(endpoint)
      ? ' To try the flow anyway while developing, tick "Send the token, userinfo and introspection calls through the dev server’s local proxy" in the provider settings (npm start only).'
      : '';
    return {
      error: 'cors_blocked',
      description:
        `The provider answered the ${endpoint} call to ${url}, but the browser withheld the answer: it carried no ` +
        `Access-Control-Allow-Origin for this origin (${appOrigin}). The provider must allow cross-origin calls from ` +
        `${appOrigin} to its ${endpoint} endpoint: register this origin as an allowed web origin (CORS) for the client. ` +
        'Some providers never allow it at the token endpoint; see docs/real-providers.md.' + proxyHint,
    };
  }
  return {
    error: 'network_error',
    description:
      `No answer from ${url} (the ${endpoint} endpoint): not even to a request the browser makes without CORS, so this is ` +
      'not a CORS refusal. The provider is down, the address is wrong, or the connection failed (DNS, TLS certificate, mixed content).',
  };
}
