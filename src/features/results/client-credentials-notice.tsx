import type { CompletedRun } from '../../domain/flow/flow-run';
import { clientCredentialsRunOf } from '../../domain/explain/client-credentials-run';
import { clientCredentialsResultText } from '../../domain/messages/client-credentials-messages';
import { TEST_IDS } from '../../test-ids';

/** Above the results of a client credentials run: no user, no id_token, and why userinfo refused. */
export function ClientCredentialsNotice({ run }: { run: CompletedRun }) {
  const grant = clientCredentialsRunOf(run);
  if (!grant) return null;
  return (
    <p className="notice" role="note" data-testid={TEST_IDS.clientCredentialsNotice} data-userinfo-refused={String(grant.userinfoRefused)}>
      {clientCredentialsResultText(grant)}
    </p>
  );
}
