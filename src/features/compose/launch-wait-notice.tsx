import { useEffect, useState } from 'react';
// From its module, not the barrel: this notice loads when a launch starts, not on the first route.
import { TRY_LAUNCH_AGAIN, launchWaitText, type LaunchPhase } from '../../domain/messages/launch-wait-messages';
import { TEST_IDS } from '../../test-ids';

/** Within the 10 s a person waits before wondering, a slow launch says what it waits for. */
const SLOW_AFTER_SECONDS = 8;

interface LaunchWaitNoticeProps {
  readonly phase: LaunchPhase;
  readonly onRetry: () => void;
}

/** Mounted while a launch runs: after a few seconds, says what it waits for and offers to try again. */
export function LaunchWaitNotice({ phase, onRetry }: LaunchWaitNoticeProps) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, []);
  if (!slow) return null;
  return (
    <div className="notice" data-testid={TEST_IDS.launchWait} data-phase={phase}>
      <p role="status">{launchWaitText(phase, SLOW_AFTER_SECONDS)}</p>
      <button type="button" onClick={onRetry}>{TRY_LAUNCH_AGAIN}</button>
    </div>
  );
}
