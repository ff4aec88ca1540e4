import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { JsonView } from '../../components/json-view';
import { Panel } from '../../components/panel';
import { goTo } from '../../lib/navigation';
import { isMockIssuer } from '../../domain/request/composed-request';
import { explainRefreshToken } from '../../domain/mock/refresh-token-rule';
import { refreshTokenText } from '../../domain/messages';
import { splitScopes } from '../../domain/scopes-and-claims/scope-list';
import type { CompletedRun } from '../../domain/flow/flow-run';
import { TEST_IDS } from '../../test-ids';
import { ClientSecretField } from '../../components/client-secret-field';
import { sendsSecret } from '../../domain/provider/client-authentication';

const loadActions = () => import('../../lib/run-actions');

/** What a person can do with the tokens of a run: refresh them, introspect or revoke the access token, sign out. */
export function RunActions({ run, onRunChanged }: { run: CompletedRun; onRunChanged: (run: CompletedRun) => void }) {
  const navigate = useNavigate();
  // A failed action's calls are kept in the run all the same, so the sequence diagram shows them.
  const keepRecordedCalls = (error: Error) => {
    if ('run' in error) onRunChanged((error as Error & { run: CompletedRun }).run);
  };
  const refresh = useMutation({ mutationFn: async () => (await loadActions()).refreshRun(run), onSuccess: onRunChanged });
  const introspect = useMutation({
    mutationFn: async () => (await loadActions()).introspectAccessToken(run),
    // The call is kept in the run either way, so the sequence diagram shows it under "Introspect".
    onSuccess: (result) => onRunChanged(result.run),
    onError: keepRecordedCalls,
  });
  const revoke = useMutation({
    mutationFn: async () => (await loadActions()).revokeAccessToken(run),
    onSuccess: onRunChanged,
    onError: keepRecordedCalls,
  });
  const signOut = useMutation({
    mutationFn: async () => goTo(await (await loadActions()).signOutUrl(run), navigate),
  });
  const hasRefreshToken = typeof run.tokenResponse.refresh_token === 'string';
  // RFC 6749 §4.4: a client credentials run signed no user in, so there is no session to end; on the
  // mock its confidential client's secret is published, so nothing is asked for.
  const clientCredentials = run.grant === 'client_credentials';
  const asksForSecret = run.clientAuthentication !== undefined && sendsSecret(run.clientAuthentication) && !(clientCredentials && isMockIssuer(run.request.issuer));
  return (
    <Panel title="Use the tokens" id="run-actions">
      <div className="row wrap">
        <button type="button" onClick={() => refresh.mutate()} disabled={!hasRefreshToken || refresh.isPending}>
          {refresh.isPending ? 'Refreshing…' : 'Refresh tokens'}
        </button>
        <button type="button" onClick={() => introspect.mutate()} disabled={introspect.isPending}>
          Introspect access token
        </button>
        {run.discovery.revocation_endpoint && (
          <button type="button" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
            Revoke access token
          </button>
        )}
        {!clientCredentials && (
          <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out at the provider
          </button>
        )}
      </div>
      {asksForSecret && run.clientAuthentication && (
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
          {refreshTokenText(
            explainRefreshToken({
              profile: run.request.mock.behaviour,
              requestedScopes: run.requestedScopes,
              allowedScopes: run.request.mock.allowedScopes,
              prompt: splitScopes(run.request.prompt),
              refreshTokenReturned: hasRefreshToken,
            }),
          )}
        </p>
      )}
      {(run.refreshCount ?? 0) > 0 && (
        <p role="status" className="small" data-testid={TEST_IDS.refreshStatus}>
          Tokens refreshed {run.refreshCount} time{run.refreshCount === 1 ? '' : 's'}; the panels below show the newest token response.
        </p>
      )}
      {revoke.isSuccess && (
        <p role="status" className="small">The provider accepted the revocation (RFC 7009 answers 200 even for an unknown token): introspect to see the access token is no longer active.</p>
      )}
      {[refresh, introspect, revoke, signOut].map((action, index) =>
        action.isError ? (
          <p key={index} role="alert" className="blocking">{action.error instanceof Error ? action.error.message : String(action.error)}</p>
        ) : null,
      )}
      {introspect.data !== undefined && <JsonView label="Introspection response" value={introspect.data.body} testId={TEST_IDS.introspectionResponse} />}
    </Panel>
  );
}
