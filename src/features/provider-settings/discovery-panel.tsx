import type { UseQueryResult } from '@tanstack/react-query';
import type { DiscoveryResult } from '../../lib/discovery';
import { TEST_IDS } from '../../test-ids';

const ENDPOINTS = ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'jwks_uri', 'end_session_endpoint', 'introspection_endpoint'] as const;

/** What the provider's discovery document says, or why it could not be read. */
export function DiscoveryPanel({ query }: { query: UseQueryResult<DiscoveryResult> }) {
  if (query.isFetching) return <p role="status" data-testid={TEST_IDS.discoveryStatus} data-status="loading">Fetching the discovery document…</p>;
  if (!query.data) return null;
  if (query.data.outcome === 'failed') {
    return <p role="alert" className="blocking" data-testid={TEST_IDS.discoveryStatus} data-status="error">{query.data.message}</p>;
  }
  const doc = query.data.document;
  const list = (values: readonly string[] | undefined) => (values ? values.join(' ') : 'not published');
  return (
    <div className="discovery" data-testid={TEST_IDS.discoveryStatus} data-status="ok" role="region" aria-label="Discovery document">
      <p className="status status-valid">Discovery document read; issuer matches.</p>
      <dl>
        {ENDPOINTS.map((name) => (
          <div key={name}><dt><code>{name}</code></dt><dd>{doc[name] ?? 'not published'}</dd></div>
        ))}
        <div><dt><code>scopes_supported</code></dt><dd>{list(doc.scopes_supported)}</dd></div>
        <div><dt><code>claims_supported</code></dt><dd>{list(doc.claims_supported)}</dd></div>
        <div><dt><code>claims_parameter_supported</code></dt><dd>{String(doc.claims_parameter_supported ?? false)}</dd></div>
        <div><dt><code>id_token_signing_alg_values_supported</code></dt><dd>{list(doc.id_token_signing_alg_values_supported)}</dd></div>
        <div><dt><code>code_challenge_methods_supported</code></dt><dd>{list(doc.code_challenge_methods_supported)}</dd></div>
      </dl>
    </div>
  );
}
