import { useState } from 'react';
import { CLEAR_MOCK_PROVIDER_DATA, TRIM_HISTORY, historyTrimmedText, mockDataClearedText } from '../domain/messages';
import { clearMockProviderData } from '../lib/storage-failure';
import { trimCompositionHistory, useHistoryTrim } from '../state/composition-history-store';
import { TEST_IDS } from '../test-ids';

export interface StorageFailureNoticeProps {
  /** The sentence that says which storage failed, what was kept and what frees it. */
  readonly message: string;
  /** Whether local storage is what is full: the mock provider's data and older History entries can go. */
  readonly offerClearing: boolean;
}

/** A failed write to web storage, said where it happened, with the actions that free space. */
export function StorageFailureNotice({ message, offerClearing }: StorageFailureNoticeProps) {
  const [cleared, setCleared] = useState<number | undefined>(undefined);
  const trimmed = useHistoryTrim();
  return (
    <div data-testid={TEST_IDS.storageFailure}>
      <p role="alert" className="blocking">{message}</p>
      {offerClearing && (
        <div className="storage-actions">
          {cleared === undefined && (
            <button type="button" onClick={() => setCleared(clearMockProviderData())}>
              {CLEAR_MOCK_PROVIDER_DATA}
            </button>
          )}
          <button type="button" onClick={trimCompositionHistory}>
            {TRIM_HISTORY}
          </button>
        </div>
      )}
      {cleared !== undefined && <p role="status">{mockDataClearedText(cleared)}</p>}
      {offerClearing && trimmed !== undefined && <p role="status">{historyTrimmedText(trimmed.removed, trimmed.kept)}</p>}
    </div>
  );
}
