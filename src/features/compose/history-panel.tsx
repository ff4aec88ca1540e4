import { Panel } from '../../components/panel';
import type { HistoryEntry } from '../../domain/request/composition-history';
import { replaceComposition, useCompositionHistory, useHistorySaveFault, useHistoryTrim } from '../../state/composition-history-store';
import { LazyStorageFailureNotice } from '../../components/lazy-storage-failure-notice';
import { historyTrimmedText, storageFailureText } from '../../domain/messages';
import { TEST_IDS } from '../../test-ids';

const REASONS: Readonly<Record<HistoryEntry['reason'], string>> = {
  launched: 'launched',
  replaced: 'kept when replaced',
};

/** Every launched or replaced composition of this browser, newest first, each restorable. */
export function HistoryPanel() {
  const { entries } = useCompositionHistory();
  const saveFault = useHistorySaveFault();
  const trimmed = useHistoryTrim();
  return (
    <Panel title="History" id="history">
      {saveFault && <LazyStorageFailureNotice message={storageFailureText('local', saveFault, 'history-entry')} offerClearing={saveFault === 'full'} />}
      {/* Trimmed, History saves again and its alert goes: what the trim did is still said. */}
      {!saveFault && trimmed && <p role="status">{historyTrimmedText(trimmed.removed, trimmed.kept)}</p>}
      {entries.length === 0 ? (
        <p className="muted small">Each launch, and each composition a scenario, file, link or reset replaces, is kept here in this browser.</p>
      ) : (
        <ol className="history-list" data-testid={TEST_IDS.compositionHistory}>
          {entries.map((entry) => (
            <li key={entry.id} data-testid={TEST_IDS.historyEntry}>
              <span className="history-name">{entry.name}</span>
              <span className="muted small">
                <time dateTime={entry.savedAt}>{formatTime(entry.savedAt)}</time> · {REASONS[entry.reason]}
              </span>
              <button type="button" className="copy-button" onClick={() => replaceComposition(entry.request, `“${entry.name}” from History`)}>
                Restore<span className="visually-hidden"> {entry.name}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
