import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useNavigation } from 'react-router';
import type { LaunchPhase } from '../../domain/messages';
import type { RequestCheck } from '../../domain/request/check-composed-request';
import { saveComposition } from '../../state/composition-history-store';
import { getComposedRequest } from '../../state/composed-request-store';
import { goTo } from '../../lib/navigation';
import { setStepThrough, useStepThrough } from '../../state/step-through-store';
import { STEP_THROUGH_LABEL } from '../../domain/messages';
import { LAUNCH_TEXT } from '../../domain/messages/launch-messages';
import type { LaunchGrant } from '../../domain/request/launch-grant';
import { FIELD_LOCATIONS } from './field-locations';
import { goToField } from './go-to-field';
import { forgetSignInsInProgress } from '../../lib/tab-storage';
import { relaunchAfterReload } from '../../lib/relaunch';
import { TEST_IDS } from '../../test-ids';
import { LazyStorageFailureNotice } from '../../components/lazy-storage-failure-notice';
import type { StorageWriteError } from '../../lib/storage-failure';

// Shown only after seconds of waiting, so loaded when a launch starts, not on the first route (npm run size).
const LaunchWaitNotice = lazy(() => import('./launch-wait-notice').then((module) => ({ default: module.LaunchWaitNotice })));

interface StartPanelProps {
  readonly check: RequestCheck;
  readonly autostart: boolean;
  /** What the launch does: a sign-in through the browser, or one token request (client credentials). */
  readonly grant: LaunchGrant;
  /** An autostarted launch failed: the screen around the panel shows everything again. */
  readonly onAutostartFailed?: () => void;
}

/**
 * A launch: one async step with no cache, retry or sharing between components, so plain React state
 * rather than TanStack Query's useMutation, which would put the query library on the first route of
 * `/` (issue 29).
 */
type Launch = { readonly status: 'idle' | 'pending' | 'launched' } | { readonly status: 'failed'; readonly error: unknown };

/** The launch button, disabled with its reasons shown while the request cannot be sent. */
export function StartPanel({ check, autostart, grant, onAutostartFailed }: StartPanelProps) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const [phase, setPhase] = useState<LaunchPhase>('mock-provider');
  const [attempt, setAttempt] = useState(0);
  const [start, setStart] = useState<Launch>({ status: 'idle' });
  useForgetAbandonedSignIns();
  // One click starts one sign-in: a double click lands twice before React disables the button.
  const launching = useRef(false);
  const launch = useCallback(() => {
    if (launching.current) return;
    launching.current = true;
    setStart({ status: 'pending' });
    // The composition as it is now, from its store: an autostart link's launch runs in the first
    // commit's effects, before this panel re-renders with the composition the link carried.
    const composition = getComposedRequest();
    void (async () => {
      // Every launch is kept in the history, so it can be restored after scenarios and edits.
      saveComposition(composition, 'launched');
      // oidc-client-ts loads with the first launch, not with the compose screen.
      const launched = await (await import('../../lib/sign-in')).startSignIn(composition, { onPhase: setPhase });
      // A client credentials run is complete here; only a sign-in goes on to a login page.
      if (!composition.protocols?.clientCredentials) setPhase('login-page');
      goTo(launched.url, navigate);
    })().then(
      () => setStart({ status: 'launched' }),
      (error: unknown) => setStart({ status: 'failed', error }),
    ).finally(() => (launching.current = false));
  }, [navigate]);
  // A second try while the first still hangs: the newer launch supersedes the older (forgetSignInsInProgress).
  // A mock provider that has not started is started afresh only by a new page (src/lib/relaunch.ts).
  const retry = useCallback(() => {
    if (phase === 'mock-provider') {
      relaunchAfterReload(getComposedRequest());
      return;
    }
    launching.current = false;
    setAttempt((n) => n + 1);
    launch();
  }, [launch, phase]);
  const pending = start.status === 'pending';
  const waiting = pending || (phase === 'login-page' && navigation.state === 'loading');
  const autostarted = useRef(false);
  useEffect(() => {
    if (autostart && check.canStart && !autostarted.current) {
      autostarted.current = true;
      launch();
    }
  }, [autostart, check.canStart, launch]);
  const failed = start.status === 'failed';
  useEffect(() => {
    if (failed && autostarted.current) onAutostartFailed?.();
  }, [failed, onAutostartFailed]);

  const blocking = check.problems.filter((p) => p.severity === 'blocking');
  const stepThrough = useStepThrough();
  return (
    <section className="panel start-panel" aria-labelledby="start-heading">
      <h2 id="start-heading" className="visually-hidden">Launch</h2>
      <button
        type="button"
        className="primary large"
        data-testid={TEST_IDS.startSignin}
        disabled={!check.canStart || pending}
        aria-describedby="start-reasons"
        onClick={launch}
      >
        {pending ? LAUNCH_TEXT[grant].starting : LAUNCH_TEXT[grant].start}
      </button>
      <label className="check-line small">
        <input type="checkbox" checked={stepThrough} onChange={(e) => setStepThrough(e.target.checked)} />
        {STEP_THROUGH_LABEL}
      </label>
      <div id="start-reasons" aria-live="polite">
        {blocking.length > 0 && (
          <>
            <p className="blocked-title">Fix these before starting:</p>
            <ul className="field-messages">
              {blocking.map((p) => (
                <li key={p.message} className="blocking">
                  <a
                    href={`#${FIELD_LOCATIONS[p.field].element}`}
                    onClick={(event) => {
                      event.preventDefault();
                      goToField(p.field);
                    }}
                  >
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {start.status === 'failed' &&
          (isStorageWriteError(start.error) ? (
            <LazyStorageFailureNotice message={start.error.message} offerClearing={start.error.storage === 'local' && start.error.fault === 'full'} />
          ) : (
            <p role="alert" className="blocking">
              Could not start: {(start.error instanceof Error ? start.error.message : String(start.error)).replace(/\.$/, '')}. Your request is kept; check the
              provider and try again.
            </p>
          ))}
        {waiting && (
          <Suspense fallback={null}>
            <LaunchWaitNotice key={attempt} phase={phase} onRetry={retry} />
          </Suspense>
        )}
        {blocking.length === 0 && !failed && (
          <p className="muted small">{LAUNCH_TEXT[grant].how}</p>
        )}
      </div>
    </section>
  );
}

/**
 * A failed write to web storage, told by the name its class gives it: the class and its sentences
 * (src/lib/storage-failure.ts) load with the sign-in code that throws it, not with the compose
 * screen's first paint (issue 29).
 */
function isStorageWriteError(error: unknown): error is StorageWriteError {
  return error instanceof Error && error.name === 'StorageWriteError' && 'storage' in error && 'fault' in error;
}

/**
 * Back on the compose screen, any sign-in still in progress was abandoned (Back from a login page,
 * a launch that failed): its PKCE verifier and nonce are forgotten. Also when the page comes back
 * from the back-forward cache, which mounts nothing.
 */
function useForgetAbandonedSignIns() {
  useEffect(() => {
    forgetSignInsInProgress();
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) forgetSignInsInProgress();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);
}
