import { useCallback, useEffect, useRef, useState } from 'react';
import { redirect, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { TEST_IDS } from '../../test-ids';
import { takeAutologin } from '../../lib/autologin';
import { ensureMockProvider } from '../../lib/mock-provider';
import { goTo, loaderRedirectPath, redirectingTo } from '../../lib/navigation';
import { canChooseUser, switchUser } from '../../lib/prepared-user-sign-in';
import { composedUserLabel, loginPageReasonText } from '../../domain/messages';
import { BEHAVIOUR_PROFILES } from '../../domain/mock/behaviour-profile';
import { findLoginUser, initialLoginUser, loginUsers, selectByHint, type LoginUser } from '../../domain/mock/login-user-choice';
import { LoginForm } from './login-form';
import { SignInGone } from './sign-in-gone';
import { StorageFailureNotice } from '../../components/storage-failure-notice';
import { StorageWriteError, writingTo } from '../../lib/storage-failure';
import { ProviderFrame, providerLookOf } from './provider-frame';
import type { ProviderLook } from '../../domain/mock/branding';
import { noteAtProvider } from '../../state/run-so-far-store';

async function authorizeCheck(search: string) {
  const provider = await ensureMockProvider();
  // RFC 9101 §6.3: with a request object, its verified parameters are the request (state included).
  const read = await provider.readRequestObject(new URLSearchParams(search));
  const params = read.outcome === 'params' ? read.params : new URLSearchParams(search);
  const state = params.get('state');
  const check = read.outcome === 'error-page' ? read : provider.checkAuthorize(params);
  // A sign-in the provider already answered (a reload right after Sign in) says so instead.
  const completed = state !== null && provider.launchStatus(state) === 'completed';
  // Read once with the check: who the page offers, and under which profile it answers (the launch's own).
  const { behaviour, user } = provider.loginPageContext(state);
  const users = loginUsers(user, composedUserLabel);
  const canChoose = canChooseUser(state);
  const hintText = check.outcome === 'login' ? check.request.loginHint : undefined;
  const start = initialLoginUser(selectByHint(hintText, users), canChoose, hintText);
  return { provider, params, check, completed, users, canChoose, start, profileLabel: BEHAVIOUR_PROFILES[behaviour].label };
}

type Checked = Awaited<ReturnType<typeof authorizeCheck>>;

/**
 * What the page shows, read once per visit by its loader; a provider that could not start says why.
 * `decided`: the loader made the page's decision already (below); `decisionError`, why it failed.
 */
type LoginPageData =
  | { readonly outcome: 'checked'; readonly data: Checked; readonly look: ProviderLook; readonly decided: boolean; readonly decisionError?: Error }
  | { readonly outcome: 'failed'; readonly error: unknown };

type ImmediateDecision = { readonly kind: 'redirect-error'; readonly location: string } | { readonly kind: 'decide'; readonly choice: 'approve' | 'continue'; readonly user?: LoginUser };

function immediateDecision(checked: Checked): ImmediateDecision | undefined {
  if (checked.completed) return undefined;
  const { check, users, start } = checked;
  if (check.outcome === 'redirect-error') return { kind: 'redirect-error', location: check.location };
  if (check.outcome === 'session') return { kind: 'decide', choice: 'continue' };
  // Autologin signs in whom the page would have offered first: login_hint's user, if it names one.
  if (check.outcome === 'login' && takeAutologin()) return { kind: 'decide', choice: 'approve', user: findLoginUser(users, start.key) };
  return undefined;
}

/** The provider's decision, as the page's buttons make it; returns where the browser goes next. */
function decideFor(checked: Checked, choice: 'approve' | 'deny' | 'continue', user?: LoginUser) {
  const { provider, params } = checked;
  // Another user than the composed one: the launch and the launched run are switched to it first.
  if (choice === 'approve' && user && user.key !== 'composed') switchUser(params.get('state') ?? '', user.profile, provider);
  // The presenter's caption names whom the provider signs in.
  if (choice === 'approve' && user) noteAtProvider(params.get('state'), { user: user.name });
  // The provider saves the session and the code in local storage, which can be full.
  return writingTo('local', 'mock-provider', () => (choice === 'approve' ? provider.approve(params) : choice === 'deny' ? provider.deny(params) : provider.continueSession(params)));
}

/**
 * A sign-in that needs no click leaves from the loader, so the login page is never drawn on the way
 * (no flash, and one screen less to render: issue 29): the router goes straight on to the callback.
 * Only where the callback is this app and step-through is off; otherwise the page renders and leaves
 * from its effect, as before. A decision that fails is shown on the page.
 */
function leaveFromLoader(checked: Checked): { readonly redirectTo: string } | { readonly decided: true; readonly decisionError?: Error } | undefined {
  const { params } = checked;
  const target = checked.check.outcome === 'redirect-error' ? checked.check.location : params.get('redirect_uri');
  if (!target || loaderRedirectPath(target) === undefined) return undefined;
  const decision = immediateDecision(checked);
  if (!decision) return undefined;
  try {
    if (decision.kind === 'decide' && decision.choice === 'continue') noteAtProvider(params.get('state'), undefined);
    const result = decision.kind === 'redirect-error' ? { location: decision.location } : decideFor(checked, decision.choice, decision.user);
    // No location: the provider answered with a page (the page shows the request as checked, as after a click).
    if (!('location' in result)) return { decided: true };
    redirectingTo(result.location);
    const path = loaderRedirectPath(result.location);
    if (path !== undefined) return { redirectTo: path };
    window.location.replace(result.location);
    return { decided: true };
  } catch (error) {
    return { decided: true, decisionError: error instanceof Error ? error : new Error(String(error)) };
  }
}

export async function mockLoginLoader({ request }: LoaderFunctionArgs): Promise<LoginPageData> {
  const { search } = new URL(request.url);
  try {
    const [data, look] = await Promise.all([authorizeCheck(search), providerLookOf(search)]);
    const left = leaveFromLoader(data);
    if (left && 'redirectTo' in left) return redirect(left.redirectTo) as never;
    return { outcome: 'checked', data, look, decided: left !== undefined, ...(left && 'decisionError' in left && { decisionError: left.decisionError }) };
  } catch (error) {
    return { outcome: 'failed', error };
  }
}

/** The person's decision: none yet, done (the page is leaving), or failed with its error shown on the page. */
type Decision = { readonly status: 'idle' | 'done' } | { readonly status: 'failed'; readonly error: Error };

/** The mock provider's hosted login page: sign in as the composed user or a prepared one, or deny. */
export function MockLoginPage() {
  const loaded = useLoaderData<LoginPageData>();
  if (loaded.outcome === 'failed') {
    return (
      <ProviderFrame look={undefined}>
        <p role="alert">The mock provider could not start: {String(loaded.error)}. Reload the page to try again.</p>
      </ProviderFrame>
    );
  }
  return <LoginPage checked={loaded.data} look={loaded.look} decided={loaded.decided} decisionError={loaded.decisionError} />;
}

function LoginPage({ checked, look, decided, decisionError: loaderError }: { checked: Checked; look: ProviderLook; decided: boolean; decisionError?: Error }) {
  const { search } = useLocation();
  const navigate = useNavigate();
  const autologinDone = useRef(false);
  const firstField = useRef<HTMLInputElement>(null);
  useDocumentTitle('Sign in', 'Mock Identity Provider');

  // One decision at a time; its error (storage full, say) is shown on the page.
  const [decision, setDecision] = useState<Decision>(loaderError ? { status: 'failed', error: loaderError } : decided ? { status: 'done' } : { status: 'idle' });
  const decide = useCallback(
    ({ choice, user }: { choice: 'approve' | 'deny' | 'continue'; user?: LoginUser }) => {
      // Run after the render that asked, as a mutation would; the outcome lands in state.
      void Promise.resolve()
        .then(() => {
          const result = decideFor(checked, choice, user);
          if ('location' in result) goTo(result.location, navigate, { replace: true });
        })
        .then(
          () => setDecision({ status: 'done' }),
          (error: unknown) => setDecision({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
        );
    },
    [checked, navigate],
  );
  // After a decision the page is leaving: the app's callback may take seconds (a slow JWKS) while this page
  // still shows, and a second click would spend a second code. The buttons stay disabled until then.
  const busy = decision.status === 'done';
  const decisionError = decision.status === 'failed' ? decision.error : undefined;
  const storageFailure = decisionError instanceof StorageWriteError ? decisionError : undefined;
  const outcome = checked.check.outcome;
  // The sign-in in progress is at the provider now: a login page asks its first user to sign in; a session asks nobody.
  const firstUser = findLoginUser(checked.users, checked.start.key).name;
  useEffect(() => {
    if (outcome === 'login' || outcome === 'session') noteAtProvider(new URLSearchParams(search).get('state'), outcome === 'login' ? { user: firstUser } : undefined);
  }, [outcome, firstUser, search]);
  // A provider's login page starts in its first field, as people expect of a sign-in form.
  useEffect(() => {
    if (outcome === 'login') firstField.current?.focus();
  }, [outcome]);
  useEffect(() => {
    // The loader already decided: the page shows the outcome (a failure waits for a click).
    if (autologinDone.current || decided) return;
    // What the loader could not do without drawing the page (step-through, a callback elsewhere).
    const immediate = immediateDecision(checked);
    if (!immediate) return;
    autologinDone.current = true;
    if (immediate.kind === 'redirect-error') goTo(immediate.location, navigate, { replace: true });
    else decide({ choice: immediate.choice, user: immediate.user });
  }, [checked, navigate, decide, decided]);

  if (checked.completed) return <ProviderFrame look={look} profileLabel={checked.profileLabel}><SignInGone /></ProviderFrame>;
  const result = checked.check;
  const profileLabel = checked.profileLabel;
  const failureNotice = storageFailure ? (
    <StorageFailureNotice message={storageFailure.message} offerClearing={storageFailure.fault === 'full'} />
  ) : decisionError ? (
    <p role="alert" className="blocking">{decisionError.message}</p>
  ) : undefined;
  if (result.outcome === 'error-page') {
    return (
      <ProviderFrame look={look} profileLabel={profileLabel}>
        <h1>Sign-in request rejected</h1>
        <p data-testid={TEST_IDS.flowError} role="alert">
          <code>{result.error}</code>: {result.description}
        </p>
        <p className="muted">The provider shows this page instead of redirecting, because it cannot trust where the request asked to be sent back.</p>
      </ProviderFrame>
    );
  }
  if (result.outcome === 'redirect-error') return <ProviderFrame look={look} profileLabel={profileLabel}><p role="status">Returning the error to the application…</p></ProviderFrame>;
  if (result.outcome === 'session') {
    return <ProviderFrame look={look} profileLabel={profileLabel}>{failureNotice ?? <p role="status">You are already signed in: continuing your session…</p>}</ProviderFrame>;
  }

  const { users, canChoose, start } = checked;
  return (
    <ProviderFrame look={look} profileLabel={profileLabel} clientId={result.request.clientId}>
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
