import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { TEST_IDS } from '../../test-ids';
import { takeAutologin } from '../../lib/autologin';
import { ensureMockProvider } from '../../lib/mock-provider';
import { goTo } from '../../lib/navigation';
import { canChooseUser, switchUser } from '../../lib/prepared-user-sign-in';
import { composedUserLabel, loginPageReasonText } from '../../domain/messages';
import { BEHAVIOUR_PROFILES } from '../../domain/mock/behaviour-profile';
import { findLoginUser, initialLoginUser, loginUsers, selectByHint, type LoginUser } from '../../domain/mock/login-user-choice';
import { LoginForm } from './login-form';
import { SignInGone } from './sign-in-gone';
import { StorageFailureNotice } from '../../components/storage-failure-notice';
import { StorageWriteError, writingTo } from '../../lib/storage-failure';
import { ProviderFrame, providerLookQuery } from './provider-frame';
import { queryClient, queryKeys } from '../../lib/query-client';
import { noteAtProvider } from '../../state/run-so-far-store';

function authorizeCheckQuery(search: string) {
  return {
    queryKey: queryKeys.authorizeCheck(search),
    queryFn: async () => {
      const provider = await ensureMockProvider();
      const params = new URLSearchParams(search);
      const state = params.get('state');
      const check = provider.checkAuthorize(params);
      // A sign-in the provider already answered (a reload right after Sign in) says so instead.
      const completed = state !== null && provider.launchStatus(state) === 'completed';
      // Read once with the check: who the page offers, and under which profile it answers (the launch's own).
      const { behaviour, user } = provider.loginPageContext(state);
      const users = loginUsers(user, composedUserLabel);
      const canChoose = canChooseUser(state);
      const hintText = check.outcome === 'login' ? check.request.loginHint : undefined;
      const start = initialLoginUser(selectByHint(hintText, users), canChoose, hintText);
      return { provider, check, completed, users, canChoose, start, profileLabel: BEHAVIOUR_PROFILES[behaviour].label };
    },
  };
}

/** Starts the provider and checks the request before the page shows, so it never flashes a pending state. */
export async function mockLoginLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const { search } = new URL(request.url);
  await Promise.all([queryClient.prefetchQuery(authorizeCheckQuery(search)), queryClient.prefetchQuery(providerLookQuery(search))]);
  return null;
}

/** The mock provider's hosted login page: sign in as the composed user or a prepared one, or deny. */
export function MockLoginPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const check = useQuery(authorizeCheckQuery(search));
  const autologinDone = useRef(false);
  const firstField = useRef<HTMLInputElement>(null);
  useDocumentTitle('Sign in', 'Mock Identity Provider');

  // One decision at a time; its error (storage full, say) is shown on the page.
  const decision = useMutation({
    mutationFn: async ({ choice, user }: { choice: 'approve' | 'deny' | 'continue'; user?: LoginUser }) => {
      if (!check.data) return;
      const params = new URLSearchParams(search);
      const { provider } = check.data;
      // Another user than the composed one: the launch and the launched run are switched to it first.
      if (choice === 'approve' && user && user.key !== 'composed') switchUser(params.get('state') ?? '', user.profile, provider);
      // The presenter's caption names whom the provider signs in.
      if (choice === 'approve' && user) noteAtProvider(params.get('state'), { user: user.name });
      // The provider saves the session and the code in local storage, which can be full.
      const result = writingTo('local', 'mock-provider', () =>
        choice === 'approve' ? provider.approve(params) : choice === 'deny' ? provider.deny(params) : provider.continueSession(params),
      );
      if ('location' in result) goTo(result.location, navigate, { replace: true });
    },
  });
  const decide = decision.mutate;
  // After a decision the page is leaving: the app's callback may take seconds (a slow JWKS) while this page
  // still shows, and a second click would spend a second code. The buttons stay disabled until then.
  const busy = decision.isPending || decision.isSuccess;
  const storageFailure = decision.error instanceof StorageWriteError ? decision.error : undefined;

  const outcome = check.data?.check.outcome;
  // The sign-in in progress is at the provider now: a login page asks its first user to sign in; a session asks nobody.
  const firstUser = check.data ? findLoginUser(check.data.users, check.data.start.key).name : undefined;
  useEffect(() => {
    if (outcome === 'login' || outcome === 'session') noteAtProvider(new URLSearchParams(search).get('state'), outcome === 'login' ? { user: firstUser } : undefined);
  }, [outcome, firstUser, search]);
  // A provider's login page starts in its first field, as people expect of a sign-in form.
  useEffect(() => {
    if (outcome === 'login') firstField.current?.focus();
  }, [outcome]);
  useEffect(() => {
    if (!check.data || autologinDone.current || check.data.completed) return;
    const { check: current, users, start } = check.data;
    // An error for the client, or an existing SSO session, goes straight back without the login page.
    if (current.outcome === 'redirect-error') goTo(current.location, navigate, { replace: true });
    if (current.outcome === 'session' || (current.outcome === 'login' && takeAutologin())) {
      autologinDone.current = true;
      // Autologin signs in whom the page would have offered first: login_hint's user, if it names one.
      decide(current.outcome === 'session' ? { choice: 'continue' } : { choice: 'approve', user: findLoginUser(users, start.key) });
    }
  }, [outcome, check.data, navigate, decide]);

  if (check.isPending) return <ProviderFrame><p role="status">Contacting the sign-in service…</p></ProviderFrame>;
  if (check.isError) {
    return (
      <ProviderFrame>
        <p role="alert">The mock provider could not start: {String(check.error)}. Reload the page to try again.</p>
      </ProviderFrame>
    );
  }
  if (check.data.completed) return <ProviderFrame profileLabel={check.data.profileLabel}><SignInGone /></ProviderFrame>;
  const result = check.data.check;
  const profileLabel = check.data.profileLabel;
  const failureNotice = storageFailure ? (
    <StorageFailureNotice message={storageFailure.message} offerClearing={storageFailure.fault === 'full'} />
  ) : decision.error ? (
    <p role="alert" className="blocking">{decision.error.message}</p>
  ) : undefined;
  if (result.outcome === 'error-page') {
    return (
      <ProviderFrame profileLabel={profileLabel}>
        <h1>Sign-in request rejected</h1>
        <p data-testid={TEST_IDS.flowError} role="alert">
          <code>{result.error}</code>: {result.description}
        </p>
        <p className="muted">The provider shows this page instead of redirecting, because it cannot trust where the request asked to be sent back.</p>
      </ProviderFrame>
    );
  }
  if (result.outcome === 'redirect-error') return <ProviderFrame profileLabel={profileLabel}><p role="status">Returning the error to the application…</p></ProviderFrame>;
  if (result.outcome === 'session') {
    return <ProviderFrame profileLabel={profileLabel}>{failureNotice ?? <p role="status">You are already signed in: continuing your session…</p>}</ProviderFrame>;
  }

  const { users, canChoose, start } = check.data;
  return (
    <ProviderFrame profileLabel={profileLabel} clientId={result.request.clientId}>
      <h1>Sign in</h1>
      {failureNotice}
      {result.reason !== 'no-session' && <p className="notice">{loginPageReasonText(result.reason)}</p>}
      <p className="muted">
        <strong>{result.request.clientId}</strong> asks for: {result.request.scopes.join(', ')}
      </p>
      <LoginForm
        users={users}
        initial={start.key}
        hint={start.note}
        canChoose={canChoose}
        busy={busy}
        emailRef={firstField}
        onSignIn={(user) => decide({ choice: 'approve', user })}
        onDeny={() => decide({ choice: 'deny' })}
      />
    </ProviderFrame>
  );
}
