import { useQuery } from '@tanstack/react-query';
import { devProxyOfferedQuery } from '../../lib/dev-proxy';
import { setDevProxyChoice, useDevProxyChoice } from '../../state/dev-proxy-choice';
import { TEST_IDS } from '../../test-ids';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { DevProxyHosts } from './dev-proxy-hosts';

/**
 * The opt-in for the dev server's local proxy (scripts/dev-proxy-plugin.ts), shown only when the page
 * is served by `npm start` and the dev server says it offers the proxy.
 */
export function DevProxyOption({ issuer, discovery }: { issuer: string; discovery: DiscoveryDocument | undefined }) {
  const offered = useQuery(devProxyOfferedQuery());
  const chosen = useDevProxyChoice();
  if (offered.data !== true) return null;
  return (
    <div className="field dev-proxy-option">
      <label>
        <input type="checkbox" checked={chosen} onChange={(e) => setDevProxyChoice(e.target.checked)} data-testid={TEST_IDS.devProxyOptIn} aria-describedby="dev-proxy-hint" />{' '}
        Send the token, userinfo and introspection calls through the dev server’s local proxy
      </label>
      <p className="muted small" id="dev-proxy-hint">
        For a provider that sends no CORS headers on those endpoints. The proxy runs in <code>npm start</code> only, answers this
        machine only, and forwards only the token, userinfo, introspection and revocation endpoints of this issuer’s own discovery
        document. Discovery, the JWKS and the sign-in itself still go from the browser to the provider. The results mark every call
        that went through it.
      </p>
      {chosen && discovery && <DevProxyHosts issuer={issuer} discovery={discovery} />}
    </div>
  );
}
