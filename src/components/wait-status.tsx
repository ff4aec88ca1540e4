import { useEffect, useState } from 'react';
import { waitProgress } from '../domain/flow/wait-progress';
import { elapsedText, waitProgressText } from '../domain/messages';
import { cancelCallsInFlight, useCallsInFlight } from '../state/calls-in-flight-store';
import { TEST_IDS } from '../test-ids';

/** How often the elapsed time is redrawn while a call is open. */
const TICK_MS = 100;

/**
 * The status line of every wait on the provider longer than 300 ms: which step, for how long, and
 * from 10 s on that the provider is slow, with a Cancel that fails the run where it stopped. The
 * step is announced (a polite live region); the ticking seconds are not, or a screen reader would
 * read them ten times a second.
 */
export function WaitStatus() {
  const calls = useCallsInFlight();
  const [now, setNow] = useState(() => Date.now());
  const open = calls.length > 0;
  useEffect(() => {
    if (!open) return;
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [open]);
  const progress = waitProgress(calls, Math.max(now, ...calls.map((c) => c.sentAt)));
  const text = progress.outcome === 'waiting' ? waitProgressText(progress) : undefined;
  return (
    <div
      className="wait-status"
      data-testid={TEST_IDS.progressStatus}
      data-step={progress.outcome === 'waiting' ? progress.step : undefined}
      // Idle, it stays in the page (visually hidden) so the live region exists before it speaks.
      data-state={progress.outcome === 'idle' ? 'idle' : progress.slow ? 'slow' : 'waiting'}
    >
      <span role="status">
        {text?.step}
        {text?.slow && ` ${text.slow}`}
      </span>
      {progress.outcome === 'waiting' && <span className="elapsed" aria-hidden="true">{elapsedText(progress.elapsedMs)}</span>}
      {progress.outcome === 'waiting' && progress.slow && (
        <button type="button" onClick={() => cancelCallsInFlight(Date.now())}>Cancel</button>
      )}
    </div>
  );
}
