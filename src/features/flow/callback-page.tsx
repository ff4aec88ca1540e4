import { ScreenHeading } from '../../components/screen-heading';
import { useEffect, useState } from 'react';
import { Link, redirect, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ClientSecretField } from '../../components/client-secret-field';
import { CLIENT_SECRET_NEEDED_AT_CALLBACK } from '../../domain/messages';
import { ROUTES } from '../../domain/site/routes';
import { lessonPath } from '../../domain/lessons/lesson-path';
import type { FlowRun } from '../../domain/flow/flow-run';
import { saveLastRun } from '../../lib/run-store';
import { completeSignIn, secretNeededAtCallback } from '../../lib/sign-in';
import { redeemingOnce } from '../../lib/redeem-once';
import { useClientSecret } from '../../state/client-secret-store';
import { TEST_IDS } from '../../test-ids';
import { CallbackPending } from './callback-pending';

/**
 * The callback URL the loader saw, and the redemption's failure when the loader met one, so the
 * screen shows it at once (never "Finishing sign-in…" first). The code is redeemed once per URL
 * (redeem-once.ts), whichever of the loader and the screen asks; a failed redemption is never
 * tried again: the code is spent.
 */
interface CallbackLoaded {
  readonly url: string;
  readonly failure?: { readonly error: unknown };
}

// The code is exchanged once per callback URL, whether the loader or the screen asks first.
const redeemOnce = redeemingOnce(completeSignIn);

/** A lesson's run goes back to its lesson, to be graded; any other run to the results screen. */
function whereRunGoes(run: FlowRun): string {
  return run.lesson ? lessonPath(run.lesson.id) : ROUTES.results;
}

/**
 * Redeems the code before the screen shows: a completed run goes straight to the results, so the
 * flow never stops on a "finishing" screen; a failure renders this screen with its error. A
 * confidential client's sign-in waits for its secret, which the screen asks for.
 */
export async function callbackLoader({ request }: LoaderFunctionArgs): Promise<Response | CallbackLoaded> {
  // response_mode=fragment: the router hands a loader no fragment, so the screen redeems the code
  // once its location (with the fragment) is committed.
  if (!new URL(request.url).searchParams.has('state')) return { url: request.url };
  if (secretNeededAtCallback(request.url)) return { url: request.url };
  let run: FlowRun;
  try {
    run = await redeemOnce(request.url);
  } catch (error) {
    return { url: request.url, failure: { error } };
  }
  saveLastRun(run);
  return redirect(whereRunGoes(run));
}

/**
 * The redirect URI's screen: shown while a page load redeems the code, when that fails, and when a
 * confidential client's secret must be typed again. The secret lives in memory only, and the
 * provider's sign-in was a full page load away and back: it is asked for here, before the code is
 * redeemed (docs/real-providers.md, "Confidential clients").
 */
export function CallbackPage() {
  const navigate = useNavigate();
  const { url: loaded, failure: loaderFailure } = useLoaderData<CallbackLoaded>();
  const { hash } = useLocation();
  const url = withFragment(loaded, hash);
  const [needs] = useState(() => secretNeededAtCallback(url));
  const secret = useClientSecret(needs?.issuer ?? '', needs?.clientId ?? '');
  const [redeem, setRedeem] = useState(needs === undefined);
  const [failure, setFailure] = useState(loaderFailure);

  useEffect(() => {
    if (!redeem || failure) return;
    // StrictMode runs this twice: both get the one redemption, only the effect still mounted acts on it.
    let mounted = true;
    redeemOnce(url).then(
      (run) => {
        if (!mounted) return;
        saveLastRun(run);
        void navigate(whereRunGoes(run), { replace: true });
      },
      (error: unknown) => {
        if (mounted) setFailure({ error });
      },
    );
    return () => {
      mounted = false;
    };
  }, [redeem, failure, url, navigate]);

  if (failure) {
    return (
      <section className="panel">
        <ScreenHeading title="Could not finish the sign-in" />
        <p role="alert" data-testid={TEST_IDS.flowError}>
          <code>invalid_callback</code>: {failure.error instanceof Error ? failure.error.message : String(failure.error)}
        </p>
        <p>
          Your composed request is kept. <Link to={ROUTES.compose}>Back to compose</Link> and start again.
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
  return <CallbackPending />;
}

/** The callback URL with the fragment the location holds (OAuth 2.0 Multiple Response Type Encoding Practices §2.1). */
function withFragment(url: string, hash: string): string {
  const full = new URL(url);
  if (full.hash === '' && hash !== '') full.hash = hash;
  return full.toString();
}
