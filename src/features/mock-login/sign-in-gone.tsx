import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_ALREADY_COMPLETED, START_AGAIN_WITH_SAME_REQUEST } from '../../domain/messages';
import { goTo } from '../../lib/navigation';
import { getComposedRequest } from '../../state/composed-request-store';
import { TEST_IDS } from '../../test-ids';

/**
 * The login page of a sign-in that is already done (a reload right after "Sign in", or Back): says
 * so, and starts the same request again as a new sign-in (the composition it was launched from).
 */
export function SignInGone() {
  const navigate = useNavigate();
  // Plain state, not TanStack Query: the login page runs without it (issue 29).
  const [restart, setRestart] = useState<{ readonly status: 'idle' | 'pending' } | { readonly status: 'failed'; readonly error: unknown }>({ status: 'idle' });
  const startAgain = async () => {
    setRestart({ status: 'pending' });
    try {
      const launched = await (await import('../../lib/sign-in')).startSignIn(getComposedRequest());
      goTo(launched.url, navigate, { replace: true });
      setRestart({ status: 'idle' });
    } catch (error) {
      setRestart({ status: 'failed', error });
    }
  };
  return (
    <div data-testid={TEST_IDS.signInGone}>
      <h1>Sign-in already done</h1>
      <p role="status">{SIGN_IN_ALREADY_COMPLETED}</p>
      <button type="button" className="primary" disabled={restart.status === 'pending'} onClick={() => void startAgain()}>
        {START_AGAIN_WITH_SAME_REQUEST}
      </button>
      {restart.status === 'failed' && (
        <p role="alert" className="blocking">
          {restart.error instanceof Error ? restart.error.message : String(restart.error)}
        </p>
      )}
    </div>
  );
}
