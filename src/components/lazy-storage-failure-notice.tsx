import { lazy, Suspense } from 'react';
import type { StorageFailureNoticeProps } from './storage-failure-notice';

// Shown only after a write failed: the notice and its actions (clear the mock's data, trim History)
// load then, not with the compose screen's first paint.
const Notice = lazy(async () => ({ default: (await import('./storage-failure-notice')).StorageFailureNotice }));

/** StorageFailureNotice, loaded when a write first fails. */
export function LazyStorageFailureNotice(props: StorageFailureNoticeProps) {
  return (
    <Suspense fallback={null}>
      <Notice {...props} />
    </Suspense>
  );
}
