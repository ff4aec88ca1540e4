import { Panel } from '../../components/panel';
import { authorizeParameters } from '../../domain/request/authorize-preview';
import { isMockIssuer, type ComposedRequest } from '../../domain/request/composed-request';
import { mockIssuerUrl } from '../../lib/mock-provider';
import { redirectUri } from '../../lib/redirect-uri';
import { TEST_IDS } from '../../test-ids';

/** The authorize request as it will be sent, one parameter per line (values shown decoded). */
export function AuthorizePreview({ request }: { request: ComposedRequest }) {
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
