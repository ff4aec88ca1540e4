import { useState } from 'react';
import { CLEAR_MOCK_PROVIDER_DATA, mockDataClearedText } from '../domain/messages';
import { clearMockProviderData } from '../lib/storage-failure';
import { TEST_IDS } from '../test-ids';

interface StorageFailureNoticeProps {
  /** The sentence that says which storage failed, what was kept and what frees it. */
  readonly message: string;
  /** Whether the mock provider's data is what can be cleared: local storage is the one that failed. */
  readonly offerClearing: boolean;
}

/** A failed write to web storage, said where it happened, with the one action that frees space. */
export function StorageFailureNotice({ message, offerClearing }: StorageFailureNoticeProps) {
  const [cleared, setCleared] = useState<number | undefined>(undefined);
  return (
    <div data-testid={TEST_IDS.storageFailure}>
      <p role="alert" className="blocking">{message}</p>
      {offerClearing && cleared === undefined && (
        <button type="button" onClick={() => setCleared(clearMockProviderData())}>
          {CLEAR_MOCK_PROVIDER_DATA}
        </button>
      )}
      {cleared !== undefined && <p role="status">{mockDataClearedText(cleared)}</p>}
    </div>
  );
}
