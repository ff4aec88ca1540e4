import { preparedUserOf } from '../../domain/mock/prepared-users';
import type { FlowRun } from '../../domain/flow/flow-run';
import { idTokenClaims, userinfoClaims } from '../../domain/explain/run-snapshot';
import { TEST_IDS } from '../../test-ids';
import { runProviderOf } from '../../domain/explain/run-provider';
import { localServerUserText } from '../../domain/messages/local-server-messages';

/** Who signed in: the sub (and name, when a claim carries one), and for the mock which prepared user it was. */
export function SignedInUser({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const claims = { ...userinfoClaims(run), ...idTokenClaims(run) };
  const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
  if (!sub) return null;
  const name = [claims.name, claims.preferred_username, claims.email].find((value): value is string => typeof value === 'string');
  // The user the mock was launched with, not whatever its settings hold now (the local server's: found by sub).
  const provider = runProviderOf(run);
  const profile = provider.kind === 'mock' ? provider.user : undefined;
  const prepared = profile?.uuid === sub ? preparedUserOf(profile) : undefined;
  const otherwise = provider.kind === 'mock' && provider.source === 'local-server' ? `: ${localServerUserText(provider.userName)}` : profile ? ': the mock’s user as edited in its settings.' : '.';
  return (
    <p className="muted small" data-testid={TEST_IDS.signedInUser} data-user={prepared?.name ?? ''}>
      Signed in as {name ? <strong>{name}</strong> : 'the user'} (sub <code>{sub}</code>)
      {prepared ? <>: the prepared user “{prepared.label}”. {prepared.lesson}</> : otherwise}
    </p>
  );
}
