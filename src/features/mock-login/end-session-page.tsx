import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ensureMockProvider } from '../../lib/mock-provider';
import { goTo } from '../../lib/navigation';
import { queryKeys } from '../../lib/query-client';
import { useDocumentTitle } from '../../components/use-document-title';
import { TEST_IDS } from '../../test-ids';
import { ProviderFrame, providerLookOf } from './provider-frame';

/** The mock provider's end-session endpoint (RP-initiated logout): a page, like authorize. */
export function EndSessionPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useDocumentTitle('Sign out', 'Mock Identity Provider');
  const result = useQuery({
    queryKey: queryKeys.endSession(search),
    queryFn: async () => (await ensureMockProvider()).endSession(new URLSearchParams(search)),
  });
  // RP-Initiated Logout 1.0 §2, §6: without a valid id_token_hint any page could sign the user
  // out, so the provider asks first. https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout
  const [answer, setAnswer] = useState<'yes' | 'no' | undefined>();
  const look = useQuery({ queryKey: queryKeys.providerLook(search), queryFn: () => providerLookOf(search) }).data;
  const confirmed = useQuery({
    queryKey: [...queryKeys.endSession(search), 'confirmed'],
    queryFn: async () => (await ensureMockProvider()).confirmEndSession(new URLSearchParams(search)),
    enabled: answer === 'yes',
  });
  const outcome = confirmed.data ?? result.data;
  const location = outcome?.outcome === 'signed-out' ? outcome.location : undefined;
  useEffect(() => {
    if (location) goTo(location, navigate, { replace: true });
  }, [location, navigate]);

  if (result.data?.outcome === 'confirm' && answer === undefined) {
    return (
      <ProviderFrame look={look}>
        <h1>Sign out of the mock provider?</h1>
        <p>An application asks to end your session here. It did not prove who it is (no valid id_token_hint), so the provider asks you first.</p>
        <p className="login-actions">
          <button type="button" onClick={() => setAnswer('yes')}>Yes, sign me out</button>
          <button type="button" className="secondary" onClick={() => setAnswer('no')}>No, stay signed in</button>
        </p>
      </ProviderFrame>
    );
  }
  if (answer === 'no') {
    return (
      <ProviderFrame look={look}>
        <h1>You are still signed in</h1>
        <p>The provider’s session goes on. <Link to="/">Back to the playground</Link>.</p>
      </ProviderFrame>
    );
  }
  if (result.isPending || location || (answer === 'yes' && confirmed.isPending)) return <ProviderFrame look={look}><p role="status">Signing you out…</p></ProviderFrame>;
  if (result.isError) return <ProviderFrame look={look}><p role="alert">The mock provider could not start: {String(result.error)}</p></ProviderFrame>;
  if (outcome?.outcome === 'error-page') {
    return (
      <ProviderFrame look={look}>
        <h1>Sign-out request rejected</h1>
        <p role="alert" data-testid={TEST_IDS.flowError}><code>{outcome.error}</code>: {outcome.description}</p>
      </ProviderFrame>
    );
  }
  return (
    <ProviderFrame look={look}>
      <h1>You are signed out</h1>
      <p>The provider’s session has ended. <Link to="/">Back to the playground</Link>.</p>
    </ProviderFrame>
  );
}
