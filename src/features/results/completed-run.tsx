import { decodeJwt, decodeProtectedHeader } from 'jose';
import { useDeferredValue } from 'react';
import { JsonView } from '../../components/json-view';
import { Panel } from '../../components/panel';
import { maskJson } from '../../domain/flow/mask-secrets';
import type { FlowRun } from '../../domain/flow/flow-run';
import { useRevealed } from '../../state/reveal-secrets';
import { RevealSwitch } from './reveal-switch';
import { TEST_IDS } from '../../test-ids';
import { FlowErrorPanel } from './flow-error-panel';
import { InspectButton } from './inspect-button';
import { useLaterParts } from './later-panels';

type CompletedFlowRun = Extract<FlowRun, { outcome: 'completed' }>;

export function CompletedRun({ run, onRunChanged }: { run: CompletedFlowRun; onRunChanged: (run: CompletedFlowRun) => void }) {
  const idToken = typeof run.tokenResponse.id_token === 'string' ? run.tokenResponse.id_token : undefined;
  const decoded = idToken ? decodeIdToken(idToken) : undefined;
  const revealed = useRevealed();
  // The id_token payload first (issue 29): the first render holds it and its header only, and the
  // panels that compute explanations render right after, in the next pass, each as soon as its code
  // is loaded (later-panels.tsx: not compiled before the payload shows), all in one render.
  const deferred = useDeferredValue(true, false);
  const later = useLaterParts();
  const parts = deferred ? later : undefined;
  return (
    <div className="results-grid">
      {parts && <parts.ScopeTable run={run} />}
      {parts && <parts.RunClaimsTable run={run} />}
      {parts && <parts.SignaturePanel signature={run.signature} checks={run.checks} idToken={idToken} />}
      {parts && <parts.RunActions run={run} onRunChanged={onRunChanged} />}
      <Panel title="id_token header" id="id-token-header">
        <JsonView label="id_token header" value={decoded?.header} testId={TEST_IDS.idTokenHeader} />
      </Panel>
      <Panel title="id_token payload" id="id-token-payload" actions={<InspectButton run={run} />}>
        <JsonView label="id_token payload" value={decoded?.payload} testId={TEST_IDS.idTokenPayload} />
      </Panel>
      {!parts ? null : run.failure && run.userinfo === undefined ? (
        <FlowErrorPanel run={run} failure={run.failure} />
      ) : (
        <Panel title="Userinfo response" id="userinfo">
          <JsonView label="Userinfo response" value={run.userinfo} testId={TEST_IDS.userinfoResponse} />
        </Panel>
      )}
      {parts && run.failure && run.userinfo !== undefined && <FlowErrorPanel run={run} failure={run.failure} />}
      {parts && (
        <>
          <parts.AccessTokenPanel run={run} />
          <Panel title="Token response (raw)" id="token-response" actions={<RevealSwitch />}>
            <JsonView label="Token response" value={revealed ? run.tokenResponse : maskJson(run.tokenResponse)} testId={TEST_IDS.tokenResponse} />
          </Panel>
          <parts.TamperDemo run={run} />
          <parts.WireChangesPanel run={run} />
          {/* A client credentials run sent no authorize request (RFC 6749 §4.4). */}
          {run.authorizeUrl && (
            <Panel title="Authorize request sent" id="authorize-sent">
              <pre className="authorize-url" data-testid={TEST_IDS.authorizeUrl} tabIndex={0}>
                {formatUrl(run.authorizeUrl)}
              </pre>
            </Panel>
          )}
        </>
      )}
    </div>
  );
}

function decodeIdToken(idToken: string): { header: unknown; payload: unknown } | undefined {
  try {
    return { header: decodeProtectedHeader(idToken), payload: decodeJwt(idToken) };
  } catch {
    return undefined;
  }
}

function formatUrl(url: string): string {
  const parsed = new URL(url);
  const lines = [...parsed.searchParams].map(([name, value], i) => `  ${i === 0 ? '?' : '&'}${name}=${value}`);
  return [parsed.origin + parsed.pathname, ...lines].join('\n');
}
