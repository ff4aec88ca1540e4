import type { CompletedRun } from '../../domain/flow/flow-run';
import { plainOAuthOf } from '../../domain/explain/plain-oauth';
import { plainOAuthResultText } from '../../domain/messages/plain-oauth-messages';
import { TEST_IDS } from '../../test-ids';

/** Above the results of a run without openid: why there is no id_token and why userinfo refused. */
export function PlainOAuthNotice({ run }: { run: CompletedRun }) {
  const plain = plainOAuthOf(run);
  if (!plain) return null;
  return (
    <p className="notice" role="note" data-testid={TEST_IDS.plainOauthNotice} data-userinfo-refused={String(plain.userinfoRefused)}>
      {plainOAuthResultText(plain.userinfoRefused)}
    </p>
  );
}
