import { useQuery } from '@tanstack/react-query';
import { ScreenHeading } from '../../components/screen-heading';
import { useEffect } from 'react';
import { Link, redirect, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ROUTES } from '../../domain/routes';
import { saveLastRun } from '../../lib/run-store';
import { queryClient, queryKeys } from '../../lib/query-client';
import { completeSignIn } from '../../lib/sign-in';
import { TEST_IDS } from '../../test-ids';
import type { FlowRun } from '../../domain/flow-run';
import { CallbackPending } from './callback-pending';

/**
 * The code exchange runs as a query keyed by the callback URL: React StrictMode mounts twice and
 * a bare effect would spend the one-time code twice. A failed exchange is never retried on mount:
 * the code is spent, and a second try would only hide the first error behind invalid_grant.
 */
function callbackQuery(url: string) {
  return { queryKey: queryKeys.callback(url), queryFn: () => completeSignIn(url), gcTime: Infinity, retryOnMount: false };
}

/**
 * Redeems the code before the screen shows: a completed run goes straight to the results, so the
 * flow never stops on a "finishing" screen; a failure renders this screen with its error.
 */
export async function callbackLoader({ request }: LoaderFunctionArgs): Promise<Response | CallbackLoaded> {
  const query = callbackQuery(request.url);
  await queryClient.prefetchQuery(query);
  const run = queryClient.getQueryData<FlowRun>(query.queryKey);
  if (run === undefined) return { url: request.url };
  saveLastRun(run);
  return redirect(ROUTES.results);
}

/** The callback URL the loader redeemed, so the screen reads that very query's outcome. */
interface CallbackLoaded {
  readonly url: string;
}

/** The redirect URI's screen: shown while a page load redeems the code, and when that fails. */
export function CallbackPage() {
  const navigate = useNavigate();
  const { url } = useLoaderData<CallbackLoaded>();
  const run = useQuery(callbackQuery(url));

  useEffect(() => {
    if (run.data) {
      saveLastRun(run.data);
      void navigate(ROUTES.results, { replace: true });
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
          Your composed request is kept. <Link to={ROUTES.compose}>Back to compose</Link> and start again.
        </p>
      </section>
    );
  }
  return <CallbackPending />;
}
