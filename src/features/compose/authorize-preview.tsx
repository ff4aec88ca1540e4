import { Panel } from '../../components/panel';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { authorizeParameters } from '../../domain/request/authorize-preview';
import { isMockIssuer, type ComposedRequest } from '../../domain/request/composed-request';
import { launchGrantOf } from '../../domain/request/launch-grant';
import { mockIssuerUrl } from '../../lib/mock-provider';
import { redirectUri } from '../../lib/redirect-uri';
import { TEST_IDS } from '../../test-ids';
import { useClientCredentialsParts } from './use-client-credentials-parts';

/** What a launch will send: the authorize request, one parameter per line (values shown decoded), or with client credentials the token request. */
export function AuthorizePreview({ request, discovery }: { request: ComposedRequest; discovery?: DiscoveryDocument }) {
  // Loaded with the client credentials switch, not on the first route (npm run size).
  const clientCredentials = useClientCredentialsParts(request);
  if (launchGrantOf(request) === 'client_credentials') {
    return <Panel title="Token request" id="authorize-preview">{clientCredentials && <clientCredentials.TokenRequestPreview request={request} discovery={discovery} />}</Panel>;
  }
  const endpoint = isMockIssuer(request.issuer)
    ? `${mockIssuerUrl()}/authorize`
    : `${request.issuer.replace(/\/$/, '')}/… (authorization_endpoint from discovery)`;
  const parameters = authorizeParameters(request, redirectUri());
  return (
    <Panel title="Authorize request" id="authorize-preview">
      <pre className="authorize-url" data-testid={TEST_IDS.authorizeUrl} tabIndex={0} aria-label="Authorize request, one parameter per line">
        {endpoint}
        {parameters.map((p, index) => (
          <span key={p.name} className={p.generatedAtLaunch ? 'generated' : undefined}>
            {'\n  '}
            {index === 0 ? '?' : '&'}
            <span className="param-name">{p.name}</span>={p.value}
          </span>
        ))}
      </pre>
    </Panel>
  );
}
