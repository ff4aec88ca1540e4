import { useState } from 'react';
import { TEST_IDS } from '../test-ids';

/**
 * Says that some runs stored in this tab could not be read (corrupted, or written by another
 * version) and were left out, and offers to drop them. Nothing else on the screen depends on them.
 */
export function StoredRunsNotice({ unreadable, onClear }: { unreadable: number; onClear: () => void }) {
  const [cleared, setCleared] = useState(false);
  if (unreadable === 0 || cleared) return null;
  return (
    <p className="notice" role="status" data-testid={TEST_IDS.storedRunsNotice}>
      {unreadable === 1 ? 'One stored run' : `${unreadable} stored runs`} of this tab could not be read and {unreadable === 1 ? 'is' : 'are'} not
      shown.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onClear();
          setCleared(true);
        }}
      >
        Clear the stored runs
      </button>
    </p>
  );
}
