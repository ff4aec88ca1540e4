import { dismissReplacement, undoReplacement, useCompositionHistory } from '../../state/composition-history-store';
import { TEST_IDS } from '../../test-ids';

/** Right after a composition was replaced: what replaced it, where the old one went, and Undo. */
export function ReplacementNotice() {
  const { replacement } = useCompositionHistory();
  if (!replacement) return null;
  return (
    <div className="notice replacement-notice" role="status" data-testid={TEST_IDS.replacementNotice}>
      <span>
        Replaced your composition with {replacement.by}. The previous one is kept in <a href="#history">History</a>.
      </span>
      <span className="row">
        <button type="button" data-testid={TEST_IDS.undoReplacement} onClick={undoReplacement}>Undo</button>
        <button type="button" className="link-button" onClick={dismissReplacement}>Dismiss</button>
      </span>
    </div>
  );
}
