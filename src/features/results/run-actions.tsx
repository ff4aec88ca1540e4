import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { JsonView } from '../../components/json-view';
import { Panel } from '../../components/panel';
import { goTo } from '../../lib/navigation';
import { isMockIssuer } from '../../domain/composed-request';
import { explainRefreshToken } from '../../domain/refresh-token-rule';
import { splitScopes } from '../../domain/scope-list';
import type { CompletedRun } from '../../domain/flow-run';
import { TEST_IDS } from '../../test-ids';
import { ClientSecretField } from '../../components/client-secret-field';
import { sendsSecret } from '../../domain/client-authentication';

const loadActions = () => import('../../lib/run-actions');

/** What a person can do with the tokens of a run: refresh them, introspect the access token, sign out. */
export function RunActions({ run, onRefreshed }: { run: CompletedRun; onRefreshed: (run: CompletedRun) => void }) {
  const navigate = useNavigate();
  const refresh = useMutation({ mutationFn: async () => (await loadActions()).refreshRun(run), onSuccess: onRefreshed });
  const introspect = useMutation({ mutationFn: async () => (await loadActions()).introspectAccessToken(run) });
  const signOut = useMutation({
    mutationFn: async () => goTo(await (await loadActions()).signOutUrl(run), navigate),
  });
  const hasRefreshToken = typeof run.tokenResponse.refresh_token === 'string';
  return (
    <Panel title="Use the tokens" id="run-actions">
      <div className="row wrap">
        <button type="button" onClick={() => refresh.mutate()} disabled={!hasRefreshToken || refresh.isPending}>
          {refresh.isPending ? 'Refreshing…' : 'Refresh tokens'}
        </button>
        <button type="button" onClick={() => introspect.mutate()} disabled={introspect.isPending}>
          Introspect access token
        </button>
        <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out at the provider
        </button>
      </div>
      {run.clientAuthentication && sendsSecret(run.clientAuthentication) && (
        <ClientSecretField
          issuer={run.issuer}
          clientId={run.request.clientId}
          expected
          label={`Client secret (${run.clientAuthentication}, for refresh and introspection)`}
        />
      )}
      {!hasRefreshToken && <p className="muted small">The token response had no refresh_token, so there is nothing to refresh.</p>}
      {isMockIssuer(run.request.issuer) && (
        <p className="small" data-testid={TEST_IDS.refreshTokenRule}>
          {
            explainRefreshToken({
              profile: run.request.mock.behaviour,
              requestedScopes: run.requestedScopes,
              allowedScopes: run.request.mock.allowedScopes,
              prompt: splitScopes(run.request.prompt),
              refreshTokenReturned: hasRefreshToken,
            }).sentence
          }
        </p>
      )}
      {(run.refreshCount ?? 0) > 0 && (
        <p role="status" className="small" data-testid={TEST_IDS.refreshStatus}>
          Tokens refreshed {run.refreshCount} time{run.refreshCount === 1 ? '' : 's'}; the panels below show the newest token response.
        </p>
      )}
      {[refresh, introspect, signOut].map((action, index) =>
        action.isError ? (
          <p key={index} role="alert" className="blocking">{action.error instanceof Error ? action.error.message : String(action.error)}</p>
        ) : null,
      )}
      {introspect.data !== undefined && <JsonView label="Introspection response" value={introspect.data} testId={TEST_IDS.introspectionResponse} />}
    </Panel>
  );
}
