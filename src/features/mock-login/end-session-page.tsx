import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ensureMockProvider } from '../../lib/mock-provider';
import { goTo } from '../../lib/navigation';
import { queryKeys } from '../../lib/query-client';
import { useDocumentTitle } from '../../components/use-document-title';
import { TEST_IDS } from '../../test-ids';
import { ProviderFrame } from './mock-login-page';

/** The mock provider's end-session endpoint (RP-initiated logout): a page, like authorize. */
export function EndSessionPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useDocumentTitle('Sign out', 'Mock Identity Provider');
  const result = useQuery({
    queryKey: queryKeys.endSession(search),
    queryFn: async () => (await ensureMockProvider()).endSession(new URLSearchParams(search)),
  });
  const location = result.data?.outcome === 'signed-out' ? result.data.location : undefined;
  useEffect(() => {
    if (location) goTo(location, navigate, { replace: true });
  }, [location, navigate]);

  if (result.isPending || location) return <ProviderFrame><p role="status">Signing you out…</p></ProviderFrame>;
  if (result.isError) return <ProviderFrame><p role="alert">The mock provider could not start: {String(result.error)}</p></ProviderFrame>;
  if (result.data.outcome === 'error-page') {
    return (
      <ProviderFrame>
        <h1>Sign-out request rejected</h1>
        <p role="alert" data-testid={TEST_IDS.flowError}><code>{result.data.error}</code>: {result.data.description}</p>
      </ProviderFrame>
    );
  }
  return (
    <ProviderFrame>
      <h1>You are signed out</h1>
      <p>The provider’s session has ended. <Link to="/">Back to the playground</Link>.</p>
    </ProviderFrame>
  );
}
