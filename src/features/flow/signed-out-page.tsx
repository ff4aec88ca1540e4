import { Link } from 'react-router';
import { Panel } from '../../components/panel';

/** Where the provider sends the browser after RP-initiated logout (the registered post_logout_redirect_uri). */
export function SignedOutPage() {
  const state = new URLSearchParams(window.location.search).get('state');
  return (
    <Panel title="Signed out at the provider">
      <p role="status">
        The provider ended its session and sent you back{state ? ' with the state it was given' : ''}. The next sign-in will show
        its login page again.
      </p>
      <p><Link to="/">Compose a request</Link></p>
    </Panel>
  );
}
