import type { CompletedRun } from '../../domain/flow/flow-run';
import { localServerExplanationOf } from '../../domain/explain/run-provider';
import { localServerNoticeText } from '../../domain/messages/local-server-messages';
import { TEST_IDS } from '../../test-ids';

/**
 * Above the results of a run against the playground's mock as a local server: whether its
 * explanations use the server's settings (as complete as the in-browser mock's) or, when they could
 * not be read, are those of any real provider.
 */
export function LocalServerNotice({ run }: { run: CompletedRun }) {
  const explanation = localServerExplanationOf(run);
  if (!explanation) return null;
  return (
    <p className="notice" role="note" data-testid={TEST_IDS.localServerNotice} data-state={explanation.state}>
      {localServerNoticeText(explanation)}
    </p>
  );
}
