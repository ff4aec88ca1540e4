import { dismissReplacement, undoReplacement, useCompositionHistory } from '../../lib/composition-history-store';

/** Right after a composition was replaced: what replaced it, where the old one went, and Undo. */
export function ReplacementNotice() {
  const { replacement } = useCompositionHistory();
  if (!replacement) return null;
  return (
    <div className="notice replacement-notice" role="status" data-testid="replacement-notice">
      <span>
        Replaced your composition with {replacement.by}. The previous one is kept in <a href="#history">History</a>.
      </span>
      <span className="row">
        <button type="button" data-testid="undo-replacement" onClick={undoReplacement}>Undo</button>
        <button type="button" className="link-button" onClick={dismissReplacement}>Dismiss</button>
      </span>
    </div>
  );
}
