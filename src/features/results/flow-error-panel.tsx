import { Panel } from '../../components/panel';
import type { FlowRun } from '../../lib/flow-run';
import { TEST_IDS } from '../../test-ids';

const ERROR_HINTS: Record<string, string> = {
  access_denied: 'The user (or the provider on their behalf) refused the request. Nothing was issued.',
  login_required: 'prompt=none was sent but there is no sign-in session at the provider.',
  invalid_scope: 'The provider refused a requested scope. Check the scopes, and that openid is among them.',
  invalid_request: 'The provider found the request malformed; its description says which parameter.',
  invalid_grant: 'The code, its PKCE verifier or its redirect URI was refused at the token endpoint.',
  unsupported_response_type: 'The provider does not support this response_type for this client.',
};

export function FlowErrorPanel({ run }: { run: Extract<FlowRun, { outcome: 'failed' }> }) {
  const { failure } = run;
  return (
    <Panel title="The sign-in did not complete" id="flow-error">
      <p className="error-line" data-testid={TEST_IDS.flowError} role="alert">
        <code>{failure.error}</code>
        {failure.description && <> — {failure.description}</>}
      </p>
      <p>{ERROR_HINTS[failure.error] ?? `The flow stopped at the ${failure.stage} step.`}</p>
      <p className="muted small">Reported at the {failure.stage} step. Your composed request is unchanged on the compose screen.</p>
    </Panel>
  );
}
