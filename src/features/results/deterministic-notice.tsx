import { isMockIssuer } from '../../domain/request/composed-request';
import type { FlowRun } from '../../domain/flow/flow-run';
import { DETERMINISTIC_MOCK_ISSUER, isDeterministic } from '../../domain/mock/mock-issuer';
import { useComposedRequest } from '../../state/composed-request-store';
import { TEST_IDS } from '../../test-ids';
import { usePreferences } from '../../state/preferences';

/**
 * Says when the run shown used deterministic mode (a `seed` or `clock` from a link or the mock
 * settings): those settings stay in the composed request for every later run until turned off, and a
 * frozen clock makes every token look issued at the same moment, so the screen must say so.
 */
export function DeterministicNotice({ run }: { run: FlowRun }) {
  const [composed, setComposed] = useComposedRequest();
  const { presenter } = usePreferences();
  const { seed, clock } = run.request.mock;
  if (!isMockIssuer(run.request.issuer) || !isDeterministic(run.request.mock)) return null;
  const stillOn = isDeterministic(composed.mock);
  // Presenter mode: one line, so the explanations stay on the first screen.
  if (presenter) {
    return (
      <p className="notice deterministic-notice compact small" role="status" data-testid={TEST_IDS.deterministicNotice} data-state={stillOn ? 'on' : 'off'}>
        Deterministic mode{seed.trim() ? <>: seed <code>{seed}</code></> : ''}{clock.trim() ? <>, clock <code>{clock}</code></> : ''}.
      </p>
    );
  }
  return (
    <div className="notice deterministic-notice" role="status" data-testid={TEST_IDS.deterministicNotice} data-state={stillOn ? 'on' : 'off'}>
      <p>
        <strong>Deterministic mode {stillOn ? 'is on' : 'was on for this run'}.</strong>{' '}
        {clock.trim() ? (
          <>
            The clock is frozen at <code>{clock}</code>: the mock and the checks take that as “now”, so every token is issued at that
            moment.{' '}
          </>
        ) : (
          'The clock is the real one. '
        )}
        {seed.trim() ? (
          <>
            Seed <code>{seed}</code>: the same signing key, codes and tokens on every run.{' '}
          </>
        ) : (
          'No seed: keys, codes and tokens are random. '
        )}
        The mock names itself <code>{DETERMINISTIC_MOCK_ISSUER}</code>, whatever origin serves the playground.
      </p>
      {stillOn ? (
        <button type="button" data-testid={TEST_IDS.deterministicOff} onClick={() => setComposed((request) => ({ ...request, mock: { ...request.mock, seed: '', clock: '' } }))}>
          Turn off for later runs
        </button>
      ) : (
        <p>Turned off: later runs use the real clock and fresh randomness.</p>
      )}
    </div>
  );
}
