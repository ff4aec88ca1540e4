import { useQuery } from '@tanstack/react-query';
import { ScreenHeading } from '../../components/screen-heading';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { saveLastRun } from '../../lib/run-store';
import { queryKeys } from '../../lib/query-client';
import { completeSignIn } from '../../lib/sign-in';
import { TEST_IDS } from '../../test-ids';

/**
 * The redirect URI. The code exchange runs as a query keyed by the callback URL: React
 * StrictMode mounts twice and a bare effect would spend the one-time code twice.
 */
export function CallbackPage() {
  const navigate = useNavigate();
  const url = window.location.href;
  const run = useQuery({
    queryKey: queryKeys.callback(url),
    queryFn: () => completeSignIn(url),
    gcTime: Infinity,
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
  return (
    <section className="panel" aria-busy="true">
      <ScreenHeading title="Finishing sign-in…" />
      <p role="status">Exchanging the code for tokens, reading userinfo and checking the id_token signature.</p>
    </section>
  );
}
