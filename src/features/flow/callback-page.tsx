import { useQuery } from '@tanstack/react-query';
import { ScreenHeading } from '../../components/screen-heading';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ClientSecretField } from '../../components/client-secret-field';
import { CLIENT_SECRET_NEEDED_AT_CALLBACK } from '../../domain/messages';
import { saveLastRun } from '../../lib/run-store';
import { queryKeys } from '../../lib/query-client';
import { completeSignIn, secretNeededAtCallback } from '../../lib/sign-in';
import { useClientSecret } from '../../state/client-secret-store';
import { TEST_IDS } from '../../test-ids';

/**
 * The redirect URI. The code exchange runs as a query keyed by the callback URL: React
 * StrictMode mounts twice and a bare effect would spend the one-time code twice.
 *
 * A confidential client's secret lives in memory only, and the provider's sign-in was a full page
 * load away and back: the secret is asked for here, before the code is redeemed
 * (docs/real-providers.md, "Confidential clients").
 */
export function CallbackPage() {
  const navigate = useNavigate();
  const [url] = useState(() => window.location.href);
  const [needs] = useState(() => secretNeededAtCallback(url));
  const secret = useClientSecret(needs?.issuer ?? '', needs?.clientId ?? '');
  const [redeem, setRedeem] = useState(needs === undefined);
  const run = useQuery({
    queryKey: queryKeys.callback(url),
    queryFn: () => completeSignIn(url),
    gcTime: Infinity,
    enabled: redeem,
  });

  useEffect(() => {
    if (run.data) {
      saveLastRun(run.data);
      void navigate('/results', { replace: true });
    }
  }, [run.data, navigate]);

  if (run.isError) {
    return (
      <section className="panel">
        <ScreenHeading title="Could not finish the sign-in" />
        <p role="alert" data-testid={TEST_IDS.flowError}>
          <code>invalid_callback</code>: {run.error instanceof Error ? run.error.message : String(run.error)}
        </p>
        <p>
          Your composed request is kept. <Link to="/">Back to compose</Link> and start again.
        </p>
      </section>
    );
  }
  if (needs && !redeem) {
    return (
      <section className="panel">
        <ScreenHeading title="Client secret needed" />
        <p>{CLIENT_SECRET_NEEDED_AT_CALLBACK}</p>
        <p className="muted small">
          Client <code>{needs.clientId}</code> at <code>{needs.issuer}</code>, authenticating with <code>{needs.method}</code>.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (secret !== undefined) setRedeem(true);
          }}
        >
          <ClientSecretField issuer={needs.issuer} clientId={needs.clientId} expected={false} />
          <button type="submit" className="primary" data-testid={TEST_IDS.redeemCode} disabled={secret === undefined}>
            Redeem the code
          </button>
        </form>
      </section>
    );
  }
  return (
    <section className="panel" aria-busy="true">
      <ScreenHeading title="Finishing sign-in…" />
      <p role="status">Exchanging the code for tokens, reading userinfo and checking the id_token signature.</p>
    </section>
  );
}
