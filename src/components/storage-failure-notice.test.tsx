import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../domain/request/composed-request';
import { saveComposition, useCompositionHistory } from '../state/composition-history-store';
import { StorageFailureNotice } from './storage-failure-notice';

const HISTORY_KEY = 'oidc-playground.composition-history.v1';

function HistoryCount() {
  return <output aria-label="entries">{useCompositionHistory().entries.length}</output>;
}

describe('StorageFailureNotice', () => {
  it('offers to trim History when local storage is full, and says what went and what stayed', async () => {
    for (const hint of ['a', 'b', 'c', 'd', 'e']) saveComposition({ ...DEFAULT_REQUEST, loginHint: hint }, 'launched');
    const storedBefore = window.localStorage.getItem(HISTORY_KEY)!.length;
    render(
      <>
        <StorageFailureNotice message="This browser’s local storage for the playground is full." offerClearing />
        <HistoryCount />
      </>,
    );
    expect(screen.getByRole('status', { name: 'entries' }).textContent).toBe('5');

    await userEvent.click(screen.getByRole('button', { name: 'Trim History' }));

    expect(screen.getByText('Trimmed History: 2 older entries removed, the newest 3 entries kept.').getAttribute('role')).toBe('status');
    expect(screen.getByRole('status', { name: 'entries' }).textContent).toBe('3');
    expect(window.localStorage.getItem(HISTORY_KEY)!.length).toBeLessThan(storedBefore);
  });

  it('offers nothing to free when the storage refuses writes rather than being full', () => {
    render(<StorageFailureNotice message="This tab’s session storage refuses to save anything." offerClearing={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
