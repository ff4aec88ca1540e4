import { useQuery } from '@tanstack/react-query';
import { JsonView } from '../../components/json-view';
import { Panel } from '../../components/panel';
import { accessTokenExplanationOf } from '../../domain/explain/run-access-token-explanation';
import type { FlowRun, SignatureStatus } from '../../domain/flow/flow-run';
import { queryKeys } from '../../lib/query-client';
import { verifySignature } from '../../domain/flow/verify-id-token';
import { TEST_IDS } from '../../test-ids';
import { accessTokenFactText } from '../../domain/messages';

const SIGNATURE: Record<SignatureStatus['status'], string> = {
  valid: 'Its signature verifies against the provider’s JWKS.',
  invalid: 'Its signature does NOT verify against the provider’s JWKS.',
  unverified: 'Its signature could not be checked with the provider’s JWKS (another key, a secret, or no key published for it).',
};

/** The access token: opaque, or a JWT decoded with what it says about scopes and audience. Renders facts only. */
export function AccessTokenPanel({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const explanation = accessTokenExplanationOf(run);
  const token = typeof run.tokenResponse.access_token === 'string' ? run.tokenResponse.access_token : '';
  const signature = useQuery({
    queryKey: queryKeys.accessTokenSignature(token),
    queryFn: () => verifySignature(token, run.jwks),
    enabled: explanation?.decoded !== undefined,
  });
  if (!explanation) return null;
  return (
    <Panel title="Access token: what it says about scopes and audience" id="access-token">
      <ul className="access-token-facts">
        {explanation.facts.map((fact) => (
          <li key={fact.code} data-testid={TEST_IDS.accessTokenFact} data-code={fact.code}>{accessTokenFactText(fact)}</li>
        ))}
      </ul>
      {explanation.decoded && (
        <>
          {signature.data && (
            <p className={`status status-${signature.data.status}`} data-testid={TEST_IDS.accessTokenSignature} data-status={signature.data.status}>
              {SIGNATURE[signature.data.status]}
            </p>
          )}
          <JsonView label="Access token payload" value={explanation.decoded.payload} testId={TEST_IDS.accessTokenPayload} />
        </>
      )}
    </Panel>
  );
}
