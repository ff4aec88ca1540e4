import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { TEST_IDS } from '../../test-ids';
import { takeAutologin } from '../../lib/autologin';
import { ensureMockProvider } from '../../lib/mock-provider';
import { goTo } from '../../lib/navigation';
import { canChooseUser, switchUser } from '../../lib/prepared-user-sign-in';
import { loginPageReasonText } from '../../domain/messages';
import { findPreparedUser, type PreparedUserName } from '../../domain/mock/prepared-users';
import { UserChoice } from './user-choice';
import { ProviderFrame, providerLookQuery } from './provider-frame';
import { queryClient, queryKeys } from '../../lib/query-client';

function authorizeCheckQuery(search: string) {
  return {
    queryKey: queryKeys.authorizeCheck(search),
    queryFn: async () => {
      const provider = await ensureMockProvider();
      return { provider, check: provider.checkAuthorize(new URLSearchParams(search)) };
    },
  };
}

/** Starts the provider and checks the request before the page shows, so it never flashes a pending state. */
export async function mockLoginLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const { search } = new URL(request.url);
  await Promise.all([queryClient.prefetchQuery(authorizeCheckQuery(search)), queryClient.prefetchQuery(providerLookQuery(search))]);
  return null;
}

/** The mock provider's hosted login page: sign in as the configured user, or deny. */
export function MockLoginPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const check = useQuery(authorizeCheckQuery(search));
  const [busy, setBusy] = useState(false);
  const [user, setUser] = useState<PreparedUserName | ''>('');
  const autologinDone = useRef(false);
  const firstField = useRef<HTMLInputElement>(null);
  useDocumentTitle('Sign in', 'Mock Identity Provider');

  const decide = async (decision: 'approve' | 'deny' | 'continue') => {
    if (!check.data) return;
    setBusy(true);
    const params = new URLSearchParams(search);
    const { provider } = check.data;
    const prepared = decision === 'approve' ? findPreparedUser(user) : undefined;
    if (prepared) switchUser(params.get('state') ?? '', prepared.profile, provider);
    const result =
      decision === 'approve' ? provider.approve(params) : decision === 'deny' ? provider.deny(params) : provider.continueSession(params);
    if ('location' in result) goTo(result.location, navigate, { replace: true });
    else setBusy(false);
  };

  const outcome = check.data?.check.outcome;
  // A provider's login page starts in its first field, as people expect of a sign-in form.
  useEffect(() => {
    if (outcome === 'login') firstField.current?.focus();
  }, [outcome]);
  useEffect(() => {
    if (!check.data || autologinDone.current) return;
    const current = check.data.check;
    // An error for the client, or an existing SSO session, goes straight back without the login page.
    if (current.outcome === 'redirect-error') goTo(current.location, navigate, { replace: true });
    if (current.outcome === 'session' || (current.outcome === 'login' && takeAutologin())) {
      autologinDone.current = true;
      const params = new URLSearchParams(search);
      const result = current.outcome === 'session' ? check.data.provider.continueSession(params) : check.data.provider.approve(params);
      if ('location' in result) goTo(result.location, navigate, { replace: true });
    }
  }, [outcome, check.data, navigate, search]);

  if (check.isPending) return <ProviderFrame><p role="status">Contacting the sign-in service…</p></ProviderFrame>;
  if (check.isError) {
    return (
      <ProviderFrame>
        <p role="alert">The mock provider could not start: {String(check.error)}. Reload the page to try again.</p>
      </ProviderFrame>
    );
  }
  const result = check.data.check;
  if (result.outcome === 'error-page') {
    return (
      <ProviderFrame>
        <h1>Sign-in request rejected</h1>
        <p data-testid={TEST_IDS.flowError} role="alert">
          <code>{result.error}</code>: {result.description}
        </p>
        <p className="muted">The provider shows this page instead of redirecting, because it cannot trust where the request asked to be sent back.</p>
      </ProviderFrame>
    );
  }
  if (result.outcome === 'redirect-error') return <ProviderFrame><p role="status">Returning the error to the application…</p></ProviderFrame>;
  if (result.outcome === 'session') {
    return <ProviderFrame><p role="status">You are already signed in: continuing your session…</p></ProviderFrame>;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void decide('approve');
  };
  return (
    <ProviderFrame>
      <h1>Sign in</h1>
      {result.reason !== 'no-session' && <p className="notice">{loginPageReasonText(result.reason)}</p>}
      <p className="muted">
        <strong>{result.request.clientId}</strong> asks for: {result.request.scopes.join(', ')}
      </p>
      <form onSubmit={onSubmit} className="login-form">
        {canChooseUser(new URLSearchParams(search).get('state')) && <UserChoice value={user} onChange={setUser} />}
        <label>
          Email
          <input ref={firstField} name="email" type="email" autoComplete="username" defaultValue={result.request.loginHint ?? 'karim.nafir@mail.com'} />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" defaultValue="mock-password" />
        </label>
        <p className="muted small">Any password works: this is the built-in mock provider.</p>
        <div className="row">
          <button type="submit" className="primary" data-testid={TEST_IDS.mockLoginSubmit} disabled={busy}>Sign in</button>
          <button type="button" data-testid={TEST_IDS.mockLoginDeny} disabled={busy} onClick={() => void decide('deny')}>Deny</button>
        </div>
      </form>
    </ProviderFrame>
  );
}
