import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { ScreenHeading } from '../../components/screen-heading';
import { takeSignOutMark } from '../../lib/sign-out-mark';

/**
 * Where the provider sends the browser after RP-initiated logout (the registered
 * post_logout_redirect_uri). Only a sign-out this tab started is reported as one: the page opened
 * directly, or from a bookmark, says nothing happened.
 */
export function SignedOutPage() {
  const params = new URLSearchParams(window.location.search);
  const state = params.get('state');
  const started = takeSignOutMark(state);
  return (
    <div>
      <ScreenHeading title={started ? 'Signed out at the provider' : 'Sign-out page'} />
      <Panel title={started ? 'Session ended' : 'No sign-out in progress'}>
        {started ? (
          <p role="status">
            The provider ended its session and sent you back{state ? ' with the state it was given' : ''}. The next sign-in will show its
            login page again.
          </p>
        ) : (
          <p>
            This is where a provider sends you back after signing you out, but no sign-out was started from this tab. To sign out,
            run a sign-in and use “Sign out at the provider” on the results screen.
          </p>
        )}
        <p><Link to="/">Compose a request</Link></p>
      </Panel>
    </div>
  );
}
