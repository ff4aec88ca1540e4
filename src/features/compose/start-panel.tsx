import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { RequestCheck } from '../../domain/check-composed-request';
import type { ComposedRequest } from '../../domain/composed-request';
import { saveComposition } from '../../lib/composition-history-store';
import { goTo } from '../../lib/navigation';
import { FIELD_LOCATIONS } from './field-locations';
import { goToField } from './go-to-field';
import { TEST_IDS } from '../../test-ids';

interface StartPanelProps {
  readonly request: ComposedRequest;
  readonly check: RequestCheck;
  readonly autostart: boolean;
}

/** The launch button, disabled with its reasons shown while the request cannot be sent. */
export function StartPanel({ request, check, autostart }: StartPanelProps) {
  const navigate = useNavigate();
  const start = useMutation({
    // oidc-client-ts loads with the first launch, not with the compose screen.
    mutationFn: async () => {
      // Every launch is kept in the history, so it can be restored after scenarios and edits.
      saveComposition(request, 'launched');
      return (await import('../../lib/sign-in')).startSignIn(request);
    },
    onSuccess: (launched) => goTo(launched.url, navigate),
  });
  const autostarted = useRef(false);
  useEffect(() => {
    if (autostart && check.canStart && !autostarted.current) {
      autostarted.current = true;
      start.mutate();
    }
  }, [autostart, check.canStart, start]);

  const blocking = check.problems.filter((p) => p.severity === 'blocking');
  return (
    <section className="panel start-panel" aria-labelledby="start-heading">
      <h2 id="start-heading" className="visually-hidden">Launch</h2>
      <button
        type="button"
        className="primary large"
        data-testid={TEST_IDS.startSignin}
        disabled={!check.canStart || start.isPending}
        aria-describedby="start-reasons"
        onClick={() => start.mutate()}
      >
        {start.isPending ? 'Starting…' : 'Start sign-in'}
      </button>
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
        {start.isError && (
          <p role="alert" className="blocking">
            Could not start: {start.error instanceof Error ? start.error.message : String(start.error)}. Your request is kept; check the
            provider and try again.
          </p>
        )}
        {blocking.length === 0 && !start.isError && (
          <p className="muted small">Authorization Code flow with PKCE (S256), a fresh state and nonce.</p>
        )}
      </div>
    </section>
  );
}
