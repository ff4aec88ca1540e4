import { ROUTES } from '../../domain/site/routes';
import { useNavigate } from 'react-router';
import { inspectState } from '../../domain/tokens/inspect-handoff';
import { nowFor } from '../../domain/request/run-clock';
import type { FlowRun } from '../../domain/flow/flow-run';

/** Opens the run's id_token on /inspect, handed over in navigation state: never in the URL. */
export function InspectButton({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const navigate = useNavigate();
  const idToken = run.tokenResponse.id_token;
  if (typeof idToken !== 'string') return null;
  const open = () =>
    navigate(ROUTES.inspect, {
      state: inspectState({
        token: idToken,
        ...(run.userinfo === undefined ? {} : { userinfoText: JSON.stringify(run.userinfo, null, 2) }),
        scope: typeof run.tokenResponse.scope === 'string' ? run.tokenResponse.scope : run.requestedScopes.join(' '),
        claimsText: run.request.claimsText,
        audience: run.request.clientId,
        now: new Date(nowFor(run.request)).toISOString(),
      }),
    });
  return (
    <button type="button" className="copy-button" onClick={() => void open()}>
      Inspect
    </button>
  );
}
