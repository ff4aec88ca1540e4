import { useState } from 'react';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { BASE_PATH } from '../lib/app-paths';
import { clearStoredRuns } from '../lib/tab-storage';
import { TEST_IDS } from '../test-ids';

/**
 * The app's own error page, instead of the router's default: whatever broke a screen (a stored
 * record this version cannot read, a value no screen expected), the composed request is safe in
 * local storage, and the stored runs of the tab can be dropped in one click.
 */
export function ErrorPage() {
  const error = useRouteError();
  const [cleared, setCleared] = useState(false);
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <section className="panel" data-testid={TEST_IDS.appError}>
      <h1>This screen ran into a problem</h1>
      <p>
        The playground could not show this screen. Your composed request, user profile and login policy are kept; nothing you
        typed is lost.
      </p>
      <p className="muted small">
        What went wrong: <code>{message.slice(0, 300)}</code>
      </p>
      <p>
        The usual cause is a stored run this version cannot read, or a provider answer too unusual to show. Clearing the runs
        stored in this tab (their tokens and results) fixes it.
      </p>
      <div className="row wrap">
        <button
          type="button"
          className="primary"
          disabled={cleared}
          onClick={() => {
            clearStoredRuns();
            setCleared(true);
          }}
        >
          {cleared ? 'Stored runs cleared' : 'Clear this tab’s stored runs'}
        </button>
        {/* A full page load: the screen that failed starts afresh rather than from its broken state. */}
        <a className="button-link" href={BASE_PATH}>Back to composing</a>
        <Link to="/results" reloadDocument>Open the results again</Link>
      </div>
    </section>
  );
}
