import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { foreignEndpointHosts } from '../../domain/provider/dev-proxy';
import { devProxyHostsText } from '../../domain/messages';
import { setConfirmedProxyHosts, useConfirmedProxyHosts } from '../../state/dev-proxy-choice';
import { TEST_IDS } from '../../test-ids';

/**
 * The hosts other than the issuer's that this discovery document sends the proxied calls to, and the
 * person's confirmation: the local proxy forwards to them only once confirmed (src/domain/provider/dev-proxy.ts).
 */
export function DevProxyHosts({ issuer, discovery }: { issuer: string; discovery: DiscoveryDocument }) {
  const confirmed = useConfirmedProxyHosts()[issuer] ?? [];
  const hosts = foreignEndpointHosts(issuer, discovery);
  if (hosts.length === 0) return null;
  const allConfirmed = hosts.every((host) => confirmed.includes(host));
  return (
    <div className="notice small" data-testid={TEST_IDS.devProxyHosts} data-confirmed={allConfirmed}>
      <p>{devProxyHostsText(new URL(issuer).host)}</p>
      <ul>
        {hosts.map((host) => (
          <li key={host}><code>{host}</code></li>
        ))}
      </ul>
      <label>
        <input type="checkbox" checked={allConfirmed} onChange={(e) => setConfirmedProxyHosts(issuer, e.target.checked ? hosts : [])} /> Let the
        local proxy forward to these hosts too
      </label>
    </div>
  );
}
