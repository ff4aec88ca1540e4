import type { ProxyRefusal } from '../provider/dev-proxy.ts';

/** Why the dev-server proxy refused a call, in a sentence that says what to do (src/domain/provider/dev-proxy.ts). */
export function proxyRefusalText(reason: ProxyRefusal, detail: string): string {
  switch (reason) {
    case 'issuer-url':
      return `The local proxy refused the call: the issuer is not one it forwards for. ${detail}`;
    case 'target-url':
      return `The local proxy refused the call: ${detail}`;
    case 'issuer-mismatch':
      return `The local proxy refused the call: the issuer's discovery document says its issuer is "${detail}", not the issuer asked for. Use exactly that issuer URL.`;
    case 'not-an-endpoint':
      return `The local proxy refused to forward to ${detail}: it forwards only the token, userinfo, introspection and revocation endpoints that the chosen issuer's discovery document names. It is not an open proxy.`;
    case 'unconfirmed-host':
      return `The local proxy refused to forward to ${detail}: that endpoint is on another host than the issuer, and the proxy forwards there only after you confirm it. Press "Fetch discovery", check the hosts listed under the local proxy option, and start again.`;
    case 'method':
      return `The local proxy refused ${detail}: that endpoint is not called with this method.`;
    case 'not-loopback':
      return `The local proxy answers this machine only (loopback), not ${detail}. Open the playground at http://127.0.0.1 or http://localhost.`;
    case 'missing-header':
      return `The local proxy answers the playground only: the request lacks its ${detail} header.`;
    case 'foreign-origin':
      return `The local proxy answers pages of the playground on this machine only, not ${detail}.`;
  }
}

/** Above the list of hosts, other than the issuer's, that the proxied endpoints are on. */
export function devProxyHostsText(issuerHost: string): string {
  return `This discovery document sends some of the proxied calls to hosts other than the issuer's (${issuerHost}). The local proxy forwards to them only if you confirm them: check that they belong to this provider.`;
}
